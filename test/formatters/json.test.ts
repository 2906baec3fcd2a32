import { formatJson } from '../../src/formatters/json';
import { ASN, NASTY, NASTY_DIAG, RES, SUPPRESSED, VLAN, cleanReport, sampleReport } from './report';

describe('json formatter', () => {
  const text = formatJson(sampleReport(), { color: true });
  const out = JSON.parse(text);

  it('is pretty-printed with 2 spaces, ends with a newline and never colours', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "diagnostics": [');
    expect(text).not.toMatch(/\u001b/);
  });

  it('lists every diagnostic with exactly the cli.md fields, in engine order', () => {
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary', 'suppressed']);
    expect(out.diagnostics).toHaveLength(4);
    for (const d of out.diagnostics) {
      expect(Object.keys(d)).toEqual(['rule', 'severity', 'message', 'hint', 'file', 'line', 'column', 'path']);
    }
    expect(out.diagnostics[0]).toEqual({ ...ASN, path: ['asn'] });
    expect(out.diagnostics[1]).toEqual({
      rule: 'vif-vlan-unique', severity: 'error',
      message: 'VLAN 101 is already used by vif-prod on connection dx-a',
      hint: 'pick a VLAN id unused on dx-a',
      file: 'topo.yaml', line: 41, column: 11, path: ['vifs', 2, 'vlan'],
    });
    expect(out.diagnostics.map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`))
      .toEqual([ASN, VLAN, NASTY_DIAG, RES].map((d) => `${d.rule}@${d.line}`));
  });

  it('round-trips a message with special characters unchanged', () => {
    expect(out.diagnostics[2].message).toBe(NASTY);
  });

  it('has the summary and the suppressed findings with their reason', () => {
    expect(out.summary).toEqual({ errors: 2, warnings: 1, infos: 1, files: 3, suppressed: 1 });
    expect(out.suppressed).toEqual([{
      rule: SUPPRESSED.rule, severity: 'warning', message: SUPPRESSED.message, hint: SUPPRESSED.hint,
      file: 'topo.yaml', line: 70, column: 3, path: ['sites', 1], reason: 'lab, accepted risk',
    }]);
  });

  it('drops fields the engine objects carry beyond the documented shape', () => {
    const report = sampleReport();
    (report.files[0].diagnostics[0] as unknown as Record<string, unknown>).internal = 'x';
    expect(JSON.parse(formatJson(report, { color: false })).diagnostics[0]).not.toHaveProperty('internal');
  });

  it('renders a clean run as empty lists', () => {
    expect(JSON.parse(formatJson(cleanReport(), { color: false }))).toEqual({
      diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, files: 1, suppressed: 0 }, suppressed: [],
    });
  });
});
