import { topologyJsonSchema } from '../../model/json-schema';
import { RULES } from '../../rules/index';
import type { Io } from '../io';

export function schemaCommand(io: Io): number {
  io.stdout(`${JSON.stringify(topologyJsonSchema(RULES.map((r) => r.meta.id)), null, 2)}\n`);
  return 0;
}
