// A hand-built validate report shared by the formatter tests: two files, every severity,
// one suppressed finding, and a message full of characters each format must escape.
import type { Diagnostic } from '../../src/engine/load';
import type { ValidateReport } from '../../src/formatters/types';
import type { RuleMeta } from '../../src/rules/types';

/** `%`, `,`, `:`, a newline, `<&>`, quotes and a control character (ESC). */
export const NASTY = 'prefix 10.0.0.0/8: 100% of "a,b" <&> \'x\'\nsecond line \u001b[31mred';

export const RULES: RuleMeta[] = [
  {
    id: 'vif-vlan-unique', severity: 'error', area: 'vifs',
    description: 'VLAN ids are unique per connection',
    why: 'Two VIFs with the same VLAN on one connection cannot both be provisioned.',
    hint: 'pick a VLAN id unused on the connection',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  {
    id: 'res-single-location', severity: 'warning', area: 'resiliency',
    description: 'a site reaches AWS through more than one location',
    why: 'One location is a single point of failure.',
    hint: 'add a connection at a second location',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html',
  },
  {
    id: 'bgp-asn-private', severity: 'info', area: 'routing',
    description: 'the customer ASN is private',
    why: 'Private ASNs cannot be used on public VIFs.',
    hint: 'use a public ASN for public VIFs',
    source: 'internal note',
  },
];

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  rule: 'vif-vlan-unique', severity: 'error', message: 'm', hint: 'h', file: 'topo.yaml', line: 1, column: 1, path: [], ...over,
});

export const VLAN = d({
  message: 'VLAN 101 is already used by vif-prod on connection dx-a',
  hint: 'pick a VLAN id unused on dx-a', line: 41, column: 11, path: ['vifs', 2, 'vlan'],
});
export const NASTY_DIAG = d({ rule: 'vif-vlan-unique', message: NASTY, hint: 'fix it, now: 50%', line: 52, column: 7, path: ['vifs', 3, 'vlan'] });
export const RES = d({ rule: 'res-single-location', severity: 'warning', message: 'site hq reaches AWS only through EqDC2', hint: 'add a connection at a second location', line: 60, column: 3, path: ['sites', 0] });
export const ASN = d({ rule: 'bgp-asn-private', severity: 'info', file: 'net/other.yaml', message: 'ASN 65000 is private', hint: 'use a public ASN for public VIFs', line: 3, column: 6, path: ['asn'] });
export const SUPPRESSED = { ...d({ rule: 'res-single-location', severity: 'warning' as const, message: 'site lab reaches AWS only through EqDC2', hint: 'add a second location', line: 70, column: 3, path: ['sites', 1] }), reason: 'lab, accepted risk' };

export function sampleReport(): ValidateReport {
  return {
    files: [
      { file: 'net/other.yaml', diagnostics: [ASN], suppressed: [], fatal: false },
      { file: 'clean.yaml', diagnostics: [], suppressed: [], fatal: false },
      { file: 'topo.yaml', diagnostics: [VLAN, NASTY_DIAG, RES], suppressed: [SUPPRESSED], fatal: false },
    ],
    summary: { errors: 2, warnings: 1, infos: 1, files: 3, suppressed: 1 },
    rules: RULES,
    toolVersion: '0.1.0',
  };
}

export function cleanReport(): ValidateReport {
  return {
    files: [{ file: 'clean.yaml', diagnostics: [], suppressed: [], fatal: false }],
    summary: { errors: 0, warnings: 0, infos: 0, files: 1, suppressed: 0 },
    rules: RULES,
    toolVersion: '0.1.0',
  };
}
