import { addVifs, BASE, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'pubvif-load-share';

/** BASE with a public customer ASN, a second connection dx-w at `region`, and two public VIFs. */
function twoPublic(region: string, east: Record<string, string | number>, west: Record<string, string | number>, asn = 64496): string {
  let yaml = edit(BASE, '    asn: 65010\n', `    asn: ${asn}\n`);
  yaml = edit(yaml, 'locations:\n', `locations:\n  - name: EqSE2\n    region: ${region}\n`);
  yaml = edit(yaml, 'connections:\n', 'connections:\n  - name: dx-w\n    type: dedicated\n    bandwidth: 10Gbps\n    location: EqSE2\n    router: hq-r2\n');
  return addVifs(yaml,
    vif('pub-east', { type: 'public', connection: 'dx-a', vlan: 201, amazonAddress: '203.0.113.1/30', customerAddress: '203.0.113.2/30', advertise: '[198.51.100.0/24]', ...east }),
    vif('pub-west', { type: 'public', connection: 'dx-w', vlan: 202, amazonAddress: '203.0.113.5/30', customerAddress: '203.0.113.6/30', advertise: '[198.51.100.0/24]', ...west }));
}

describe(RULE, () => {
  it('fires on public VIFs in two regions advertising one prefix alike, on the later entry', () => {
    const yaml = twoPublic('us-west-2', {}, {});
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 2, 'advertise', 0]);
    expect(d.line).toBe(lineOf(yaml, 'advertise: [198.51.100.0/24]', 1));
    expect(d.message).toBe('pub-east and pub-west advertise 198.51.100.0/24 with the same attributes, but pub-east is in us-east-1 and pub-west in us-west-2: AWS prefers the VIF in the prefix\'s home region and does not share load across regions');
  });

  it('fires in one region when the customer ASN is private', () => {
    const yaml = twoPublic('us-east-1', {}, {}, 65010);
    expect(findings(yaml, RULE).map((d) => d.message.split(', but ')[1])).toEqual([
      'the customer ASN 65010 is private: AWS shares load across public VIFs only for a public ASN',
    ]);
  });

  it('stays quiet where AWS shares load: one region and a public ASN', () => {
    expect(findings(twoPublic('us-east-1', {}, {}), RULE)).toEqual([]);
  });

  it('stays quiet when the attributes differ: the preference is then explicit', () => {
    expect(findings(twoPublic('us-west-2', {}, { asPathPrepend: 2 }), RULE)).toEqual([]);
    expect(findings(twoPublic('us-west-2', { communities: '["7224:9300"]' }, { communities: '["7224:9200"]' }), RULE)).toEqual([]);
  });

  it('stays quiet when the scopes share no region: each region-scoped to its own', () => {
    const local = { communities: '["7224:9100"]' };
    expect(findings(twoPublic('us-west-2', local, local), RULE)).toEqual([]);
    // Continent scope on both, in one continent: they overlap.
    const continent = { communities: '["7224:9200"]' };
    expect(findings(twoPublic('us-west-2', continent, continent), RULE)).toHaveLength(1);
    expect(findings(twoPublic('eu-west-1', continent, continent), RULE)).toEqual([]);
  });

  it('stays quiet when a region is unknown', () => {
    expect(findings(twoPublic('us-nowhere-9', {}, {}), RULE)).toEqual([]);
  });
});
