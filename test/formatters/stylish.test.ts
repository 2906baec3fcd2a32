import { formatStylish } from '../../src/formatters/stylish';
import { cleanReport, sampleReport } from './report';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

describe('stylish formatter', () => {
  const plain = formatStylish(sampleReport(), { color: false });
  const lines = plain.split('\n');

  it('has no ANSI escapes without colour, even from a message that contains one', () => {
    expect(plain).not.toMatch(/\u001b/);
    expect(plain).toContain('second line \\x1B[31mred');
  });

  it('groups by file with a header, a line per diagnostic and a fix line under it', () => {
    expect(lines).toEqual([
      'net/other.yaml',
      '  net/other.yaml:3:6  info     ASN 65000 is private                                     bgp-asn-private',
      '                               → fix: use a public ASN for public VIFs',
      '',
      'topo.yaml',
      '  topo.yaml:41:11     error    VLAN 101 is already used by vif-prod on connection dx-a  vif-vlan-unique',
      '                               → fix: pick a VLAN id unused on dx-a',
      '  topo.yaml:52:7      error    prefix 10.0.0.0/8: 100% of "a,b" <&> \'x\'                 vif-vlan-unique',
      '                               second line \\x1B[31mred',
      '                               → fix: fix it, now: 50%',
      '  topo.yaml:60:3      warning  site hq reaches AWS only through EqDC2                   res-single-location',
      '                               → fix: add a connection at a second location',
      '',
      '✖ 4 problems (2 errors, 1 warning, 1 info), 1 suppressed',
      '',
    ]);
  });

  it('does not list a file without problems nor the suppressed finding', () => {
    expect(plain).not.toContain('clean.yaml');
    expect(plain).not.toContain('site lab');
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish(cleanReport(), { color: false })).toBe('✔ no problems in 1 file\n');
    const report = cleanReport();
    report.summary = { ...report.summary, files: 2, suppressed: 3 };
    expect(formatStylish(report, { color: false })).toBe('✔ no problems in 2 files, 3 suppressed\n');
  });

  it('summarises warnings-only and info-only runs without an error cross', () => {
    const report = sampleReport();
    report.summary = { errors: 0, warnings: 1, infos: 0, files: 1, suppressed: 0 };
    expect(formatStylish(report, { color: false }).trimEnd().split('\n').pop()).toBe('⚠ 1 problem (0 errors, 1 warning)');
    report.summary = { errors: 0, warnings: 0, infos: 2, files: 1, suppressed: 0 };
    expect(formatStylish(report, { color: false }).trimEnd().split('\n').pop()).toBe('ℹ 2 problems (0 errors, 0 warnings, 2 infos)');
  });

  it('colours severities, file names and the summary when asked', () => {
    const coloured = formatStylish(sampleReport(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31merror'); // red
    expect(coloured).toContain('\u001b[33mwarning'); // yellow
    expect(coloured).toContain('\u001b[34minfo'); // blue
    expect(coloured).toMatch(/\u001b\[1m\u001b\[4mtopo\.yaml/); // bold, underlined
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1m✖ 4 problems/);
    // The same text once the codes are gone, and the message's own ESC is still neutralised.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('neutralises terminal control and bidi characters in names and messages', () => {
    const report = sampleReport();
    report.files[0].diagnostics[0] = { ...report.files[0].diagnostics[0], file: 'a\u009bb.yaml', message: 'x\u202ey\rz', hint: 'p\u0007q' };
    report.files[0].file = 'a\u009bb.yaml';
    const out = formatStylish(report, { color: false });
    expect(out).toContain('a\\x9Bb.yaml:3:6');
    expect(out).toContain('x\\u202Ey\\x0Dz');
    expect(out).toContain('→ fix: p\\x07q');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('does not push the rule column past a cap for a very long message', () => {
    const report = sampleReport();
    const long = 'x'.repeat(200);
    report.files[0].diagnostics[0] = { ...report.files[0].diagnostics[0], message: long };
    const out = formatStylish(report, { color: false }).split('\n');
    expect(out[1]).toContain(`${long}  bgp-asn-private`);
    const vlan = out.find((l) => l.includes('topo.yaml:41:11'))!;
    expect(vlan.indexOf('vif-vlan-unique')).toBeLessThan(31 + 72 + 3);
  });
});
