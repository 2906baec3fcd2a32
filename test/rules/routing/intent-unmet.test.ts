import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT } from './util';

const RULE = 'intent-unmet';
const intents = (lines: string) => `${REDUNDANT}intents:\n${lines}`;
const VPN = 'vpns:\n  - name: vpn-backup\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n';

describe(RULE, () => {
  it('fires when the path is of another kind than via, with the route explanation', () => {
    const yaml = `${VPN}${intents('  - from: app1\n    to: orders-db\n    via: vpn\n')}`;
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['intents', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- from: app1'));
    expect(ds[0].message).toBe(
      'intent app1 → orders-db should go over a VPN, but it goes over Direct Connect through private VIF vif-a. ' +
      'hq learns 3 routes toward orders-db (10.1.2.5 in prod): vif-a (10.1.0.0/16, Direct Connect), vif-b (10.1.0.0/16, Direct Connect) and vpn-backup (10.1.0.0/16, VPN). ' +
      'For the same prefix Direct Connect is preferred over the VPN; with everything else equal, vif-a and vif-b share the traffic as equal-cost paths, and vif-a is shown first by name.',
    );
  });

  it('fires when nothing reaches the destination, with why each candidate fails', () => {
    const yaml = edit(
      intents('  - from: hq\n    to: shared-svc\n'),
      'vpcs:\n',
      'tgws:\n  - name: tgw-east\n    region: us-east-1\n    asn: 64514\n    attachments: [shared-svc]\nvpcs:\n  - name: shared-svc\n    region: us-east-1\n    cidrs: [10.2.0.0/16]\n',
    );
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.message)).toEqual([
      'intent hq → shared-svc does not hold: shared-svc is unreachable from hq. tgw-east: tgw-east attaches shared-svc but has no Direct Connect gateway association and no VPN: nothing advertises shared-svc to on-premise; internet: the internet never reaches a private address such as shared-svc (10.2.0.0/16)',
    ]);
  });

  it('fires for an S3 gateway endpoint intent and says why it cannot be used', () => {
    const yaml = edit(intents('  - from: hq\n    to: s3\n    via: private\n'), '    resources:\n', '    endpoints:\n      - service: s3\n        type: gateway\n    resources:\n');
    const [d] = findings(yaml, RULE);
    expect(d.message).toMatch(/^intent hq → s3 should go privately, without crossing the internet, but it goes over the internet\. /);
    expect(d.message).toContain('prod/s3-gateway cannot be used from on-premise: S3 and DynamoDB gateway endpoints serve only traffic from inside their VPC');
  });

  it('fires when an intent expects unreachable but a path exists', () => {
    const ds = findings(intents('  - from: app1\n    to: orders-db\n    expect: unreachable\n'), RULE);
    expect(ds.map((d) => d.message)).toEqual([
      'intent app1 → orders-db expects it unreachable, but it is reachable over Direct Connect through private VIF vif-a: app1 → hq → hq-r1 → dx-a → EqDC2 → vif-a → dxgw-main → vgw-prod → prod → orders-db',
    ]);
  });

  it('fires on the endpoint that names nothing, with a did-you-mean', () => {
    const yaml = intents('  - from: app1\n    to: ordrs-db\n');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['intents', 0, 'to']);
    expect(ds[0].line).toBe(lineOf(yaml, 'to: ordrs-db'));
    expect(ds[0].message).toMatch(/did you mean orders-db\?$/);
  });

  it('stays quiet when the intents hold', () => {
    const yaml = `${VPN}${intents([
      '  - from: app1\n    to: orders-db\n    via: direct-connect\n',
      '  - from: app1\n    to: orders-db\n    via: private\n',
      '  - from: orders-db\n    to: app1\n',
      '  - from: hq\n    to: s3\n    via: internet\n',
      '  - from: app1\n    to: orders-db\n    via: internet\n    expect: unreachable\n',
    ].join(''))}`;
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('counts a public VIF as private', () => {
    const yaml = edit(
      intents('  - from: hq\n    to: s3\n    via: private\n'),
      'dxgws:\n',
      '  - name: vif-public\n    type: public\n    connection: dx-a\n    vlan: 102\n    amazonAddress: 203.0.113.1/30\n    customerAddress: 203.0.113.2/30\n    bgpAuthKey: true\n    advertise: [198.51.100.0/24]\ndxgws:\n',
    );
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
