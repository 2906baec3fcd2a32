import type { Rule } from '../types';

// Reported by the parser (src/source/document.ts); this module holds its catalog entry.
export const rule: Rule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    area: 'document',
    description: 'The file does not parse as YAML, or a mapping repeats a key.',
    why: 'dxplan cannot check what it cannot read; a repeated key silently hides one of its values in most YAML tools. ' +
      'An indentation slip or a tab is reported once, at the line that slipped, with the indentation its siblings have; ' +
      'the parser errors it causes further down are not shown.',
    hint: 'fix the YAML at the position shown',
    source: 'docs/topology.md#the-file',
  },
};
