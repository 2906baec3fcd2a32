import { artifactUri, formatSarif } from '../../src/formatters/sarif';
import { NASTY, RULES, cleanReport, sampleReport } from './report';

describe('sarif formatter', () => {
  const text = formatSarif(sampleReport(), { color: true });
  const log = JSON.parse(text);
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run, never coloured', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(text).not.toMatch(/\u001b/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the tool and describes every rule of the catalog', () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe('dxplan');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(driver.rules[0]).toEqual({
      id: 'vif-vlan-unique',
      shortDescription: { text: RULES[0].description },
      fullDescription: { text: RULES[0].why },
      help: { text: `${RULES[0].hint}\n\n${RULES[0].source}` },
      helpUri: RULES[0].source,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['vifs'] },
    });
    expect(driver.rules[1].defaultConfiguration.level).toBe('warning');
    expect(driver.rules[2].defaultConfiguration.level).toBe('note');
    // The source is not a URL: no helpUri.
    expect(driver.rules[2]).not.toHaveProperty('helpUri');
  });

  it('has a result per diagnostic with rule, index, level, message + hint and location', () => {
    expect(run.results).toHaveLength(5);
    expect(run.results[1]).toEqual({
      ruleId: 'vif-vlan-unique',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'VLAN 101 is already used by vif-prod on connection dx-a\nFix: pick a VLAN id unused on dx-a' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'topo.yaml' }, region: { startLine: 41, startColumn: 11 } } }],
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'error', 'error', 'warning', 'warning']);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('net/other.yaml');
    expect(run.results[2].message.text).toBe(`${NASTY}\nFix: fix it, now: 50%`);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('reports suppressed findings with an in-source suppression and its justification', () => {
    const suppressed = run.results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('res-single-location');
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'lab, accepted risk' }]);
    expect(suppressed[0].locations[0].physicalLocation.region).toEqual({ startLine: 70, startColumn: 3 });
  });

  it('adds a descriptor for a rule missing from the catalog so ruleIndex stays valid', () => {
    const report = sampleReport();
    report.files[0].diagnostics[0] = { ...report.files[0].diagnostics[0], rule: 'internal-error' };
    const r = JSON.parse(formatSarif(report, { color: false })).runs[0];
    expect(r.tool.driver.rules).toHaveLength(4);
    expect(r.tool.driver.rules[r.results[0].ruleIndex].id).toBe('internal-error');
  });

  it('writes file paths as relative URI references with forward slashes', () => {
    expect(artifactUri('topo.yaml')).toBe('topo.yaml');
    expect(artifactUri('./net/prod topo.yaml')).toBe('net/prod%20topo.yaml');
    expect(artifactUri('net\\prod\\a#1.yaml')).toBe('net/prod/a%231.yaml');
    expect(artifactUri('/srv/net/topo.yaml')).toBe('file:///srv/net/topo.yaml');
    expect(artifactUri('C:\\net\\topo.yaml')).toBe('file:///C:/net/topo.yaml');
  });

  it('keeps regions 1-based', () => {
    const report = sampleReport();
    report.files[0].diagnostics[0] = { ...report.files[0].diagnostics[0], line: 0, column: 0 };
    const r = JSON.parse(formatSarif(report, { color: false })).runs[0];
    expect(r.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('has an empty results list for a clean run', () => {
    expect(JSON.parse(formatSarif(cleanReport(), { color: false })).runs[0].results).toEqual([]);
  });
});
