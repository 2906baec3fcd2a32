import { BASE, findings, ruleIds } from '../../helpers';
import { addedIds, edit, lineOf } from '../../helpers';

const RULE = 'host-outside-site';

describe(RULE, () => {
  it('fires on a host address outside every site CIDR, on the ip value', () => {
    const yaml = edit(BASE, 'ip: 10.0.1.10', 'ip: 10.9.1.10');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toHaveLength(0);
    expect(d.path).toEqual(['sites', 0, 'hosts', 0, 'ip']);
    expect(d.line).toBe(lineOf(yaml, 'ip: 10.9.1.10'));
    expect(d.severity).toBe('error');
    expect(d.message).toContain('app1');
    expect(d.message).toContain('10.9.1.10');
    expect(d.message).toContain('site hq');
    expect(d.message).toContain('10.0.0.0/16');
    expect(addedIds(yaml)).toEqual([RULE]);
  });

  it('fires on an IPv6 host in an IPv4-only site', () => {
    const yaml = edit(BASE, 'ip: 10.0.1.10', 'ip: 2001:db8::10');
    expect(findings(yaml, RULE).map((d) => d.message)).toEqual([
      expect.stringContaining('2001:db8::10'),
    ]);
  });

  it('reports each stray host once, and only the stray ones', () => {
    const yaml = edit(BASE, '        ip: 10.0.1.10\n', '        ip: 10.0.1.10\n      - name: app2\n        ip: 192.168.1.1\n      - name: app3\n        ip: 172.16.0.1\n');
    const ds = findings(yaml, RULE);
    expect(ds.map((d) => d.path)).toEqual([['sites', 0, 'hosts', 1, 'ip'], ['sites', 0, 'hosts', 2, 'ip']]);
  });

  it('stays quiet on the valid base topology', () => {
    expect(findings(BASE, RULE)).toEqual([]);
  });

  it('stays quiet when the host is inside any of several CIDRs', () => {
    const yaml = edit(edit(BASE, 'cidrs: [10.0.0.0/16]', 'cidrs: [10.0.0.0/16, 192.168.0.0/24]'), 'ip: 10.0.1.10', 'ip: 192.168.0.255');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('stays quiet when the site declares no cidrs (nothing to check against)', () => {
    const yaml = edit(BASE, '    cidrs: [10.0.0.0/16]\n', '');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('leaves an unparseable site CIDR to cidr-invalid', () => {
    const yaml = edit(BASE, 'cidrs: [10.0.0.0/16]', 'cidrs: [10.0.0.1/16]');
    expect(ruleIds(yaml)).toContain('cidr-invalid');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('leaves an unparseable host address to cidr-invalid', () => {
    const yaml = edit(BASE, 'ip: 10.0.1.10', 'ip: 10.0.1.300');
    expect(ruleIds(yaml)).toContain('cidr-invalid');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
