import { formatJunit } from '../../src/formatters/junit';
import { cleanReport, sampleReport } from './report';
import { parseXml, type XmlElement } from './xml';

const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);

describe('junit formatter', () => {
  const text = formatJunit(sampleReport(), { color: true });
  const root = parseXml(text);

  it('is well-formed XML with an XML declaration and no colour', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(text.endsWith('</testsuites>\n')).toBe(true);
    expect(text).not.toMatch(/\u001b/);
  });

  it('has a dxplan testsuites root with totals', () => {
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ name: 'dxplan', tests: '6', failures: '3', skipped: '1' });
  });

  it('has one testsuite per file, with a passing testcase for a clean file', () => {
    expect(root.children.map((s) => s.name)).toEqual(['testsuite', 'testsuite', 'testsuite']);
    expect(root.children.map((s) => s.attrs.name)).toEqual(['net/other.yaml', 'clean.yaml', 'topo.yaml']);
    const clean = root.children[1];
    expect(clean.attrs).toMatchObject({ tests: '1', failures: '0' });
    expect(clean.children).toHaveLength(1);
    expect(clean.children[0]).toEqual({ name: 'testcase', attrs: { classname: 'clean.yaml', name: 'no problems' }, children: [], text: '' });
  });

  it('has a testcase per diagnostic named rule-id line:col, failing for errors and warnings', () => {
    const topo = root.children[2];
    expect(topo.attrs).toMatchObject({ tests: '4', failures: '3', skipped: '1' });
    expect(topo.children.map((t) => `${t.attrs.classname} | ${t.attrs.name}`)).toEqual([
      'topo.yaml | vif-vlan-unique 41:11',
      'topo.yaml | vif-vlan-unique 52:7',
      'topo.yaml | res-single-location 60:3',
      'topo.yaml | res-single-location 70:3',
    ]);
    const failure = child(topo.children[0], 'failure')!;
    expect(failure.attrs).toEqual({ message: 'VLAN 101 is already used by vif-prod on connection dx-a', type: 'error' });
    expect(failure.text).toContain('topo.yaml:41:11');
    expect(failure.text).toContain('fix: pick a VLAN id unused on dx-a');
    expect(child(topo.children[2], 'failure')!.attrs.type).toBe('warning');
  });

  it('escapes markup and keeps the newline, dropping the control character XML forbids', () => {
    const failure = child(root.children[2].children[1], 'failure')!;
    expect(failure.attrs.message).toBe('prefix 10.0.0.0/8: 100% of "a,b" <&> \'x\'\nsecond line [31mred');
    expect(failure.text).toContain('prefix 10.0.0.0/8: 100% of "a,b" <&> \'x\'\nsecond line [31mred');
    expect(text).toContain('&lt;&amp;&gt;');
    expect(text).toContain('&#10;');
  });

  it('passes an info with its message as output', () => {
    const info = root.children[0].children[0];
    expect(info.attrs.name).toBe('bgp-asn-private 3:6');
    expect(child(info, 'failure')).toBeUndefined();
    expect(child(info, 'system-out')!.text).toContain('ASN 65000 is private');
  });

  it('skips a suppressed finding with the reason', () => {
    const skipped = child(root.children[2].children[3], 'skipped')!;
    expect(skipped.attrs.message).toBe('suppressed: lab, accepted risk');
  });

  it('escapes file names and strips every character XML 1.0 forbids', () => {
    const report = cleanReport();
    report.files[0].file = 'a"b\'<c>&\u0000\u0007\u000b\ufffe\ud800.yaml';
    const r = parseXml(formatJunit(report, { color: false }));
    expect(r.children[0].attrs.name).toBe('a"b\'<c>&.yaml');
    expect(r.children[0].children[0].attrs.classname).toBe('a"b\'<c>&.yaml');
  });

  it('keeps astral characters (valid surrogate pairs)', () => {
    const report = cleanReport();
    report.files[0].file = 'dc-\u{1F310}.yaml';
    expect(parseXml(formatJunit(report, { color: false })).children[0].attrs.name).toBe('dc-\u{1F310}.yaml');
  });

  it('the checker rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1 < 2"/>')).toThrow();
    expect(() => parseXml('<a>&nope;</a>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
  });
});
