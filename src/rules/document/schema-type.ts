import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'schema-type',
    severity: 'error',
    area: 'document',
    description: 'A value of the wrong type or form: text for a number, an unknown enum value, a malformed bandwidth.',
    why: 'A wrongly typed value cannot be checked; dxplan treats an optional one as omitted.',
    hint: 'write the value in the form the format expects',
    source: 'docs/topology.md#conventions',
  },
};
