import { addVifs, BASE, edit, findings, lineOf, vif } from './vif-test-utils';

const RULE = 'vif-customer-asn';
const withVifAsn = (asn: number | string) => edit(BASE, '    vlan: 101\n', `    vlan: 101\n    asn: ${asn}\n`);

describe(RULE, () => {
  it.each([
    [0, 'is outside 1–4294967294'],
    [4294967295, 'is outside 1–4294967294'],
    [23456, 'is AS_TRANS (RFC 6793), reserved as the 2-byte stand-in for 4-byte ASNs'],
    [7224, 'is 7224, the ASN AWS itself uses'],
  ])('fires on a VIF asn of %d, on the VIF\'s asn', (asn, why) => {
    const yaml = withVifAsn(asn);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'asn']);
    expect(d.line).toBe(lineOf(yaml, `asn: ${asn}`));
    expect(d.message).toBe(`customer ASN ${asn} of vif-prod ${why}`);
  });

  it('reports an inherited site ASN once, on the site, naming the VIFs using it', () => {
    const yaml = addVifs(edit(BASE, '    asn: 65010\n', '    asn: 7224\n'), vif('vif-dev', { type: 'private', connection: 'dx-a', vlan: 102, gateway: 'vgw-prod' }));
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['sites', 0, 'asn']);
    expect(d.line).toBe(lineOf(yaml, 'asn: 7224'));
    expect(d.message).toBe('customer ASN 7224 of site hq (used by vif-prod, vif-dev) is 7224, the ASN AWS itself uses');
  });

  it('checks a site\'s ASN on the site even when every VIF overrides it', () => {
    const yaml = withVifAsn(65020).replace('    asn: 65010\n', '    asn: 4294967296\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['sites', 0, 'asn']);
    expect(d.message).toBe('customer ASN 4294967296 of site hq is outside 1–4294967294');
  });

  it.each([1, 65010, 64512, 4200000000, 4294967294, 23455, 7225])('stays quiet on %d', (asn) => {
    expect(findings(withVifAsn(asn), RULE)).toEqual([]);
  });
});
