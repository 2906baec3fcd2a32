// Runs the rule catalog on a loaded topology and applies policy and suppression.
import type { Finding } from '../model/finding';
import type { IgnoreEntry, Path, Topology } from '../model/types';
import { RULES } from '../rules/index';
import type { RuleContext } from '../rules/types';
import { buildRoutingIndex, type RoutingIndex } from '../routing/index';
import { diagnosticFrom, FATAL_RULES, loadTopology, loadTopologyText, type Diagnostic, type LoadedTopology } from './load';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** Findings silenced by an `ignore` entry, with the reason. */
  suppressed: (Diagnostic & { reason: string })[];
  /** The file could not be read as a topology, or dxplan failed on it: exit code 2. */
  fatal: boolean;
  /** The model the rules ran on, for commands that go on to answer questions about it. */
  topology?: Topology;
}

/** Every rule's findings on a topology, unlocated; a rule that throws becomes internal-error. */
export function runRules(topology: Topology): Finding[] {
  const findings: Finding[] = [];
  let routing: RoutingIndex | undefined;
  for (const rule of RULES) {
    const check = rule.check;
    if (!check) continue;
    const ctx: RuleContext = {
      topology,
      get routing() {
        routing ??= buildRoutingIndex(topology);
        return routing;
      },
      report: (f) => findings.push({ ...f, rule: rule.meta.id }),
    };
    try {
      check(ctx);
    } catch (err) {
      findings.push({
        rule: 'internal-error',
        path: [],
        message: `rule ${rule.meta.id} failed: ${err instanceof Error ? err.message : String(err)}; the other rules still ran. Please report this`,
      });
    }
  }
  return findings;
}

const pathKey = (path: Path): string => path.join('\u0000');

/** Index of ignore entries by owner path, for an O(depth) lookup per diagnostic. */
function suppressionIndex(entries: IgnoreEntry[]): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const e of entries) {
    const key = pathKey(e.owner);
    let rules = index.get(key);
    if (!rules) index.set(key, (rules = new Map()));
    if (!rules.has(e.rule)) rules.set(e.rule, e.reason);
  }
  return index;
}

function suppressionReason(index: Map<string, Map<string, string>>, d: Diagnostic): string | undefined {
  for (let n = d.path.length; n >= 0; n--) {
    const reason = index.get(pathKey(d.path.slice(0, n)))?.get(d.rule);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
    || a.line - b.line || a.column - b.column
    || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Validates one file's bytes: parse, model, every rule, policy, suppression, sorted. */
export function validateBytes(file: string, bytes: Uint8Array): FileReport {
  return validateLoaded(loadTopology(file, bytes));
}

/** Validates text already decoded (an editor's buffer) exactly as validateBytes does the file. */
export function validateText(file: string, text: string): FileReport {
  return validateLoaded(loadTopologyText(file, text));
}

function validateLoaded(loaded: LoadedTopology): FileReport {
  const file = loaded.file;
  const { topology, source } = loaded;
  if (!topology || !source) {
    return { file, diagnostics: loaded.diagnostics.sort(compareDiagnostics), suppressed: [], fatal: true };
  }
  const assumptions = new Set<Diagnostic>();
  const located = [...loaded.diagnostics, ...runRules(topology).map((f) => {
    const d = diagnosticFrom(source, f);
    if (f.assumption) assumptions.add(d);
    return d;
  })];
  const overrides = topology.policy.rules;
  const ignores = suppressionIndex(topology.suppressions);
  const diagnostics: Diagnostic[] = [];
  const suppressed: FileReport['suppressed'] = [];
  for (const d of located) {
    if (!FATAL_RULES.has(d.rule)) {
      const override = overrides.get(d.rule)?.severity;
      if (override === 'off') continue;
      if (override && !assumptions.has(d)) d.severity = override;
      const reason = suppressionReason(ignores, d);
      if (reason !== undefined) {
        suppressed.push({ ...d, reason });
        continue;
      }
    }
    diagnostics.push(d);
  }
  return {
    file,
    diagnostics: dedupe(diagnostics.sort(compareDiagnostics)),
    suppressed: suppressed.sort(compareDiagnostics),
    fatal: diagnostics.some((d) => FATAL_RULES.has(d.rule)),
    topology,
  };
}

/** One problem, one diagnostic: drop exact repeats (same rule, place and message). */
function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || compareDiagnostics(d, sorted[i - 1]) !== 0);
}
