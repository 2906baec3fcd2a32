import { findings } from '../../helpers';
import { VGW_MODE, lineOf } from './gw-topology';

const RULE = 'dxgw-vgw-single';

const SECOND = '  - name: dxgw-second\n    asn: 64520\n    associations:\n      - gateway: vgw-prod\n';

describe(RULE, () => {
  it('fires on the second DXGW\'s association, naming the first DXGW', () => {
    const yaml = VGW_MODE.replace('vpcs:\n', `${SECOND}vpcs:\n`);
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['dxgws', 1, 'associations', 0, 'gateway']);
    expect(d.line).toBe(lineOf(yaml, '- gateway: vgw-prod', 1));
    expect(d.message).toBe('VGW vgw-prod is associated with dxgw-second and already with dxgw-main: a VGW belongs to one Direct Connect gateway');
  });

  it('fires once for each extra DXGW', () => {
    const third = SECOND.replace('dxgw-second', 'dxgw-third').replace('64520', '64521');
    const yaml = VGW_MODE.replace('vpcs:\n', `${SECOND}${third}vpcs:\n`);
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['dxgws', 1, 'associations', 0, 'gateway'], ['dxgws', 2, 'associations', 0, 'gateway']]);
    expect(ds[1].message).toContain('already with dxgw-main');
  });

  it('stays quiet on one DXGW per VGW', () => {
    expect(findings(VGW_MODE, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW listed twice on the same DXGW', () => {
    const yaml = VGW_MODE.replace('        allowedPrefixes: [10.1.0.0/16]\n', '        allowedPrefixes: [10.1.0.0/16]\n      - gateway: vgw-prod\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet on a VGW that is on one DXGW and also has a private VIF attached directly', () => {
    const yaml = VGW_MODE.replace('vifs:\n', 'vifs:\n  - name: vif-direct\n    type: private\n    connection: dx-a\n    vlan: 300\n    gateway: vgw-prod\n');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
