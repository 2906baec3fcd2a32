import type { Rule } from '../types';

// Reported by the loader (src/model/load.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'schema-unknown-key',
    severity: 'error',
    area: 'document',
    description: 'A key the format does not define (keys starting with `x-` are free).',
    why: 'A misspelt key is otherwise silently ignored, and its default applies instead of what was meant.',
    hint: 'correct the spelling of the key, or prefix it with `x-` to keep it as a note',
    source: 'docs/topology.md#conventions',
  },
};
