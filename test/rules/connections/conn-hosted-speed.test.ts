import { BASE, findings } from '../../helpers';
import { addedIds, edit, lineOf } from './util';

const RULE = 'conn-hosted-speed';
const HOSTED = edit(BASE, 'type: dedicated', 'type: hosted');

describe(RULE, () => {
  it('fires on a hosted connection at a capacity partners do not offer, on the bandwidth value', () => {
    const yaml = edit(HOSTED, 'bandwidth: 10Gbps', 'bandwidth: 3Gbps');
    const ds = findings(yaml, RULE);
    expect(ds).toHaveLength(1);
    expect(ds[0].path).toEqual(['connections', 0, 'bandwidth']);
    expect(ds[0].line).toBe(lineOf(yaml, 'bandwidth: 3Gbps'));
    expect(ds[0].message).toContain('hosted connection dx-a is 3Gbps');
    expect(ds[0].message).toContain('25Gbps');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires on dedicated-only speeds and points at a dedicated port', () => {
    const [d] = findings(edit(HOSTED, 'bandwidth: 10Gbps', 'bandwidth: 100Gbps'), RULE);
    expect(d.hint).toContain('dedicated');
    expect(findings(edit(HOSTED, 'bandwidth: 10Gbps', 'bandwidth: 600Mbps'), RULE)).toHaveLength(1);
    expect(findings(edit(HOSTED, 'bandwidth: 10Gbps', 'bandwidth: 40Mbps'), RULE)).toHaveLength(1);
  });

  it('stays quiet on every offered capacity, 1000Mbps being 1Gbps', () => {
    const ok = ['50Mbps', '100Mbps', '200Mbps', '300Mbps', '400Mbps', '500Mbps', '1Gbps', '1000Mbps', '2Gbps', '2000Mbps', '5Gbps', '10Gbps', '25Gbps'];
    for (const bw of ok) {
      expect(findings(edit(HOSTED, 'bandwidth: 10Gbps', `bandwidth: ${bw}`), RULE)).toEqual([]);
    }
  });

  it('leaves dedicated connections alone', () => {
    expect(findings(edit(BASE, 'bandwidth: 10Gbps', 'bandwidth: 500Mbps'), RULE)).toEqual([]);
  });
});
