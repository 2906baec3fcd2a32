import { BASE, BASE_VIF, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'bgp-lp-conflict';
const withKeys = (keys: string) => edit(BASE, BASE_VIF.advertise, keys);

describe(RULE, () => {
  it('fires on a VIF tagged with two local-preference communities, on its communities', () => {
    const yaml = withKeys(`${BASE_VIF.advertise}    communities: ["7224:7100", "65010:1", "7224:7300"]\n`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'communities']);
    expect(d.line).toBe(lineOf(yaml, 'communities:'));
    expect(d.message).toBe('vif-prod carries 2 local-preference communities (7224:7100, 7224:7300); they are mutually exclusive');
  });

  it('fires on an advertised prefix whose own communities conflict', () => {
    const yaml = withKeys('    advertise:\n      - prefix: 10.0.0.0/16\n        communities: ["7224:7200", "7224:7300"]\n');
    expect(findings(yaml, RULE).map((d) => [d.path, d.message])).toEqual([
      [['vifs', 0, 'advertise', 0, 'communities'], '10.0.0.0/16 on vif-prod carries 2 local-preference communities (7224:7200, 7224:7300); they are mutually exclusive'],
    ]);
  });

  it('reports a conflicting VIF list once, not again on every prefix that inherits it', () => {
    const yaml = withKeys('    advertise: [10.0.0.0/16, 10.0.1.0/24]\n    communities: ["7224:7100", "7224:7200"]\n');
    expect(findings(yaml, RULE)).toHaveLength(1);
  });

  it('stays quiet on one local preference, a repeated one, or an entry that replaces a conflicting list', () => {
    expect(findings(withKeys(`${BASE_VIF.advertise}    communities: ["7224:7300", "7224:7300", "7224:9100"]\n`), RULE)).toEqual([]);
    // The entry's communities replace the VIF's for that prefix: each list is judged alone.
    const replaced = withKeys('    advertise:\n      - prefix: 10.0.0.0/16\n        communities: ["7224:7100"]\n    communities: ["7224:7300"]\n');
    expect(findings(replaced, RULE)).toEqual([]);
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
