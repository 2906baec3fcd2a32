import { findings } from '../../helpers';
import { TGW_MODE, lineOf } from './gw-topology';

const RULE = 'tgw-attachment-region';

const DEV = '  - name: dev\n    region: us-east-1\n';

describe(RULE, () => {
  it('fires on the attachments of a TGW that attaches a VPC of another region', () => {
    const yaml = TGW_MODE.replace(DEV, '  - name: dev\n    region: eu-west-1\n');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['tgws', 0, 'attachments']);
    expect(d.line).toBe(lineOf(yaml, 'attachments: [prod, dev]'));
    expect(d.message).toBe('transit gateway tgw-east in us-east-1 attaches VPC dev in eu-west-1: a transit gateway attaches only VPCs of its own region');
  });

  it('fires once per foreign VPC', () => {
    const yaml = TGW_MODE.replace(DEV, '  - name: dev\n    region: eu-west-1\n').replace(/name: prod\n    region: us-east-1/, 'name: prod\n    region: us-west-2');
    // Same path: the diagnostics are sorted by message.
    expect(findings(yaml, RULE).map((d) => d.message.split(':')[0])).toEqual([
      'transit gateway tgw-east in us-east-1 attaches VPC dev in eu-west-1',
      'transit gateway tgw-east in us-east-1 attaches VPC prod in us-west-2',
    ]);
  });

  it('stays quiet on same-region attachments', () => {
    expect(findings(TGW_MODE, RULE)).toEqual([]);
  });

  it('stays quiet when the TGW or VPC region is unknown', () => {
    expect(findings(TGW_MODE.replace(DEV, '  - name: dev\n    region: eu-wset-1\n'), RULE)).toEqual([]);
    expect(findings(TGW_MODE.replace('region: us-east-1\n    asn: 64514', 'region: us-eats-1\n    asn: 64514'), RULE)).toEqual([]);
  });
});
