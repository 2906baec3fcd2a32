// Site to site over SiteLink (routing.md, "Site to site: SiteLink").
import { readFileSync } from 'node:fs';
import { findings } from '../helpers';
import { conformanceTopology } from '../shared-dir';
import { hopNames, rejects, route } from './util';

const yaml = readFileSync(conformanceTopology('30-sitelink-two-sites'), 'utf8');

describe('SiteLink', () => {
  it('joins two sites over two SiteLink VIFs on one DXGW: path direct-connect-sitelink, hop by hop, MTU the lower', () => {
    const r = route(yaml, 'nyc-dc', 'london-dc');
    expect(r).toMatchObject({ reachable: true, path: 'direct-connect-sitelink', via: 'vif-nyc', prefix: '10.20.0.0/16', mtu: 8500 });
    expect(hopNames(r)).toEqual(['nyc-dc', 'nyc-r1', 'dx-nyc', 'EqNY5', 'vif-nyc', 'dxgw-wan', 'vif-london', 'EqLD5', 'dx-london', 'lon-r1', 'london-dc']);
    expect(hopNames(route(yaml, 'nyc-app', 'lon-app'))).toEqual([
      'nyc-app', 'nyc-dc', 'nyc-r1', 'dx-nyc', 'EqNY5', 'vif-nyc', 'dxgw-wan', 'vif-london', 'EqLD5', 'dx-london', 'lon-r1', 'london-dc', 'lon-app',
    ]);
    expect(route(yaml.replace('    mtu: 8500\n    bgpAuthKey: true\n    gateway: dxgw-wan\n    advertise: [10.20.0.0/16]', '    mtu: 1500\n    bgpAuthKey: true\n    gateway: dxgw-wan\n    advertise: [10.20.0.0/16]'), 'nyc-dc', 'london-dc').mtu).toBe(1500);
    expect(findings(yaml, 'intent-unmet')).toEqual([]);
  });

  it('one VIF without SiteLink: not-sitelink, and the answer is not modelled (own WAN)', () => {
    const off = yaml.replace('    advertise: [10.20.0.0/16]\n    sitelink: true', '    advertise: [10.20.0.0/16]');
    const r = route(off, 'nyc-dc', 'london-dc');
    expect(r).toMatchObject({ reachable: null, path: 'not-modelled' });
    expect(rejects(r)).toEqual(['vif-london [not-sitelink]', 'nyc-dc [not-modelled]']);
    // Direct Connect certainly cannot carry it: intent-unmet; via any is only unverified.
    expect(findings(off, 'intent-unmet')).toHaveLength(1);
    const anyVia = off.replace('    via: direct-connect\n', '    via: any\n');
    expect(findings(anyVia, 'intent-unmet')).toEqual([]);
    expect(findings(anyVia, 'intent-unverified')).toHaveLength(1);
  });

  it('neither VIF with SiteLink: dxgw-no-transit', () => {
    const none = yaml.replace(/\n    sitelink: true/g, '');
    expect(rejects(route(none, 'nyc-dc', 'london-dc'))).toEqual(['vif-nyc [dxgw-no-transit]', 'nyc-dc [not-modelled]']);
  });

  it('SiteLink VIFs on different DXGWs never talk', () => {
    const apart = yaml.replace('    gateway: dxgw-wan\n    advertise: [10.20.0.0/16]', '    gateway: dxgw-eu\n    advertise: [10.20.0.0/16]')
      .replace('dxgws:\n', 'dxgws:\n  - name: dxgw-eu\n    asn: 64701\n');
    const r = route(apart, 'nyc-dc', 'london-dc');
    expect(r.reachable).toBeNull();
    expect(rejects(r)).toContain('vif-nyc [not-sitelink]');
  });

  it('the destination must fall inside a prefix the destination VIF advertises', () => {
    const narrow = yaml.replace('advertise: [10.20.0.0/16]', 'advertise: [10.20.128.0/17]');
    const r = route(narrow, 'nyc-dc', 'london-dc');
    expect(r.reachable).toBeNull();
    expect(rejects(r)).toContain('vif-london [not-advertised]');
  });

  it('a failed VIF takes the SiteLink path down', () => {
    expect(route(yaml, 'nyc-dc', 'london-dc', ['vif-london']).reachable).toBeNull();
  });
});
