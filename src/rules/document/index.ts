import type { Rule } from '../types';
import { rule as cidrInvalid } from './cidr-invalid';
import { rule as inputLimit } from './input-limit';
import { rule as internalError } from './internal-error';
import { rule as nameDuplicate } from './name-duplicate';
import { rule as refUnknown } from './ref-unknown';
import { rule as regionUnknown } from './region-unknown';
import { rule as schemaRequired } from './schema-required';
import { rule as schemaType } from './schema-type';
import { rule as schemaUnknownKey } from './schema-unknown-key';
import { rule as topologyVersion } from './topology-version';
import { rule as yamlSyntax } from './yaml-syntax';

export const rules: Rule[] = [
  cidrInvalid, inputLimit, internalError, nameDuplicate, refUnknown, regionUnknown, schemaRequired, schemaType,
  schemaUnknownKey, topologyVersion, yamlSyntax,
];
