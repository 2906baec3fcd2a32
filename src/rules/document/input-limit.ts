import type { Rule } from '../types';

// Reported by the parser (src/source/document.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'input-limit',
    severity: 'error',
    area: 'document',
    description: 'The input exceeds a stated limit: file size, alias expansions, or nesting depth.',
    why: 'The limits keep dxplan fast and safe on hostile or accidental input, such as an alias bomb.',
    hint: 'shrink the file, or write repeated values out instead of nesting aliases',
    source: 'docs/topology.md#limits',
  },
};
