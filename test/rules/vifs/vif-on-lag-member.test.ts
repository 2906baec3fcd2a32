import { addSections, BASE, edit, findings, lineOf } from './vif-test-utils';

const RULE = 'vif-on-lag-member';
const LAG = 'lags:\n  - name: lag-a\n    location: EqDC2\n';
const inLag = edit(BASE, '    router: hq-r1\n', '    router: hq-r1\n    lag: lag-a\n');

describe(RULE, () => {
  it('fires on a VIF naming a LAG member, on its connection value', () => {
    const yaml = addSections(inLag, LAG);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['vifs', 0, 'connection']);
    expect(d.line).toBe(lineOf(yaml, 'connection: dx-a'));
    expect(d.message).toBe('dx-a is a member of LAG lag-a: vif-prod belongs on the LAG');
    expect(d.hint).toBe('set connection: lag-a');
  });

  it('stays quiet for a VIF on the LAG itself', () => {
    expect(findings(addSections(edit(inLag, '    connection: dx-a\n', '    connection: lag-a\n'), LAG), RULE)).toEqual([]);
  });

  it('stays quiet for a VIF on a connection outside any LAG', () => {
    expect(findings(BASE, RULE)).toEqual([]);
  });
});
