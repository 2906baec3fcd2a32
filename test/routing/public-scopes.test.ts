// Public VIFs as AWS treats them (routing.md, "Public VIFs: which regions learn the customer's
// prefixes"): scope communities, the home Region, AS_PATH, and no load sharing.
import { priceInputOf } from '../../src/cost/from-topology';
import { BUILTIN_PRICES } from '../../src/cost/prices';
import { costReport } from '../../src/cost/report';
import { loadTopology } from '../../src/engine/load';
import type { Topology } from '../../src/model/types';
import { buildRoutingIndex } from '../../src/routing/index';
import { alts, hopNames, rejection, route, SITES } from './util';

/** hq with a public ASN so that load sharing is possible; public VIFs at EqDC2/CSVA1 (us-east-1) or EqFR5 (eu-central-1). */
const HQ = SITES.replace('asn: 65010', 'asn: 3356').replace('  - { name: dx-br,', '  - { name: dx-fr, type: dedicated, bandwidth: 10Gbps, location: EqFR5, router: hq-r2, awsDevice: EqFR5-1 }\n  - { name: dx-br,');
const pub = (name: string, connection: string, extra = '', advertise = '198.51.100.0/24') =>
  `  - { name: ${name}, type: public, connection: ${connection}, vlan: ${300 + name.length}, advertise: [${advertise}]${extra ? `, ${extra}` : ''} }\n`;

describe('which regions learn the customer prefixes (replies from a service)', () => {
  it('7224:9100 keeps them in the VIF\'s Region: replies from another Region return over the internet (outside-prefix-scope)', () => {
    const yaml = `${HQ}vifs:\n${pub('vif-pub', 'dx-a', 'communities: ["7224:9100"]')}`;
    // Toward S3 in us-east-1 the VIF is in scope both ways.
    expect(route(yaml, 's3@us-east-1', 'app1').path).toBe('direct-connect-public');
    const back = route(yaml, 's3@eu-west-1', 'app1');
    expect(back.path).toBe('internet');
    expect(hopNames(back)).toEqual(['s3@eu-west-1', 'internet', 'hq', 'app1']);
    expect(rejection(back, 'vif-pub').code).toBe('outside-prefix-scope');
    // The way there still uses the VIF (acceptScope global): only the replies are scoped.
    expect(route(yaml, 'app1', 's3@eu-west-1').path).toBe('direct-connect-public');
  });

  it('7224:9200 reaches the continent, 7224:9300 or none every Region; an entry\'s own communities count', () => {
    const cont = `${HQ}vifs:\n${pub('vif-pub', 'dx-a', 'communities: ["7224:9200"]')}`;
    expect(route(cont, 's3@us-west-2', 'app1').path).toBe('direct-connect-public');
    expect(route(cont, 's3@eu-west-1', 'app1').path).toBe('internet');
    expect(route(`${HQ}vifs:\n${pub('vif-pub', 'dx-a', 'communities: ["7224:9300"]')}`, 's3@eu-west-1', 'app1').path).toBe('direct-connect-public');
    const entry = `${HQ}vifs:\n${pub('vif-pub', 'dx-a', '', '{ prefix: 198.51.100.0/24, communities: ["7224:9100"] }')}`;
    expect(route(entry, 's3@eu-west-1', 'app1').path).toBe('internet');
  });
});

describe('among public VIFs', () => {
  it('the VIF at a location in the service\'s Region wins (home-region)', () => {
    const yaml = `${HQ}vifs:\n${pub('vif-a-us', 'dx-a')}${pub('vif-b-fr', 'dx-fr')}`;
    const eu = route(yaml, 'app1', 's3@eu-central-1');
    expect(eu.via).toBe('vif-b-fr');
    expect(alts(eu)).toEqual(['vif-a-us [home-region]', 'internet [less-specific-prefix]']);
    expect(route(yaml, 's3@us-east-1', 'app1').via).toBe('vif-a-us');
  });

  it('then AS_PATH; a private customer ASN is replaced and its prepends stripped', () => {
    const yaml = `${HQ}vifs:\n${pub('vif-a', 'dx-a', 'asPathPrepend: 2')}${pub('vif-b', 'dx-b')}`;
    const r = route(yaml, 's3@us-east-1', 'app1');
    expect(r.via).toBe('vif-b');
    expect(alts(r)[0]).toBe('vif-a [as-path]');
    // With a private ASN the prepend does not count: a tie, and no load sharing.
    const priv = yaml.replace('asn: 3356', 'asn: 65010');
    const p = route(priv, 's3@us-east-1', 'app1');
    expect(p.via).toBe('vif-a');
    expect(alts(p)[0]).toBe('vif-b [no-load-sharing]');
    expect(p.alternatives[0].why).toContain('the customer ASN is private');
  });

  it('ties share load in one Region with a public ASN, not across Regions (no-load-sharing)', () => {
    const same = `${HQ}vifs:\n${pub('vif-a', 'dx-a')}${pub('vif-b', 'dx-b')}`;
    expect(alts(route(same, 's3@us-west-2', 'app1'))[0]).toBe('vif-b [equal-cost]');
    const apart = `${HQ}vifs:\n${pub('vif-a', 'dx-a')}${pub('vif-b', 'dx-fr')}`;
    // s3@sa-east-1 is home to neither: the tie stays, but across two Regions AWS does not share.
    expect(alts(route(apart, 's3@sa-east-1', 'app1'))[0]).toBe('vif-b [no-load-sharing]');
  });
});

describe('cost of a flow whose replies leave the public VIF\'s scope', () => {
  it('is priced at internet rates in the direct-connect option; one in scope at the Direct Connect rate', () => {
    const yaml = `${HQ}vifs:\n${pub('vif-pub', 'dx-a', 'communities: ["7224:9100"]')}traffic:\n  - { name: dl, from: s3@eu-west-1, to: app1, gbPerMonth: 1000 }\n  - { name: dl-home, from: s3@us-east-1, to: app1, gbPerMonth: 1000 }\n`;
    const loaded = loadTopology('topo.yaml', Buffer.from(yaml));
    const t = loaded.topology as Topology;
    const flows = priceInputOf(t, buildRoutingIndex(t), { freeTier: true }).input.flows;
    expect(flows.map((f) => [f.name, f.directConnect.map((p) => p.carrier?.name)])).toEqual([['dl', []], ['dl-home', ['dx-a']]]);
    // The Direct Connect rate over a public VIF rests on an assumption the line states.
    const dx = costReport({ ports: [], vpns: [], flows, freeTier: true }, BUILTIN_PRICES, { pricingAsOf: BUILTIN_PRICES.asOf, notes: [] })
      .options.find((o) => o.option === 'direct-connect');
    expect(dx?.lines.map((l) => l.item)).toContainEqual(expect.stringContaining('dl-home: us-east-1 → EqDC2 (us → us, public VIF: assumes your public prefixes belong to the same AWS payer account)'));
  });
});
