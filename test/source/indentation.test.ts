// One indentation slip is one yaml-syntax diagnostic at the slipped line, in words (issue 13,
// item 6); the parser's cascade behind it is not shown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { cli, tempDir } from '../cli/run';
import { BASE, edit, lineOf, validateYaml } from '../helpers';

const diagnostics = (yaml: string) => validateYaml(yaml).diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column, message: d.message, hint: d.hint }));

describe('an indentation slip', () => {
  it('a key one space short of its siblings: one diagnostic naming the key and both indents', () => {
    const yaml = edit(BASE, '    vlan: 101\n', '   vlan: 101\n');
    expect(diagnostics(yaml)).toEqual([{
      rule: 'yaml-syntax', line: lineOf(yaml, 'vlan: 101'), column: 4,
      message: '`vlan` is indented 3 spaces; its siblings 4',
      hint: 'indent `vlan` 4 spaces, like the lines it belongs with',
    }]);
    expect(validateYaml(yaml).fatal).toBe(true);
  });

  it('a key one space deeper than its siblings', () => {
    const yaml = edit(BASE, '    vlan: 101\n', '     vlan: 101\n');
    const ds = diagnostics(yaml);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toBe('`vlan` is indented 5 spaces; its siblings 4, and the line above opens no block under it');
    expect(ds[0].line).toBe(lineOf(yaml, 'vlan: 101'));
  });

  it('a tab in the indentation gets the same treatment', () => {
    const yaml = edit(BASE, '    vlan: 101\n', '\tvlan: 101\n');
    expect(diagnostics(yaml)).toEqual([{
      rule: 'yaml-syntax', line: lineOf(yaml, 'vlan: 101'), column: 1,
      message: '`vlan` is indented with a tab; YAML indents with spaces only',
      hint: 'replace the tab with spaces (its siblings are indented 4 spaces)',
    }]);
  });

  it('a key at the column of its list\'s dashes', () => {
    const yaml = edit(BASE, '    region: us-east-1\nconnections:', '  region: us-east-1\nconnections:');
    expect(diagnostics(yaml)).toEqual([{
      rule: 'yaml-syntax', line: lineOf(yaml, '  region: us-east-1\nconnections:'), column: 3,
      message: '`region` is indented 2 spaces; its siblings 4',
      hint: 'indent `region` 4 spaces, like the lines it belongs with',
    }]);
  });

  it('a list item among a mapping\'s keys (an intent added at the end of the file, under policy): one diagnostic in words', () => {
    const yaml = `${BASE}policy:\n  rules:\n    vif-bgp-auth: "off"\n  - from: app1\n    to: internet\n`;
    expect(diagnostics(yaml)).toEqual([{
      rule: 'yaml-syntax', line: lineOf(yaml, '  - from: app1'), column: 3,
      message: '`- from: app1` is a list item among the keys of a mapping (indented 2 spaces, like `rules`); no key above it opens a list',
      hint: 'move it under the list it belongs to (after that list\'s other items, indented like them)',
    }]);
  });

  it('a list written at its key\'s own column (`key:` then `- a`) is no slip, nor is a key after it', () => {
    const yaml = 'version: 1\nvpcs:\n- name: a\n  region: us-east-1\n  cidrs: [10.0.0.0/16]\n- name: b\n  region: us-east-1\n  cidrs: [10.1.0.0/16]\nname: compact\n';
    expect(diagnostics(yaml)).toEqual([]);
  });

  it('other syntax errors keep the parser\'s words', () => {
    const ds = diagnostics(edit(BASE, '    vlan: 101\n', '    vlan: "101\n'));
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.rule === 'yaml-syntax' && !d.message.includes('indented'))).toBe(true);
  });
});

describe('what `dxplan validate` prints for one slip', () => {
  test.each([
    ['three spaces for four', '   vlan: 101\n', 4, '`vlan` is indented 3 spaces; its siblings 4'],
    ['a tab', '\tvlan: 101\n', 1, '`vlan` is indented with a tab; YAML indents with spaces only'],
  ])('%s: one diagnostic at the slipped line, not the parser\'s cascade', async (_name, slipped, column, message) => {
    const yaml = edit(BASE, '    vlan: 101\n', slipped);
    // The cascade this suppresses: the parser alone reports many errors for this one slip.
    expect(parseDocument(yaml).errors.length).toBeGreaterThan(5);
    const dir = tempDir();
    writeFileSync(join(dir, 'topo.yaml'), yaml);
    const r = await cli(['validate', 'topo.yaml', '--no-color'], { cwd: dir });
    expect(r.code).toBe(2);
    const reported = r.stdout.split('\n').filter((l) => /^\s+topo\.yaml:\d+:\d+/.test(l));
    expect(reported).toEqual([`  topo.yaml:${lineOf(yaml, 'vlan: 101')}:${column}  error  ${message}  yaml-syntax`]);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });
});
