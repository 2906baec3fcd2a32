// topology.md "Additions to format version 1": every new key reaches the model, with its
// defaults, and a wrong value is reported where it was written.
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadTopology } from '../../src/engine/load';
import { parseSource } from '../../src/source/document';
import { fastParse } from '../../src/source/fast-yaml';
import { hasSessionFor, prefixAllocationOf, sessionFamilies } from '../../src/model/vif';
import type { Topology, Vif } from '../../src/model/types';
import { BASE, edit, findings, lineOf, ruleIds } from '../helpers';

const FIXTURE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'format-additions.yaml'), 'utf8');

function load(yaml: string): Topology {
  const loaded = loadTopology('topo.yaml', Buffer.from(yaml, 'utf8'));
  if (!loaded.topology) throw new Error(`not a topology: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.topology;
}

const vif = (t: Topology, name: string): Vif => t.vifs.find((v) => v.name === name) as Vif;

describe('format additions: the fixture with every new key', () => {
  const t = load(FIXTURE);

  test('loads with no schema finding', () => {
    const ids = ruleIds(FIXTURE);
    for (const id of ['schema-unknown-key', 'schema-type', 'schema-required', 'cidr-invalid', 'name-duplicate', 'ref-unknown']) {
      expect(ids).not.toContain(id);
    }
  });

  test('a dual VIF has an IPv4 and an IPv6 session', () => {
    const dual = vif(t, 'vif-dual');
    expect(dual.addressFamily).toBe('dual');
    expect(sessionFamilies(dual)).toEqual([4, 6]);
    expect(sessionFamilies(vif(t, 'vif-branch'))).toEqual([4]);
    expect(hasSessionFor(vif(t, 'vif-branch'), 6)).toBe(false);
  });

  test('a bare advertised prefix takes the VIF\'s attributes, a mapping its own', () => {
    const dual = vif(t, 'vif-dual');
    expect(dual.advertise.map((p) => p.text)).toEqual(['10.0.0.0/16', '2001:db8:1000::/48']);
    expect(dual.advertisements.map(({ prefix, asPathPrepend, med, communities, path }) => ({ prefix: prefix.text, asPathPrepend, med, communities, path }))).toEqual([
      { prefix: '10.0.0.0/16', asPathPrepend: 1, med: 10, communities: ['7224:7200'], path: ['vifs', 0, 'advertise', 0] },
      // The entry's communities replace the VIF's: 7224:7200 is not kept beside 7224:7100.
      { prefix: '2001:db8:1000::/48', asPathPrepend: 2, med: 50, communities: ['7224:7100'], path: ['vifs', 0, 'advertise', 1] },
    ]);
  });

  test('an entry that gives only some attributes inherits the rest (flow mapping)', () => {
    const [a] = vif(t, 'vif-branch').advertisements;
    expect({ prefix: a.prefix.text, asPathPrepend: a.asPathPrepend, med: a.med, communities: a.communities }).toEqual({
      prefix: '10.20.0.0/16', asPathPrepend: 0, med: 5, communities: [],
    });
  });

  test('prefix allocations: written per family, 100 where omitted', () => {
    expect(prefixAllocationOf(vif(t, 'vif-dual'), 4)).toBe(200);
    expect(prefixAllocationOf(vif(t, 'vif-dual'), 6)).toBe(50);
    expect(prefixAllocationOf(vif(t, 'vif-branch'), 4)).toBe(100);
    expect(vif(t, 'vif-dual').prefixAllocation?.path).toEqual(['vifs', 0, 'prefixAllocation']);
  });

  test('sitelink, asPathPrepend and med', () => {
    expect([vif(t, 'vif-dual').sitelink, vif(t, 'vif-dual').asPathPrepend, vif(t, 'vif-dual').med]).toEqual([true, 1, 10]);
  });

  test('AWS ids on entities and endpoints, indexed by id', () => {
    expect(t.byAwsId.get('dxvif-fgy8orxu')?.name).toBe('vif-dual');
    expect(t.byAwsId.get('dxcon-ab1234cd')?.name).toBe('dx-b');
    expect(t.byAwsId.get('cgw-0a1b2c3d4e5f60718')?.name).toBe('hq-r1');
    expect(t.byAwsId.get('vpce-0123abcd')?.name).toBe('prod/s3-gateway');
    expect(t.byAwsId.get('5f3e1c2a-0b7d-4c4e-9a61-1f2d3e4c5b6a')?.kind).toBe('dxgw');
    expect(t.vpcs[0].awsId).toBe('vpc-0a1b2c3d');
    expect(t.lags).toEqual([]);
    expect(t.sites[1].awsId).toBeUndefined();
  });

  test('a VPC keeps its IPv6 block and says whether it has internet access', () => {
    expect(t.vpcs[0].cidrs.map((p) => `${p.family}:${p.text}`)).toEqual(['4:10.1.0.0/16', '6:2600:1f18:1234:5600::/56']);
    expect(t.vpcs[0].internet).toBe(true);
  });

  test('the fast YAML reader and the yaml package build the same data and positions', () => {
    // The new shapes (mixed prefix and mapping items, flow mappings in a list) stay on the fast path.
    expect(fastParse(FIXTURE)).toBeDefined();
    const fast = parseSource('t.yaml', FIXTURE, { fast: true });
    const slow = parseSource('t.yaml', FIXTURE, { fast: false });
    if (!fast.ok || !slow.ok) throw new Error('the fixture does not parse');
    expect(fast.source.data).toEqual(slow.source.data);
    for (const path of [['vifs', 0, 'advertise', 1, 'communities', 0], ['vifs', 1, 'advertise', 0, 'med'], ['vifs', 0, 'prefixAllocation', 'ipv6']]) {
      expect(fast.source.where.offsetOf(path, false)).toBe(slow.source.where.offsetOf(path, false));
    }
  });
});

describe('format additions: defaults', () => {
  const plain = load(BASE).vifs[0];

  test('an earlier file reads as before: one IPv4 session, nothing prepended, MED 0, no SiteLink', () => {
    expect([plain.addressFamily, plain.asPathPrepend, plain.med, plain.sitelink, plain.prefixAllocation]).toEqual(['ipv4', 0, 0, false, undefined]);
    expect(plain.advertisements.map((a) => [a.prefix.text, a.asPathPrepend, a.med, a.communities])).toEqual([['10.0.0.0/16', 0, 0, []]]);
    expect(load(BASE).vpcs[0].internet).toBeUndefined();
  });
});

describe('format additions: wrong values', () => {
  const withVifKeys = (keys: string): string => edit(BASE, '    vlan: 101\n', `    vlan: 101\n${keys}`);

  test('asPathPrepend above 10 is a type error at the value, read as 0', () => {
    const yaml = withVifKeys('    asPathPrepend: 11\n');
    const [d] = findings(yaml, 'schema-type');
    expect(d.message).toBe('expected a whole number from 0 to 10, got the number 11');
    expect(d.line).toBe(lineOf(yaml, 'asPathPrepend: 11'));
    expect(load(yaml).vifs[0].asPathPrepend).toBe(0);
  });

  test('a negative MED is a type error', () => {
    expect(findings(withVifKeys('    med: -1\n'), 'schema-type').map((d) => d.path)).toEqual([['vifs', 0, 'med']]);
  });

  test('an advertise entry without a prefix is schema-required and left out; the VIF stays', () => {
    const yaml = edit(BASE, '    advertise: [10.0.0.0/16]\n', '    advertise:\n      - 10.0.0.0/16\n      - { med: 5 }\n');
    const [d] = findings(yaml, 'schema-required');
    expect(d.path).toEqual(['vifs', 0, 'advertise', 1]);
    expect(d.message).toContain('`prefix`');
    expect(load(yaml).vifs[0].advertise.map((p) => p.text)).toEqual(['10.0.0.0/16']);
  });

  test('a misspelt key in an advertise entry is named, with a suggestion', () => {
    const yaml = edit(BASE, '    advertise: [10.0.0.0/16]\n', '    advertise:\n      - prefix: 10.0.0.0/16\n        comunities: ["7224:7100"]\n');
    const [d] = findings(yaml, 'schema-unknown-key');
    expect(d.path).toEqual(['vifs', 0, 'advertise', 0, 'comunities']);
    expect(d.hint).toBe('did you mean `communities`?');
  });

  test('an advertise entry that is neither a prefix nor a mapping is reported at the item', () => {
    const yaml = edit(BASE, '    advertise: [10.0.0.0/16]\n', '    advertise: [10.0.0.0/16, 42]\n');
    expect(findings(yaml, 'schema-type').map((d) => d.path)).toEqual([['vifs', 0, 'advertise', 1]]);
  });

  test('addressFamily accepts dual and suggests it for a near miss', () => {
    expect(ruleIds(withVifKeys('    addressFamily: dual\n'))).not.toContain('schema-type');
    expect(findings(withVifKeys('    addressFamily: duel\n'), 'schema-type')[0].hint).toBe('did you mean dual?');
  });

  test('prefixAllocation keys are the two families', () => {
    const [d] = findings(withVifKeys('    prefixAllocation: { ipv5: 10 }\n'), 'schema-unknown-key');
    expect(d.path).toEqual(['vifs', 0, 'prefixAllocation', 'ipv5']);
  });

  test('a repeated awsId is name-duplicate on the later entity, which stays in the model', () => {
    const yaml = edit(edit(BASE, '    vlan: 101\n', '    vlan: 101\n    awsId: dx-same\n'), '    router: hq-r1\n', '    router: hq-r1\n    awsId: dx-same\n');
    const ds = findings(yaml, 'name-duplicate');
    expect(ds.map((d) => d.path)).toEqual([['vifs', 0, 'awsId']]);
    expect(ds[0].message).toBe('the awsId dx-same is already given to dx-a at connections[0]');
    expect(load(yaml).vifs.map((v) => v.name)).toEqual(['vif-prod']);
  });

  test('an awsId longer than 128 characters is a type error', () => {
    expect(findings(withVifKeys(`    awsId: ${'x'.repeat(129)}\n`), 'schema-type').map((d) => d.path)).toEqual([['vifs', 0, 'awsId']]);
  });

  test('vpcs[].internet must be true or false', () => {
    const yaml = edit(BASE, '    cidrs: [10.1.0.0/16]\n', '    cidrs: [10.1.0.0/16]\n    internet: maybe\n');
    expect(findings(yaml, 'schema-type').map((d) => d.path)).toEqual([['vpcs', 0, 'internet']]);
  });
});
