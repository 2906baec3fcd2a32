import { BASE, findings } from '../../helpers';
import { addedIds, conn, edit, lag, lineOf, topology, vif } from './util';

const RULE = 'macsec-support';
const MACSEC = edit(BASE, 'router: hq-r1\n', 'router: hq-r1\n    macsec: true\n');

describe(RULE, () => {
  it('fires on MACsec on a hosted connection, on the macsec value', () => {
    const yaml = edit(MACSEC, 'type: dedicated', 'type: hosted');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 0, 'macsec']);
    expect(ds[0].line).toBe(lineOf(yaml, 'macsec: true'));
    expect(ds[0].message).toContain('hosted connection dx-a');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires on MACsec on a 1 Gbps dedicated connection, however written', () => {
    for (const bw of ['1Gbps', '1000Mbps']) {
      const ds = findings(edit(MACSEC, 'bandwidth: 10Gbps', `bandwidth: ${bw}`), RULE);
      expect(ds.map((d) => d.message)).toEqual([`dedicated connection dx-a is ${bw}: MACsec needs a dedicated connection of 10, 100 or 400 Gbps`]);
    }
  });

  it('fires on a 1 Gbps LAG member with MACsec', () => {
    const yaml = topology({
      connections: [conn('dx-a', { lag: 'lag-a', bandwidth: '1Gbps', macsec: true }), conn('dx-b', { lag: 'lag-a', bandwidth: '1Gbps' })],
      lags: [lag('lag-a')],
      vifs: [vif('v', 'lag-a')],
    });
    expect(findings(yaml, RULE).map((d) => d.path)).toEqual([['connections', 0, 'macsec']]);
  });

  it('stays quiet on 10, 100 and 400 Gbps dedicated connections', () => {
    for (const bw of ['10Gbps', '10000Mbps', '100Gbps', '400Gbps']) {
      expect(findings(edit(MACSEC, 'bandwidth: 10Gbps', `bandwidth: ${bw}`), RULE)).toEqual([]);
    }
  });

  it('stays quiet without MACsec, or with macsec: false', () => {
    expect(findings(edit(BASE, 'type: dedicated', 'type: hosted'), RULE)).toEqual([]);
    expect(findings(edit(edit(MACSEC, 'macsec: true', 'macsec: false'), 'type: dedicated', 'type: hosted'), RULE)).toEqual([]);
  });

  it('leaves an invalid dedicated speed to conn-dedicated-speed', () => {
    const yaml = edit(MACSEC, 'bandwidth: 10Gbps', 'bandwidth: 500Mbps');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'conn-dedicated-speed')).toHaveLength(1);
  });
});
