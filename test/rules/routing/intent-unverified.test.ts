import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT } from './util';

const RULE = 'intent-unverified';
const intents = (yaml: string, lines: string) => `${yaml}intents:\n${lines}`;

describe(RULE, () => {
  it('fires (info) on an intent whose answer dxplan does not model, naming what is missing', () => {
    const yaml = intents(REDUNDANT, '  - from: orders-db\n    to: internet\n');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('info');
    expect(ds[0].path).toEqual(['intents', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- from: orders-db'));
    expect(ds[0].message).toBe(
      'intent orders-db → internet is not verified: whether prod has an internet gateway or NAT is not said (set vpcs[].internet), so dxplan does not model its way to the internet',
    );
    expect(findings(yaml, 'intent-unmet')).toEqual([]);
  });

  it('fires for expect: unreachable too, and for via any between two sites without SiteLink', () => {
    const branch = edit(REDUNDANT, '      - name: hq-r2\n', '      - name: hq-r2\n  - name: branch\n    asn: 65020\n    cidrs: [10.9.0.0/16]\n');
    expect(findings(intents(REDUNDANT, '  - { from: prod, to: internet, expect: unreachable }\n'), RULE)).toHaveLength(1);
    expect(findings(intents(branch, '  - { from: hq, to: branch }\n'), RULE)).toHaveLength(1);
  });

  it('stays quiet where the answer is modelled, and leaves via direct-connect to intent-unmet', () => {
    const modelled = edit(REDUNDANT, '    cidrs: [10.1.0.0/16]\n', '    cidrs: [10.1.0.0/16]\n    internet: true\n');
    expect(findings(intents(modelled, '  - { from: orders-db, to: internet }\n'), RULE)).toEqual([]);
    expect(findings(intents(REDUNDANT, '  - { from: app1, to: orders-db }\n'), RULE)).toEqual([]);
    const dx = intents(REDUNDANT, '  - { from: orders-db, to: internet, via: direct-connect }\n');
    expect(findings(dx, RULE)).toEqual([]);
    expect(findings(dx, 'intent-unmet')).toHaveLength(1);
  });
});
