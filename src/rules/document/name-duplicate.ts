import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'name-duplicate',
    severity: 'error',
    area: 'document',
    description: 'A name is used by two entities (names are unique across the file).',
    why: 'References and command-line endpoints name entities by name alone, so a name must mean one thing.',
    hint: 'rename one of the two entities',
    source: 'docs/topology.md#conventions',
  },
};
