import { BASE, findings, ruleIds, validateYaml } from '../helpers';

describe('loader: schema findings', () => {
  test('a clean topology gives no loader finding', () => {
    const ids = ruleIds(BASE);
    for (const id of ['schema-unknown-key', 'schema-type', 'schema-required', 'ref-unknown', 'name-duplicate', 'cidr-invalid']) {
      expect(ids).not.toContain(id);
    }
  });

  test('an unknown key is reported on the key, with a suggestion', () => {
    const yaml = BASE.replace('    vlan: 101\n', '    vlan: 101\n    vlna: 3\n');
    const [d] = findings(yaml, 'schema-unknown-key');
    expect(d.message).toContain('`vlna`');
    expect(d.hint).toBe('did you mean `vlan`?');
    expect(d.path).toEqual(['vifs', 0, 'vlna']);
    expect(d.line).toBe(BASE.split('\n').findIndex((l) => l.includes('vlan: 101')) + 2);
    expect(d.column).toBe(5);
  });

  test('x- keys and ignore entries are free', () => {
    const yaml = BASE.replace('    vlan: 101\n', '    vlan: 101\n    x-ticket: NET-12\n    ignore: [{ rule: vif-bgp-auth, reason: lab }]\n');
    expect(ruleIds(yaml)).not.toContain('schema-unknown-key');
  });

  test('__proto__ and constructor keys are unknown keys, and pollute nothing', () => {
    const yaml = BASE.replace('    vlan: 101\n', '    vlan: 101\n    __proto__: { polluted: true }\n    constructor: 1\n');
    const keys = findings(yaml, 'schema-unknown-key').map((d) => d.path[2]);
    expect(keys).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a wrongly typed optional key is reported and treated as omitted', () => {
    const yaml = BASE.replace('    bgpAuthKey: true\n', '    bgpAuthKey: yes\n').replace('    vlan: 101\n', '    vlan: 101\n    mtu: "9001"\n');
    const ds = findings(yaml, 'schema-type');
    expect(ds.map((d) => d.path)).toEqual([['vifs', 0, 'mtu'], ['vifs', 0, 'bgpAuthKey']]);
    expect(ds[1].message).toBe('expected true or false, got text "yes"');
    // The VIF is still in the model: the private VIF's other rules keep running.
    expect(ruleIds(yaml)).not.toContain('conn-unused');
  });

  test('an unknown enum value suggests the nearest', () => {
    const [d] = findings(BASE.replace('type: private', 'type: privat'), 'schema-type');
    expect(d.message).toContain('one of private, public, transit');
    expect(d.hint).toBe('did you mean private?');
  });

  test('numbers too large to represent are a type error, not Infinity', () => {
    const [d] = findings(BASE.replace('    asn: 65010\n', '    asn: 1e999\n'), 'schema-type');
    expect(d.message).toBe('expected a whole number, got a number too large to represent');
  });

  test('a monthly volume above what the largest LAG carries in a 31-day month is a type error', () => {
    const yaml = `${BASE}traffic:\n  - {from: orders-db, to: hq, gbPerMonth: 1e300}\n  - {from: orders-db, to: hq, gbPerMonth: 267840000}\n`;
    const [d, ...rest] = findings(yaml, 'schema-type');
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['traffic', 0, 'gbPerMonth']);
    expect(d.message).toBe('expected a number from 0 to 267,840,000, got the number 1e+300');
    expect(d.hint).toBe('267,840,000 is what the largest LAG, 2 × 400 Gbps, carries in a 31-day month; check the unit and the number of zeros');
  });

  test('a malformed bandwidth is a type error', () => {
    const [d] = findings(BASE.replace('bandwidth: 10Gbps', 'bandwidth: 10G'), 'schema-type');
    expect(d.message).toContain('a bandwidth such as 1Gbps');
    expect(d.path).toEqual(['connections', 0, 'bandwidth']);
  });

  test('a missing required key drops the entity, and references to it stay quiet', () => {
    const yaml = BASE.replace('    bandwidth: 10Gbps\n', '');
    const r = validateYaml(yaml);
    const ds = r.diagnostics.filter((d) => d.severity === 'error');
    expect(ds.map((d) => d.rule)).toEqual(['schema-required']);
    expect(ds[0].message).toBe('the connection has no `bandwidth`, which is required');
    expect(ds[0].path).toEqual(['connections', 0]);
  });

  test('a dangling reference names the closest existing entity', () => {
    const [d] = findings(BASE.replace('    router: hq-r1\n', '    router: hq-rt1\n'), 'ref-unknown');
    expect(d.message).toBe("the connection's router names hq-rt1, which is not defined");
    expect(d.hint).toBe('did you mean hq-r1?');
    expect(d.path).toEqual(['connections', 0, 'router']);
  });

  test('a reference to the wrong kind of entity is ref-unknown', () => {
    const [d] = findings(BASE.replace('    connection: dx-a\n', '    connection: vgw-prod\n'), 'ref-unknown');
    expect(d.message).toContain('vgw-prod, a VGW; it must be a connection or LAG');
  });

  test('a duplicate name is reported on the later entity, naming the earlier', () => {
    const yaml = BASE.replace('      - name: hq-r2\n', '      - name: hq-r1\n');
    const [d] = findings(yaml, 'name-duplicate');
    expect(d.path).toEqual(['sites', 0, 'routers', 1, 'name']);
    expect(d.message).toBe('the name hq-r1 is already used by the router at sites[0].routers[0]');
  });

  test('names are unique across kinds', () => {
    const [d] = findings(BASE.replace('  - name: EqDC2\n', '  - name: hq\n').replace('location: EqDC2', 'location: hq'), 'name-duplicate');
    expect(d.message).toContain('the site at sites[0]');
  });

  test('a prefix with host bits set is cidr-invalid, with the network to use', () => {
    const [d] = findings(BASE.replace('advertise: [10.0.0.0/16]', 'advertise: [10.0.0.1/16]'), 'cidr-invalid');
    expect(d.message).toBe('10.0.0.1/16 has host bits set: the network is 10.0.0.0/16');
    expect(d.path).toEqual(['vifs', 0, 'advertise', 0]);
  });

  test('peer addresses carry a mask and are not prefixes', () => {
    expect(ruleIds(BASE)).not.toContain('cidr-invalid');
  });

  test('x- keys under policy.rules are free, and a quoted "off" turns a rule off', () => {
    const yaml = BASE.replace('bgpAuthKey: true', 'bgpAuthKey: false') + 'policy:\n  rules:\n    x-owner: netops\n    vif-bgp-auth: "off"\n';
    expect(validateYaml(yaml).diagnostics.map((d) => d.rule)).toEqual(['res-single-connection']);
  });

  test('policy.rules and ignore naming no rule are ref-unknown with a suggestion', () => {
    const yaml = `${BASE}policy:\n  rules:\n    vif-bgp-authentication: off\n`;
    const [d] = findings(yaml, 'ref-unknown');
    expect(d.message).toBe('no rule has the id vif-bgp-authentication');
    expect(d.hint).toContain('did you mean vif-bgp-auth?');
  });

  test('an ignore entry without a reason is schema-required', () => {
    const yaml = BASE.replace('    vlan: 101\n', '    vlan: 101\n    ignore: [{ rule: vif-bgp-auth }]\n');
    expect(findings(yaml, 'schema-required')[0].message).toBe('the ignore entry has no `reason`, which is required');
  });
});

