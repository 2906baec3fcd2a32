import { cli } from '../../cli/run';
import { BASE, findings } from '../../helpers';
import { lineOf, REDUNDANT } from '../routing/util';

const RULE = 'res-model';
const policy = (yaml: string, level: string) => `${yaml}policy:\n  resiliency: ${level}\n`;
/** REDUNDANT with dx-b at EqDC2 too, on another device: meets development, not high. */
const ONE_LOCATION = REDUNDANT.replace('    location: CSVA1\n    router: hq-r2\n    awsDevice: CSVA1-2xyz', '    location: EqDC2\n    router: hq-r2\n    awsDevice: EqDC2-2def');

/** Four connections: two per location, each on its own AWS device and customer router. */
const FOUR = REDUNDANT.replace(
  'vifs:\n',
  ['dx-c', 'dx-d'].map((n, i) => `  - name: ${n}\n    type: dedicated\n    bandwidth: 10Gbps\n    location: ${i === 0 ? 'EqDC2' : 'CSVA1'}\n    router: hq-r${2 - i}\n    awsDevice: ${i === 0 ? 'EqDC2-9' : 'CSVA1-9'}\n`).join('') + 'vifs:\n',
).replace(
  'dxgws:\n',
  ['dx-c', 'dx-d'].map((n, i) => `  - name: vif-${n}\n    type: private\n    connection: ${n}\n    vlan: 101\n    amazonAddress: 169.254.${50 + i}.1/30\n    customerAddress: 169.254.${50 + i}.2/30\n    bgpAuthKey: true\n    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\n`).join('') + 'dxgws:\n',
);

