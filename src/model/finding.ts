import type { Path } from './types';

/** What a rule or the loader reports: a path, never a line. The engine locates it. */
export interface Finding {
  rule: string;
  path: Path;
  message: string;
  /** Overrides the rule's default fix hint. */
  hint?: string;
  /** Point at the key rather than its value (unknown keys). */
  onKey?: boolean;
  /**
   * An assumption the rule states, not a problem it found: reported as info whatever the rule's
   * severity; `policy.rules` can turn it off but not raise it.
   */
  assumption?: boolean;
}

/** `["vifs", 2, "vlan"]` → `vifs[2].vlan`, for messages that name another place. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}
