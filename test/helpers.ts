// Shared test helpers: validate YAML text in memory and pick out findings.
import { validateBytes, type FileReport } from '../src/engine/validate';
import type { Diagnostic } from '../src/engine/load';

export function validateYaml(yaml: string, file = 'topo.yaml'): FileReport {
  return validateBytes(file, Buffer.from(yaml, 'utf8'));
}

/** The diagnostics of one rule. */
export function findings(yaml: string, rule: string): Diagnostic[] {
  return validateYaml(yaml).diagnostics.filter((d) => d.rule === rule);
}

/** Rule ids reported, sorted and unique. */
export function ruleIds(yaml: string): string[] {
  return [...new Set(validateYaml(yaml).diagnostics.map((d) => d.rule))].sort();
}

// Editing BASE-like text in tests.
/** 1-based line of the `nth` (0-based) occurrence of `needle` in `yaml`. */
export function lineOf(yaml: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = yaml.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  return yaml.slice(0, at).split('\n').length;
}

/** BASE with one text replaced; fails loudly when the text is not there. */
export function edit(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`${from} not found`);
  return yaml.replace(from, to);
}

/** Rule ids `yaml` reports that BASE does not: what an edit of BASE added. */
export function addedIds(yaml: string, base = BASE): string[] {
  const before = new Set(ruleIds(base));
  return ruleIds(yaml).filter((id) => !before.has(id));
}

/**
 * A small valid topology: one site with two routers, one location in us-east-1, one 10Gbps
 * dedicated connection, a private VIF to a VGW attached to VPC prod. Tests append or
 * replace sections to break one rule at a time.
 */
export const BASE = `version: 1
name: test
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers:
      - name: hq-r1
      - name: hq-r2
    hosts:
      - name: app1
        ip: 10.0.1.10
locations:
  - name: EqDC2
    region: us-east-1
connections:
  - name: dx-a
    type: dedicated
    bandwidth: 10Gbps
    location: EqDC2
    router: hq-r1
vifs:
  - name: vif-prod
    type: private
    connection: dx-a
    vlan: 101
    amazonAddress: 169.254.10.1/30
    customerAddress: 169.254.10.2/30
    bgpAuthKey: true
    gateway: vgw-prod
    advertise: [10.0.0.0/16]
vgws:
  - name: vgw-prod
    region: us-east-1
    vpc: prod
    asn: 64512
vpcs:
  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
    resources:
      - name: orders-db
        ip: 10.1.2.5
`;
