import { findings } from '../../helpers';
import { edit, lineOf, REDUNDANT } from '../routing/util';

const RULE = 'res-same-device';

/** REDUNDANT with dx-b moved to EqDC2 on the given device. */
const sameLocation = (device: string) => REDUNDANT.replace('    location: CSVA1\n    router: hq-r2\n    awsDevice: CSVA1-2xyz', `    location: EqDC2\n    router: hq-r2\n    awsDevice: ${device}`);

describe(RULE, () => {
  it('fires on the site when two connections at one location name the same AWS device', () => {
    const yaml = sameLocation('EqDC2-1abc');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['sites', 0]);
    expect(ds[0].line).toBe(lineOf(yaml, '- name: hq'));
    expect(ds[0].message).toBe('dx-a and dx-b of hq at EqDC2 all end on AWS device EqDC2-1abc: one device failure or maintenance window takes them down together');
    expect(ds[0].hint).toBe('move dx-b to another AWS device at EqDC2, or to another location');
  });

  it('fires for a LAG and a separate connection on the same device', () => {
    const yaml = edit(
      sameLocation('EqDC2-1abc'),
      '    awsDevice: EqDC2-1abc\nvifs:',
      '    awsDevice: EqDC2-1abc\n  - name: dx-c\n    type: dedicated\n    bandwidth: 10Gbps\n    location: EqDC2\n    router: hq-r1\n    awsDevice: EqDC2-1abc\n    lag: lag-a\nlags:\n  - name: lag-a\n    location: EqDC2\nvifs:',
    );
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      'dx-a, dx-b and LAG lag-a of hq at EqDC2 all end on AWS device EqDC2-1abc: one device failure or maintenance window takes them down together',
    ]);
  });

  it('stays quiet on members of one LAG, distinct devices, and connections without awsDevice', () => {
    expect(findings(REDUNDANT, RULE)).toEqual([]);
    expect(findings(sameLocation('EqDC2-2def'), RULE)).toEqual([]);
    expect(findings(REDUNDANT.replace(/    awsDevice: .*\n/g, ''), RULE)).toEqual([]);
    const lag = edit(
      REDUNDANT.replace('    awsDevice: EqDC2-1abc\n', '    awsDevice: EqDC2-1abc\n    lag: lag-a\n'),
      'vifs:',
      '  - name: dx-a2\n    type: dedicated\n    bandwidth: 10Gbps\n    location: EqDC2\n    router: hq-r1\n    awsDevice: EqDC2-1abc\n    lag: lag-a\nlags:\n  - name: lag-a\n    location: EqDC2\nvifs:',
    ).replace('connection: dx-a', 'connection: lag-a');
    expect(findings(lag, RULE)).toEqual([]);
  });

  it('stays quiet on the same device id at two sites or two locations', () => {
    expect(findings(REDUNDANT.replace('awsDevice: CSVA1-2xyz', 'awsDevice: EqDC2-1abc'), RULE)).toEqual([]);
  });
});
