// From a routed topology to the pricing input: ports, VPNs (declared or assumed), and each
// flow's Direct Connect and VPN paths as the routing engine gives them.
import { readFileSync } from 'node:fs';
import { priceInputOf, WhatIfError } from '../../src/cost/from-topology';
import { BUILTIN_PRICES } from '../../src/cost/prices';
import { costReport } from '../../src/cost/report';
import { loadTopology } from '../../src/engine/load';
import type { Topology } from '../../src/model/types';
import { buildRoutingIndex } from '../../src/routing/index';
import { BASE } from '../helpers';
import { conformanceTopology } from '../shared-dir';

function load(text: string): Topology {
  const l = loadTopology('topo.yaml', Buffer.from(text));
  if (!l.topology) throw new Error(JSON.stringify(l.diagnostics));
  return l.topology;
}

const conformance = (name: string) => load(readFileSync(conformanceTopology(name), 'utf8'));

function priced(t: Topology, options: { whatIfGb?: number; freeTier?: boolean } = {}) {
  return priceInputOf(t, buildRoutingIndex(t), { freeTier: true, ...options });
}

function totals(t: Topology, options: { whatIfGb?: number; freeTier?: boolean } = {}) {
  const p = priced(t, options);
  const r = costReport(p.input, BUILTIN_PRICES, { pricingAsOf: BUILTIN_PRICES.asOf, whatIf: p.whatIf, notes: p.notes });
  return { report: r, usd: Object.fromEntries(r.options.map((o) => [o.option, Math.round(o.monthlyUsd * 100) / 100])) };
}

const FLOW = (from: string, to: string, gb: number, name = 'f') => `  - name: ${name}\n    from: ${from}\n    to: ${to}\n    gbPerMonth: ${gb}\n`;

describe('priceInputOf: the conformance cases', () => {
  it('01: one flow over dx-a at EqDC2, and over vpn-backup in the vpn option', () => {
    const p = priced(conformance('01-cost-worked-example'));
    expect(p.input.ports).toEqual([{ name: 'dx-a', type: 'dedicated', mbps: 10_000, location: 'EqDC2', locationRegion: 'us-east-1', crossConnectMonthlyFee: undefined }]);
    expect(p.input.vpns).toEqual([{ name: 'vpn-backup', region: 'us-east-1' }]);
    expect(p.input.flows).toEqual([{
      name: 'nightly-backup', gb: 20_000, direction: 'out', region: 'us-east-1',
      directConnect: [{ share: 1, carrier: { name: 'dx-a', location: 'EqDC2', locationRegion: 'us-east-1' }, tgws: [] }],
      vpn: [{ share: 1, vpn: 'vpn-backup', tgws: [] }],
      viaNat: true,
    }]);
    const { usd, report } = totals(conformance('01-cost-worked-example'));
    expect(usd).toEqual({ 'direct-connect': 2_042.5, vpn: 1_779.2, internet: 1_742.7 });
    expect(report.cheapest).toBe('internet');
    expect(Math.round(report.breakEvenGbPerMonth as number)).toBe(24_612);
  });

  it('00: the flow splits over lag-a and dx-b (equal cost); both ports and the cross-connect are billed', () => {
    const t = conformance('00-spec-example');
    const p = priced(t);
    expect(p.input.flows[0].directConnect.map((d) => [d.share, d.carrier?.name])).toEqual([[0.5, 'lag-a'], [0.5, 'dx-b']]);
    const { usd, report } = totals(t);
    expect(usd).toEqual({ 'direct-connect': 3_985, vpn: 1_779.2, internet: 1_742.7 });
    expect(Math.round(report.breakEvenGbPerMonth as number)).toBe(55_456);
  });

  it('02 --gb 5000: the what-if flow routed from the VPC to the site, with an assumed VPN to its VGW', () => {
    const t = conformance('02-cost-what-if-gb');
    const p = priced(t, { whatIfGb: 5_000 });
    expect(p.whatIf).toEqual({ gbPerMonth: 5_000, from: 'us-east-1', to: 'branch', over: 'dx-branch' });
    expect(p.input.vpns).toEqual([{ name: 'assumed-vpn-branch', region: 'us-east-1', assumedForSite: 'branch', gateway: 'vgw-retail' }]);
    const { usd, report } = totals(t, { whatIfGb: 5_000 });
    expect(usd).toEqual({ 'direct-connect': 319, vpn: 477.5, internet: 441 });
    expect(report.cheapest).toBe('direct-connect');
    expect(report.breakEvenGbPerMonth).toBeCloseTo(3_257.142857, 5);
  });
});