describe('loader: documents that are not topologies', () => {
  const fatal = (text: string | Buffer) => validateYaml(typeof text === 'string' ? text : text.toString('latin1'));

  test('an empty file is topology-version', () => {
    const r = fatal('');
    expect(r.fatal).toBe(true);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['topology-version']);
    expect(r.diagnostics[0].message).toContain('empty');
  });

  test('a list is not a topology', () => {
    expect(fatal('- a\n- b\n').diagnostics[0].message).toContain('not a mapping');
  });

  test('version 2 is reported at the version value', () => {
    const [d] = fatal('name: x\nversion: 2\n').diagnostics;
    expect([d.rule, d.line, d.column]).toEqual(['topology-version', 2, 10]);
  });

  test('several documents are yaml-syntax', () => {
    const r = fatal('version: 1\n---\nversion: 1\n');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(r.diagnostics[0].message).toContain('several YAML documents');
  });

  test('a repeated key names the key', () => {
    const [d] = fatal('version: 1\nname: a\nname: b\n').diagnostics;
    expect(d.message).toContain('`name` appears twice');
    expect(d.line).toBe(3);
  });

  test('bytes that are not UTF-8 are yaml-syntax with the offset', () => {
    const { validateBytes } = require('../../src/engine/validate');
    const r = validateBytes('x.yaml', Buffer.from([0x76, 0x3a, 0x20, 0x31, 0x0a, 0x6e, 0x3a, 0xff, 0x0a]));
    expect(r.fatal).toBe(true);
    expect(r.diagnostics[0].message).toBe('the file is not UTF-8 text: invalid byte at offset 7');
    expect([r.diagnostics[0].line, r.diagnostics[0].column]).toEqual([2, 3]);
  });

  test('a byte-order mark and CRLF line ends change no column', () => {
    const text = `\ufeff${BASE.replace('bandwidth: 10Gbps', 'bandwidth: 10G')}`.replace(/\n/g, '\r\n');
    const [d] = findings(text, 'schema-type');
    const lines = BASE.split('\n');
    const line = lines.findIndex((l) => l.includes('bandwidth: 10Gbps')) + 1;
    expect([d.line, d.column]).toEqual([line, lines[line - 1].indexOf('10G') + 1]);
  });

  test('an alias bomb is input-limit', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = fatal(`version: 1\n${lines.join('\n')}\n`);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['input-limit']);
    expect(r.diagnostics[0].message).toContain('alias');
  });

  test('100,000-deep flow nesting is input-limit', () => {
    const r = fatal(`version: 1\nx: ${'['.repeat(100000)}${']'.repeat(100000)}\n`);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['input-limit']);
    expect(r.diagnostics[0].message).toContain('256');
  });

  test('5,000-deep block nesting is input-limit', () => {
    let text = 'version: 1\n';
    for (let i = 0; i < 5000; i++) text += `${' '.repeat(i)}k${i}:\n`;
    expect(fatal(text).diagnostics.map((d) => d.rule)).toEqual(['input-limit']);
  });

  test('a moderately nested but legal document is not refused', () => {
    expect(ruleIds(BASE)).not.toContain('input-limit');
  });
});

