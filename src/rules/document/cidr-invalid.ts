import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'cidr-invalid',
    severity: 'error',
    area: 'document',
    description: 'A prefix or address does not parse, or a prefix has host bits set (10.0.0.1/16).',
    why: 'AWS rejects a CIDR with host bits set, and containment checks on it would be wrong.',
    hint: 'write the network address of the prefix, e.g. 10.0.0.0/16',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
};