describe('priceInputOf: paths', () => {
  it('a transit path crosses the TGW by the DXGW and VPC attachments', () => {
    const t = load(readFileSync(conformanceTopology('15-transit-vif-tgw'), 'utf8') + `traffic:\n${FLOW('orders-db', 'app1', 1_000, 'reports')}`);
    const p = priced(t);
    expect(p.input.flows[0].directConnect).toEqual([{
      share: 1, carrier: { name: 'dx-a', location: 'EqDC2', locationRegion: 'us-east-1' },
      tgws: [{ tgw: 'tgw-east', region: 'us-east-1', attachments: ['dxgw-transit', 'prod'] }],
    }]);
    // No VPN declared: one assumed for hq, ending on the TGW of prod.
    expect(p.input.flows[0].vpn).toEqual([{ share: 1, vpn: 'assumed-vpn-hq', tgws: [{ tgw: 'tgw-east', region: 'us-east-1', attachments: ['assumed-vpn-hq', 'prod'] }] }]);
    const { usd } = totals(t);
    // 1,642.50 port + 2 × 36.50 attachments + 1,000 × (0.02 DTO + 0.02 processing)
    expect(usd['direct-connect']).toBe(1_642.5 + 73 + 40);
    // 36.50 VPN + 2 × 36.50 attachments + 900 × 0.09 + 1,000 × 0.02
    expect(usd.vpn).toBe(36.5 + 73 + 81 + 20);
    expect(usd.internet).toBe(81);
  });

  it('a service flow over an interface endpoint pays its AZ-hours and processing, at the DX rate', () => {
    const yaml = BASE.replace('    resources:\n', '    endpoints:\n      - service: s3\n        type: interface\n        azs: 3\n    resources:\n') +
      `traffic:\n${FLOW('s3', 'hq', 4_000, 'restore')}`;
    const p = priced(load(yaml));
    expect(p.input.flows[0]).toMatchObject({ region: 'us-east-1', direction: 'out' });
    expect(p.input.flows[0].directConnect[0].endpoint).toEqual({ name: 'prod/s3-interface', region: 'us-east-1', azs: 3 });
    const { usd } = totals(load(yaml));
    expect(usd['direct-connect']).toBe(1_642.5 + 21.9 + 4_000 * 0.02 + 4_000 * 0.01);
    // The assumed VPN reaches the endpoint's VPC (on its VGW): the endpoint is billed there too.
    expect(usd.vpn).toBe(36.5 + 21.9 + 3_900 * 0.09 + 40);
  });

  it('flows to the internet pay internet rates in every option; inbound flows are free', () => {
    const yaml = BASE.replace('        ip: 10.1.2.5\n', '        ip: 10.1.2.5\n        publicIp: 54.210.10.20\n') +
      `traffic:\n${FLOW('orders-db', 'internet', 2_000, 'web')}${FLOW('app1', 'orders-db', 5_000, 'up')}`;
    const p = priced(load(yaml));
    expect(p.input.flows.map((f) => [f.name, f.direction, f.directConnect.length])).toEqual([['web', 'out', 0], ['up', 'in', 1]]);
    expect(p.notes.join(' ')).toMatch(/no Direct Connect path for web/);
    const { usd } = totals(load(yaml));
    expect(usd).toEqual({ 'direct-connect': 1_642.5 + 1_900 * 0.09, vpn: 36.5 + 171, internet: 171 });
  });

  it('notes and leaves out flows that do not cross between AWS and on-premise', () => {
    const yaml = BASE.replace('      - name: hq-r2\n', '      - name: hq-r2\n  - name: branch\n    cidrs: [10.9.0.0/16]\n') +
      `traffic:\n${FLOW('hq', 'branch', 100, 'site-to-site')}${FLOW('nowhere-x', 'hq', 100, 'typo')}`;
    const p = priced(load(yaml));
    expect(p.input.flows).toEqual([]);
    expect(p.notes[0]).toMatch(/^not priced: site-to-site \(site to site without SiteLink: it runs over your own network\); typo \(/);
  });

  it('the what-if needs defaultRegion and a site', () => {
    expect(() => priced(load(BASE.replace('defaultRegion: us-east-1\n', '')), { whatIfGb: 10 })).toThrow(WhatIfError);
    expect(() => priced(load(BASE.replace('defaultRegion: us-east-1\n', '')), { whatIfGb: 10 })).toThrow(/defaultRegion/);
  });

  it('the what-if goes over the site\'s own declared VPN when it has one', () => {
    const yaml = `${BASE}vpns:\n  - name: vpn-a\n    router: hq-r2\n    gateway: vgw-prod\n`;
    const p = priced(load(yaml), { whatIfGb: 1_000 });
    expect(p.input.vpns).toEqual([{ name: 'vpn-a', region: 'us-east-1' }]);
    expect(p.input.flows[0].vpn).toEqual([{ share: 1, vpn: 'vpn-a', tgws: [] }]);
  });
});