describe('loader: positions of list items after an invalid one', () => {
  test('a rule reports on the item where it stands in the file', () => {
    const yaml = BASE.replace(/vifs:\n/, `vifs:
  - name: vif-pub
    type: public
    connection: dx-a
    vlan: 300
    advertise: [10.0.0.1/16, 192.168.0.0/16]
`);
    const [d] = findings(yaml, 'pubvif-prefixes');
    expect(d.path).toEqual(['vifs', 0, 'advertise', 1]);
  });

  test('a malformed gateway drops the VIF with one diagnostic', () => {
    const yaml = BASE.replace('    gateway: vgw-prod\n', '    gateway: 5\n');
    expect(validateYaml(yaml).diagnostics.map((d) => d.rule)).toEqual(['schema-type']);
  });
});

describe('loader: free text', () => {
  test('longer than 1,024 characters is a type error, not a clean file', () => {
    const [d] = findings(BASE.replace('name: test\n', `name: ${'n'.repeat(8 * 1024 * 1024)}\n`), 'schema-type');
    expect(d.message).toMatch(/^expected text of at most 1024 characters, got text "n{40}…"$/);
    expect(d.path).toEqual(['name']);
  });

  test('up to 1,024 characters is fine', () => {
    expect(findings(BASE.replace('name: test\n', `name: ${'n'.repeat(1024)}\n`), 'schema-type')).toEqual([]);
  });
});

describe('loader: names', () => {
  test.each([['a bidi override', 'vgw\u202eorp'], ['a zero-width space', 'vgw\u200bprod'], ['a right-to-left mark', 'vgw-prod\u200f']])(
    'a name with %s is a type error: it would not read as it resolves', (_what, name) => {
      const [d] = findings(BASE.replace('  - name: vgw-prod\n', `  - name: "${name}"\n`), 'schema-type');
      expect(d.message).toContain('without whitespace, control or invisible formatting characters');
      expect(d.path).toEqual(['vgws', 0, 'name']);
    });

  test('letters of any script, accents and emoji are fine', () => {
    const yaml = BASE.replace('      - name: hq-r2\n', '      - name: "Zürich-路由器-😀"\n');
    expect(findings(yaml, 'schema-type')).toEqual([]);
  });
});

describe('loader: cidr-invalid hints fit the value', () => {
  test('an interface address is asked for with its mask, an address without one', () => {
    const peer = findings(BASE.replace('amazonAddress: 169.254.10.1/30', 'amazonAddress: 169.254.10.1'), 'cidr-invalid')[0];
    expect(peer.hint).toBe('write an interface address with its mask such as 169.254.10.1/30');
    const host = findings(BASE.replace('ip: 10.0.1.10', 'ip: 10.0.1.300'), 'cidr-invalid')[0];
    expect(host.hint).toBe('write an IP address such as 10.0.1.10');
  });
});
