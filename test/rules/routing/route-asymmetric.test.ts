import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT, TGW_VPN_TRAP } from './util';

const RULE = 'route-asymmetric';
const vpn = (advertise: string) => `vpns:\n  - name: vpn-backup\n    router: hq-r2\n    gateway: vgw-prod\n    advertise: [${advertise}]\n`;
const flow = 'traffic:\n  - name: export\n    from: app1\n    to: orders-db\n    gbPerMonth: 100\n';

describe(RULE, () => {
  it('fires on the flow when the replies come back over a more specific VPN prefix', () => {
    const yaml = `${REDUNDANT}${vpn('10.0.1.0/24')}${flow}`;
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['traffic', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- name: export'));
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].message).toBe(
      'flow export app1 → orders-db goes over vif-a (direct-connect-private) but the replies come back over vpn-backup (vpn): ' +
      'vif-a on the way back: vif-a carries only 10.0.0.0/16 toward on-premise, less specific than 10.0.1.0/24 advertised over vpn-backup: AWS follows the longest prefix match',
    );
  });

  it('fires on an intent whose replies have no way back', () => {
    const yaml = `${REDUNDANT.replace(/advertise: \[10\.0\.0\.0\/16\]/g, 'advertise: []')}intents:\n  - from: app1\n    to: orders-db\n`;
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['intents', 0]]);
    expect(ds[0].message).toMatch(/^intent app1 → orders-db goes over vif-a \(direct-connect-private\) but the replies have no way back: AWS has no route from prod back to app1/);
  });

  it('compares a flow from AWS to on-premise the same way', () => {
    const yaml = `${REDUNDANT}${vpn('10.0.1.0/24')}traffic:\n  - name: backup\n    from: orders-db\n    to: app1\n    gbPerMonth: 100\n`;
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      expect.stringMatching(/^flow backup orders-db → app1 goes over vpn-backup \(vpn\) but the replies come back over vif-a \(direct-connect-private\): vpn-backup on the way back: less preferred than Direct Connect/),
    ]);
  });

  it('stays quiet on symmetric paths, services, unreachable intents and unknown names', () => {
    expect(findings(`${REDUNDANT}${vpn('10.0.0.0/16')}${flow}`, RULE)).toEqual([]);
    const other = `${REDUNDANT}${vpn('10.0.1.0/24')}traffic:\n  - from: app1\n    to: s3\n    gbPerMonth: 5\n  - from: app1\n    to: nowhere\n    gbPerMonth: 5\nintents:\n  - from: app1\n    to: orders-db\n    expect: unreachable\n`;
    expect(findings(other, RULE)).toEqual([]);
  });

  it('stays quiet when the forward path does not exist (intent-unmet reports it)', () => {
    const yaml = edit(`${REDUNDANT}intents:\n  - from: app1\n    to: orders-db\n`, '      - gateway: vgw-prod\n', '      - gateway: vgw-prod\n        allowedPrefixes: [10.9.0.0/16]\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});

describe(`${RULE}: the hint names a fix the customer controls`, () => {
  it('on the transit-gateway VPN trap: the allowed prefix to add, or on-premise filtering', () => {
    const ds = findings(TGW_VPN_TRAP, RULE);
    const erp = ds.find((d) => d.message.startsWith('flow erp-writes'));
    expect(erp?.hint).toBe(
      'add 10.10.0.0/16 to allowedPrefixes of the dxgw-core association with tgw-use1 (on-premise then learns it over tvif-east-1 too), ' +
        'or filter the routes learned over vpn-east on-premise so that 10.10.0.0/16 is not more specific there than over Direct Connect',
    );
    // The flow from AWS: the replies take the VPN, for the same reason.
    expect(ds.find((d) => d.message.startsWith('flow reports'))?.hint).toMatch(/^add 10\.11\.0\.0\/16 to allowedPrefixes of the dxgw-core association with tgw-use1/);
  });
});
