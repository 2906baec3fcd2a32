import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'ref-unknown',
    severity: 'error',
    area: 'document',
    description: 'A reference names no entity, or one of the wrong kind, or policy.rules/ignore names no rule.',
    why: 'A dangling reference leaves a piece of the network unconnected, and every check on it meaningless.',
    hint: 'name an existing entity of the right kind',
    source: 'docs/topology.md#conventions',
  },
};
