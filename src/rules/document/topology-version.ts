import type { Rule } from '../types';

// Reported by the engine (src/engine/validate.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'topology-version',
    severity: 'error',
    area: 'document',
    description: 'The document is not a mapping, or `version` is missing or not 1.',
    why: 'The format is versioned so that a file written for a later dxplan is refused rather than misread.',
    hint: 'start the file with `version: 1`',
    source: 'docs/topology.md#the-file',
  },
};
