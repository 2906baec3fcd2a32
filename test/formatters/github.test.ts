import { escapeGithubData, escapeGithubProperty, formatGithub } from '../../src/formatters/github';
import { cleanReport, sampleReport } from './report';

describe('github formatter', () => {
  const text = formatGithub(sampleReport(), { color: true });
  const lines = text.split('\n');

  it('writes one workflow command per diagnostic, each on its own line', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.slice(0, -1)).toHaveLength(4);
    expect(lines[4]).toBe('');
  });

  it('maps severities to ::error, ::warning and ::notice with file, line, col and title', () => {
    expect(lines[0]).toBe('::notice file=net/other.yaml,line=3,col=6,title=bgp-asn-private::ASN 65000 is private%0Afix: use a public ASN for public VIFs');
    expect(lines[1]).toBe('::error file=topo.yaml,line=41,col=11,title=vif-vlan-unique::VLAN 101 is already used by vif-prod on connection dx-a%0Afix: pick a VLAN id unused on dx-a');
    expect(lines[3]).toMatch(/^::warning file=topo\.yaml,line=60,col=3,title=res-single-location::site hq/);
  });

  it('escapes the message as @actions/core does and shows control characters', () => {
    expect(lines[2]).toBe(
      '::error file=topo.yaml,line=52,col=7,title=vif-vlan-unique::'
      + 'prefix 10.0.0.0/8: 100%25 of "a,b" <&> \'x\'%0Asecond line \\x1B[31mred%0Afix: fix it, now: 50%25',
    );
    expect(text).not.toMatch(/\u001b/);
  });

  it('leaves suppressed findings out', () => {
    expect(text).not.toContain('site lab');
  });

  it('escapes property values additionally for : and ,', () => {
    const report = sampleReport();
    report.files[0].diagnostics[0] = { ...report.files[0].diagnostics[0], file: 'C:\\net,a%b\r\n.yaml' };
    expect(formatGithub(report, { color: false }).split('\n')[0])
      .toMatch(/^::notice file=C%3A\\net%2Ca%25b%0D%0A\.yaml,line=3,col=6,title=bgp-asn-private::/);
  });

  it('has the toolkit escaping functions', () => {
    expect(escapeGithubData('50%\r\n: ,')).toBe('50%25%0D%0A: ,');
    expect(escapeGithubProperty('50%\r\n: ,')).toBe('50%25%0D%0A%3A %2C');
    // `%` first, so an escape is never escaped twice.
    expect(escapeGithubData('%0A')).toBe('%250A');
  });

  it('writes nothing for a clean run', () => {
    expect(formatGithub(cleanReport(), { color: false })).toBe('');
  });
});
