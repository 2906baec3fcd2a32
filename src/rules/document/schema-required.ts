import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'schema-required',
    severity: 'error',
    area: 'document',
    description: 'A required key is missing.',
    why: 'An entity without its required keys cannot be modelled, so it is left out of every check.',
    hint: 'add the missing key',
    source: 'docs/topology.md#conventions',
  },
};
