// Input limits, in a module of their own: the CLI checks a file's size before reading it, and
// must not load the YAML parser to do so (start-up time).
export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Alias expansions allowed when resolving the document (the yaml package's guard). */
  maxAliasCount: 100,
  /** Deepest nesting of mappings and sequences. */
  maxDepth: 256,
} as const;
