import { BASE, findings } from '../../helpers';

const RULE = 'vpn-backup-capacity';

const VPN = (name: string, router = 'hq-r2') => `  - name: ${name}\n    router: ${router}\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n`;

function topo(vpns: string[], flows: [string, string, number][]): string {
  const v = vpns.length > 0 ? `vpns:\n${vpns.join('')}` : '';
  const t = flows.length > 0 ? `traffic:\n${flows.map(([from, to, gb], i) => `  - name: f${i + 1}\n    from: ${from}\n    to: ${to}\n    gbPerMonth: ${gb}\n`).join('')}` : '';
  return `${BASE}${v}${t}`;
}

const lineOf = (yaml: string, needle: string): number => yaml.slice(0, yaml.indexOf(needle)).split('\n').length;

describe(RULE, () => {
  it('fires on the site\'s VPN when it receives more over Direct Connect than one VPN carries', () => {
    const yaml = topo([VPN('vpn-backup')], [['prod', 'hq', 300_000], ['orders-db', 'app1', 200_000]]);
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].path).toEqual(['vpns', 0, 'name']);
    expect(ds[0].line).toBe(lineOf(yaml, 'name: vpn-backup'));
    expect(ds[0].message).toBe(
      'site hq receives 500,000 GB a month over Direct Connect (f1 300,000 GB, f2 200,000 GB), more than its 1 VPN connection ' +
        '(vpn-backup) can carry if Direct Connect fails: 410,625 GB a month at 1.25 Gbps each',
    );
  });

  it('sums each direction on its own', () => {
    expect(findings(topo([VPN('vpn-backup')], [['prod', 'hq', 400_000], ['app1', 'prod', 400_000]]), RULE)).toEqual([]);
    const ds = findings(topo([VPN('vpn-backup')], [['app1', 'prod', 450_000]]), RULE);
    expect(ds[0].message).toMatch(/^site hq sends 450,000 GB a month over Direct Connect/);
  });

  it('counts every VPN connection of the site', () => {
    const yaml = topo([VPN('vpn-a'), VPN('vpn-b', 'hq-r1')], [['prod', 'hq', 800_000]]);
    expect(findings(yaml, RULE)).toEqual([]);
    const ds = findings(topo([VPN('vpn-a'), VPN('vpn-b', 'hq-r1')], [['prod', 'hq', 900_000]]), RULE);
    expect(ds[0].message).toMatch(/its 2 VPN connections \(vpn-a, vpn-b\) can carry if Direct Connect fails: 821,250 GB/);
  });

  it('counts both tunnels of a BGP VPN on a transit gateway (ECMP), one tunnel of a static one', () => {
    const tgw = `${BASE.replace(/vifs:\n[\s\S]*?(?=vgws:)/, `vifs:
  - { name: vif-t, type: transit, connection: dx-a, vlan: 200, gateway: dxgw-t, advertise: [10.0.0.0/16] }
`)}dxgws:
  - name: dxgw-t
    asn: 64600
    associations: [{ gateway: tgw-1, allowedPrefixes: [10.1.0.0/16] }]
tgws:
  - { name: tgw-1, region: us-east-1, asn: 64700, attachments: [prod] }
`;
    const tgwVpn = (routing: string) => `vpns:\n  - { name: vpn-t, router: hq-r2, gateway: tgw-1, routing: ${routing}, advertise: [10.0.0.0/16], staticRoutes: [10.9.0.0/16] }\n`;
    const flows = 'traffic:\n  - { name: f1, from: prod, to: hq, gbPerMonth: 600000 }\n';
    expect(findings(tgw + tgwVpn('bgp') + flows, RULE)).toEqual([]);
    const ds = findings(tgw + tgwVpn('static') + flows, RULE);
    expect(ds.map((d) => d.message)).toEqual([expect.stringContaining('410,625 GB a month at 1.25 Gbps each')]);
  });

  it('stays quiet at capacity, without a VPN, and on traffic the VPN already carries', () => {
    expect(findings(topo([VPN('vpn-backup')], [['prod', 'hq', 410_625]]), RULE)).toEqual([]);
    expect(findings(topo([], [['prod', 'hq', 2_000_000]]), RULE)).toEqual([]);
    // Without a VIF the VPN is the path: nothing crosses Direct Connect.
    const vpnOnly = topo([VPN('vpn-backup')], [['prod', 'hq', 2_000_000]]).replace(/vifs:\n[\s\S]*?vgws:\n/, 'vgws:\n');
    expect(findings(vpnOnly, RULE)).toEqual([]);
  });
});
