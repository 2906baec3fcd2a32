import type { Rule } from '../types';

// Reported by the engine (src/engine/validate.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'internal-error',
    severity: 'error',
    area: 'document',
    description: 'A rule or a command failed inside dxplan.',
    why: 'A bug in one rule must not hide the findings of the others; please report it.',
    hint: 'please report this at the dxplan issue tracker, with the file if you can share it',
    source: 'docs/topology.md#internal-errors',
  },
};
