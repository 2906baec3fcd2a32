import { formatValidate, isValidateFormat, VALIDATE_FORMATS, VALIDATE_FORMATTERS } from '../../src/formatters/index';
import { sampleReport } from './report';

describe('validate formatter registry', () => {
  it('lists the formats of cli.md, stylish first (the default)', () => {
    expect(VALIDATE_FORMATS).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    expect(Object.keys(VALIDATE_FORMATTERS).sort()).toEqual([...VALIDATE_FORMATS].sort());
  });

  it('dispatches by name', () => {
    expect(JSON.parse(formatValidate('json', sampleReport(), { color: false })).summary.errors).toBe(2);
    expect(formatValidate('github', sampleReport(), { color: false })).toMatch(/^::notice /);
    expect(formatValidate('junit', sampleReport(), { color: false })).toMatch(/^<\?xml/);
    expect(JSON.parse(formatValidate('sarif', sampleReport(), { color: false })).version).toBe('2.1.0');
    expect(formatValidate('stylish', sampleReport(), { color: false })).toContain('✖ 4 problems');
  });

  it('only stylish colours, whatever the options say', () => {
    for (const name of VALIDATE_FORMATS) {
      const out = formatValidate(name, sampleReport(), { color: true });
      if (name === 'stylish') expect(out).toMatch(/\u001b\[/);
      else expect(out).not.toMatch(/\u001b\[[0-9;]*m/);
    }
  });

  it('rejects an unknown name', () => {
    expect(isValidateFormat('sarif')).toBe(true);
    expect(isValidateFormat('table')).toBe(false);
    expect(() => formatValidate('table' as never, sampleReport(), { color: false })).toThrow(/unknown format "table"/);
  });
});