describe(RULE, () => {
  it('fires on the site when high needs a second location', () => {
    const yaml = policy(ONE_LOCATION, 'high');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['sites', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- name: hq'));
    expect(ds[0].severity).toBe('error');
    expect(ds[0].message).toBe(
      'policy.resiliency high needs Direct Connect at 2 or more locations, on distinct customer routers; hq has dx-a (EqDC2, device EqDC2-1abc, router hq-r1) and dx-b (EqDC2, device EqDC2-2def, router hq-r2); ' +
        'losing location EqDC2 leaves hq without Direct Connect',
    );
    expect(ds[0].hint).toBe('add a connection (with its VIFs) at a second Direct Connect location, on another customer router');
  });

  it('fires when development needs a second connection on another device', () => {
    expect(findings(policy(BASE, 'development'), RULE).map((d) => d.message)).toEqual([
      'policy.resiliency development needs 2 or more connections on distinct AWS devices; hq has only dx-a (EqDC2); losing connection dx-a leaves hq without Direct Connect',
    ]);
    const sameDevice = ONE_LOCATION.replace('awsDevice: EqDC2-2def', 'awsDevice: EqDC2-1abc');
    expect(findings(policy(sameDevice, 'development'), RULE)).toHaveLength(1);
  });

  it('fires when maximum lacks two devices at each of two locations', () => {
    expect(findings(policy(REDUNDANT, 'maximum'), RULE).map((d) => d.message)).toEqual([
      'policy.resiliency maximum needs Direct Connect at 2 or more locations, each with 2 or more connections on distinct AWS devices and distinct customer routers; hq has dx-a (EqDC2, device EqDC2-1abc, router hq-r1) and dx-b (CSVA1, device CSVA1-2xyz, router hq-r2); ' +
        'losing location EqDC2 and AWS device CSVA1-2xyz together leaves hq without Direct Connect',
    ]);
  });

  it('counts a connection that carries no VIF as no redundancy', () => {
    const idle = policy(REDUNDANT.replace(/  - name: vif-b\n[\s\S]*?(?=dxgws:)/, ''), 'high');
    expect(findings(idle, RULE).map((d) => d.message)).toEqual([
      'policy.resiliency high needs Direct Connect at 2 or more locations, on distinct customer routers; hq has only dx-a (EqDC2, device EqDC2-1abc, router hq-r1); losing location EqDC2 leaves hq without Direct Connect',
    ]);
  });

  it('names the failure the model guards against that leaves the site without Direct Connect', () => {
    // development: the shared AWS device, before the location.
    const sameDevice = ONE_LOCATION.replace('awsDevice: EqDC2-2def', 'awsDevice: EqDC2-1abc');
    expect(findings(policy(sameDevice, 'development'), RULE)[0].message).toMatch(/; losing AWS device EqDC2-1abc leaves hq without Direct Connect$/);
    // maximum on one location: the location alone.
    expect(findings(policy(ONE_LOCATION, 'maximum'), RULE)[0].message).toMatch(/; losing location EqDC2 leaves hq without Direct Connect$/);
    // A LAG is one unit on one device.
    const lag = BASE.replace('    router: hq-r1\n', '    router: hq-r1\n    lag: lag-a\n').replace('vifs:\n', 'lags:\n  - name: lag-a\n    location: EqDC2\nvifs:\n')
      .replace('    connection: dx-a\n', '    connection: lag-a\n');
    expect(findings(policy(lag, 'development'), RULE)[0].message).toMatch(/hq has only LAG lag-a \(EqDC2\); losing LAG lag-a leaves hq without Direct Connect$/);
  });

  it('names no failure when none of those it guards against cuts the site off', () => {
    // maximum with three locations, one device each: not met, yet no location-and-device pair leaves hq without Direct Connect.
    const three = REDUNDANT.replace('  - name: CSVA1\n    region: us-east-1\n', '  - name: CSVA1\n    region: us-east-1\n  - name: EqSE2\n    region: us-east-1\n')
      .replace('vifs:\n', '  - name: dx-c\n    type: dedicated\n    bandwidth: 10Gbps\n    location: EqSE2\n    router: hq-r1\n    awsDevice: EqSE2-1\nvifs:\n')
      .replace('dxgws:\n', '  - name: vif-c\n    type: private\n    connection: dx-c\n    vlan: 102\n    amazonAddress: 169.254.30.1/30\n    customerAddress: 169.254.30.2/30\n    bgpAuthKey: true\n    gateway: dxgw-main\n    advertise: [10.0.0.0/16]\ndxgws:\n');
    const ds = findings(policy(three, 'maximum'), RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toMatch(/hq has dx-a \(EqDC2, device EqDC2-1abc, router hq-r1\), dx-b \(CSVA1, device CSVA1-2xyz, router hq-r2\) and dx-c \(EqSE2, device EqSE2-1, router hq-r1\)$/);
  });

  it('stays quiet when the model is met', () => {
    expect(findings(policy(REDUNDANT, 'high'), RULE)).toEqual([]);
    expect(findings(policy(ONE_LOCATION, 'development'), RULE)).toEqual([]);
    expect(findings(policy(FOUR, 'maximum'), RULE)).toEqual([]);
  });

  it('says (info) that device diversity was assumed when no connection names its awsDevice', () => {
    const [d, ...rest] = findings(policy(ONE_LOCATION.replace(/    awsDevice: .*\n/g, ''), 'development'), RULE);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('info');
    expect(d.path).toEqual(['sites', 0]);
    expect(d.message).toBe('policy.resiliency development holds for hq only if its connections end on distinct AWS devices: none names its `awsDevice`, so device diversity was assumed, not verified');
    // An override of the rule's severity does not raise the assumption; "off" silences it.
    const raised = `${policy(ONE_LOCATION.replace(/    awsDevice: .*\n/g, ''), 'development')}  rules:\n    res-model: warning\n`;
    expect(findings(raised, RULE).map((x) => x.severity)).toEqual(['info']);
    expect(findings(raised.replace('res-model: warning', 'res-model: "off"'), RULE)).toEqual([]);
  });

  it('maximum and high need distinct customer routers: four connections on one router fail together', () => {
    const oneRouter = FOUR.replace(/router: hq-r2/g, 'router: hq-r1');
    const [d, ...rest] = findings(policy(oneRouter, 'maximum'), RULE);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(/distinct customer routers; hq has .*; losing router hq-r1 leaves hq without Direct Connect$/);
    expect(findings(policy(REDUNDANT.replace(/router: hq-r2/g, 'router: hq-r1'), 'high'), RULE)[0].message)
      .toMatch(/; losing router hq-r1 leaves hq without Direct Connect$/);
    // Development and Test asks for device diversity only.
    expect(findings(policy(ONE_LOCATION.replace(/router: hq-r2/g, 'router: hq-r1'), 'development'), RULE)).toEqual([]);
  });

  it('stays quiet with policy none and for sites without Direct Connect', () => {
    expect(findings(BASE, RULE)).toEqual([]);
    expect(findings(policy(BASE, 'none'), RULE)).toEqual([]);
    const vpnSite = policy(REDUNDANT.replace('locations:\n', '  - name: branch\n    asn: 65020\n    cidrs: [10.50.0.0/16]\n    routers:\n      - name: br-r1\nlocations:\n'), 'high');
    expect(findings(vpnSite, RULE)).toEqual([]);
  });

  it('`dxplan rules res-model` says that maximum and high need separate customer routers, and what a missing awsDevice means', async () => {
    const r = await cli(['rules', RULE, '--no-color']);
    const why = r.stdout.split('\n').find((l) => l.startsWith('Why:')) ?? '';
    expect(why).toContain('Maximum and High also call for separate customer routers');
    expect(why).toContain('when no connection of a site names one, an info says that AWS device diversity was assumed, not verified');
  });
});
