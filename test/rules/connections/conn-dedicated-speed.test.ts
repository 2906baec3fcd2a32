import { BASE, findings } from '../../helpers';
import { addedIds, conn, edit, lag, lineOf, topology, vif } from './util';

const RULE = 'conn-dedicated-speed';

describe(RULE, () => {
  it('fires on a dedicated connection at an offered-nowhere speed, on the bandwidth value', () => {
    const yaml = edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 40Gbps');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 0, 'bandwidth']);
    expect(ds[0].line).toBe(lineOf(yaml, 'bandwidth: 40Gbps'));
    expect(ds[0].severity).toBe('error');
    expect(ds[0].message).toBe('dedicated connection dx-a is 40Gbps; dedicated ports are 1Gbps, 10Gbps, 100Gbps or 400Gbps');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('suggests a hosted connection when the bandwidth is a hosted capacity', () => {
    const [d] = findings(edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 500Mbps'), RULE);
    expect(d.hint).toContain('hosted connection');
    expect(findings(edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 2Gbps'), RULE)).toHaveLength(1);
    expect(findings(edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 0Mbps'), RULE)).toHaveLength(1);
  });

  it('does not suggest hosted for a LAG member (hosted members are lag-dedicated-only)', () => {
    const yaml = topology({
      connections: [conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a', bandwidth: '5Gbps' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'lag-a')],
    });
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['connections', 1, 'bandwidth']]);
    expect(ds[0].hint).not.toContain('hosted connection');
    // An invalid speed is this rule's alone: no lag-same-bandwidth on top.
    expect(findings(yaml, 'lag-same-bandwidth')).toEqual([]);
  });

  it('stays quiet on 1, 10, 100 and 400 Gbps, however written', () => {
    for (const bw of ['1Gbps', '1000Mbps', '10Gbps', '10000Mbps', '100Gbps', '400Gbps', '400000Mbps']) {
      expect(findings(edit(BASE, 'bandwidth: 10Gbps', `bandwidth: ${bw}`), RULE)).toEqual([]);
    }
  });

  it('leaves hosted connections to conn-hosted-speed', () => {
    const yaml = edit(edit(BASE, 'type: dedicated', 'type: hosted'), 'bandwidth: 10Gbps', 'bandwidth: 3Gbps');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'conn-hosted-speed')).toHaveLength(1);
  });

  it('leaves a malformed bandwidth to schema-type', () => {
    const yaml = edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 10G');
    expect(findings(yaml, 'schema-type')).toHaveLength(1);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
