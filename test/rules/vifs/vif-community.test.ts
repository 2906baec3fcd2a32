import { addVifs, BASE, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-community';
const withCommunities = (list: string) => edit(BASE, '    advertise: [10.0.0.0/16]\n', `    advertise: [10.0.0.0/16]\n    communities: ${list}\n`);
const publicVif = (list: string) => addVifs(BASE, vif('vif-pub', {
  type: 'public', connection: 'dx-a', vlan: 102, amazonAddress: '203.0.113.1/30', customerAddress: '203.0.113.2/30',
  bgpAuthKey: true, advertise: '[198.51.100.0/24]', communities: list,
}));

describe(RULE, () => {
  it('fires on an unknown 7224 community, on the item', () => {
    const yaml = withCommunities('["7224:7300", "7224:7500"]');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.path).toEqual(['vifs', 0, 'communities', 1]);
    expect(d.line).toBe(lineOf(yaml, 'communities:'));
    expect(d.message).toBe('7224:7500 on private VIF vif-prod is not a community AWS acts on: AWS removes unsupported 7224 communities');
    expect(d.hint).toBe('use 7224:7100, 7224:7200 or 7224:7300 (local preference), or remove it');
  });

  it('fires on a scope community on a private VIF', () => {
    const [d] = findings(withCommunities('["7224:9100"]'), RULE);
    expect(d.message).toBe('7224:9100 is a public VIF scope community; on private VIF vif-prod it does nothing');
  });

  it('fires on a local-preference community on a public VIF', () => {
    const ds = findings(publicVif('["7224:9200", "7224:7100"]'), RULE);
    expect(ds.map((d) => [d.path, d.message])).toEqual([
      [['vifs', 1, 'communities', 1], '7224:7100 is a local-preference community, which AWS honours on private and transit VIFs only; on public VIF vif-pub it does nothing'],
    ]);
  });

  it('checks an advertised prefix\'s own communities, on that entry', () => {
    const yaml = edit(BASE, '    advertise: [10.0.0.0/16]\n', '    advertise:\n      - prefix: 10.0.0.0/16\n        communities: ["7224:7100", "7224:9300"]\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vifs', 0, 'advertise', 0, 'communities', 1]);
    expect(d.message).toBe('7224:9300 is a public VIF scope community; on private VIF vif-prod it does nothing');
  });

  it('names what AWS sends when the customer sets it', () => {
    expect(findings(publicVif('["7224:8100"]'), RULE)[0].message).toContain('(AWS tags 7224:8100 on the routes it sends you; it means nothing on yours)');
  });

  it('stays quiet on supported communities and on the customer\'s own', () => {
    expect(findings(withCommunities('["7224:7100", "7224:7200", "7224:7300", "65010:100", "65535:65281"]'), RULE)).toEqual([]);
    expect(findings(publicVif('["7224:9100", "7224:9300", "65010:5"]'), RULE)).toEqual([]);
  });
});
