import type { Finding } from '../model/finding';
import type { Severity, Topology } from '../model/types';
import type { RoutingIndex } from '../routing/index';

export type RuleArea = 'document' | 'addressing' | 'connections' | 'vifs' | 'gateways' | 'routing' | 'resiliency';

export interface RuleMeta {
  /** Public API: CI configs, policy.rules, ignore entries and SARIF name it. */
  id: string;
  severity: Severity;
  area: RuleArea;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters, in a sentence or two (`dxplan rules <id>`). */
  why: string;
  /** The default one-line fix hint. */
  hint: string;
  /** The AWS documentation page behind the rule. */
  source: string;
}

export interface RuleContext {
  readonly topology: Topology;
  /** The routing index, built on first use and shared by every rule of one run. */
  readonly routing: RoutingIndex;
  report(finding: Omit<Finding, 'rule'>): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Absent for the document rules, which the parser and loader report. */
  check?(ctx: RuleContext): void;
}
