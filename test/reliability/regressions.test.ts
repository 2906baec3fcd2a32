// Failures the reliability properties and the hostile corpus found, each fixed and kept here.
import { validateBytes } from '../../src/engine/validate';
import { parseSource } from '../../src/source/document';
import { BASE } from '../helpers';
import { checkCrlfEquivalent, checkValidate } from './properties';
import { sourceApi } from './api';
import type { Api } from './properties';

let api: Api;
beforeAll(async () => {
  api = await sourceApi();
});

const run = (text: string) => validateBytes('t.yaml', Buffer.from(text, 'utf8')).diagnostics;
const brief = (text: string) => run(text).map((d) => [d.rule, d.line, d.column, d.message]);

describe('reliability regressions', () => {
  it('a self-referencing alias (&a [*a, *a]) is a yaml-syntax error, not a stack overflow', () => {
    expect(brief('&a [*a, *a]')).toEqual([['yaml-syntax', 1, 5, 'the alias *a refers to the node that contains it: a topology cannot contain itself']]);
    expect(brief('version: 1\nsites:\n  - &s { name: x, routers: [*s] }\n')[0].slice(0, 3)).toEqual(['yaml-syntax', 3, 29]);
    // A shared (non-cyclic) alias is fine.
    expect(run('version: 1\nx-a: &a { b: 1 }\nx-b: *a\n')).toEqual([]);
  });

  it('an error at the end of the file names the last line, not the one after it', () => {
    expect(brief('{ sites: .nan\n')).toEqual([['yaml-syntax', 1, 14, 'Flow map must end with a }']]);
    expect(checkValidate(api, Buffer.from('version: 1\nx: "unterminated\n\n\n')).every((d) => d.line <= 4)).toBe(true);
  });

  it('CRLF line endings give the same places as LF, even in the parser\'s error recovery', () => {
    checkCrlfEquivalent(api, '{\n  a: [\n  [\n  {\n  b: 1\n  }\n  ],\n  c: 2\n}\n');
    checkCrlfEquivalent(api, '{\n  c:\n    [\n      {\n          name: dx-4\n        }\n        }\n    ],\n  dxgws: [ { name: dxgw-7 } ],\n  d: 1\n}\n');
  });

  it('a bad `<<` merge key under %YAML 1.1 gets a clear message at the key', () => {
    expect(brief('%YAML 1.1\n---\nversion: 1\nx:\n  <<: yes\n')).toEqual([['yaml-syntax', 5, 3, 'a merge key `<<` must name a mapping or a list of mappings to merge']]);
  });

  it('a collection used as a key prints no Node warning, and is reported at the key', () => {
    checkValidate(api, Buffer.from('version: 1\n{a: 1}: x\n'));
    expect(brief('version: 1\n? [a, b]\n: x\n')).toEqual([['schema-unknown-key', 2, 3, 'unknown key `[ a, b ]` in a topology']]);
    expect(brief('version: 1\nsites:\n  - name: a\n    routers: [{ name: r }]\n    ? [x]\n    : 1\n')).toEqual([['schema-unknown-key', 5, 7, 'unknown key `[ x ]` in a site']]);
  });

  it('a null key is reported at the key, as an empty key', () => {
    expect(brief('version: 1\nnull: 1\n')).toEqual([['schema-unknown-key', 2, 1, 'an empty (null) key in a topology']]);
    expect(brief('version: 1\n~: 1\n')).toEqual([['schema-unknown-key', 2, 1, 'an empty (null) key in a topology']]);
  });

  it('NUL and other control characters are a yaml-syntax error at their place (the yaml package lets them through)', () => {
    expect(brief(BASE.replace('name: hq\n', 'name: h\0q\n'))).toEqual([['yaml-syntax', 5, 12, 'the file contains a NUL byte, which YAML text cannot hold']]);
    expect(brief('version: 1\n# a comment \u0001\n')).toEqual([['yaml-syntax', 2, 13, 'the file contains the control character U+0001, which YAML text cannot hold']]);
    expect(run('version: 1\nname: "spelled \\0 and \\e as escapes"\n')).toEqual([]);
  });

  it('messages show control, invisible and bidi characters from the file as escapes (no terminal injection)', () => {
    expect(brief('version: 1\n"\\e[2J\\e[31mred": 1\n')[0][3]).toBe('unknown key `\\u001b[2J\\u001b[31mred` in a topology');
    const rtl = run('version: 1\nsites:\n  - name: "a\\u202eb"\n    nmae: x\n    routers: [{ name: r }]\n');
    expect(rtl.map((d) => d.message).join(' ')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
  });

  it('a file of only comments says so; a text version says to drop the quotes; NaN is named', () => {
    expect(brief('# just a comment\n\n')).toEqual([['topology-version', 1, 1, 'the file holds only comments, no topology: a topology starts with `version: 1`']]);
    expect(brief('version: "1"\n')).toEqual([['topology-version', 1, 10, 'version "1" is text: write the number (`version: 1`, without quotes)']]);
    expect(brief('version: .nan\n')).toEqual([['topology-version', 1, 10, 'version NaN is not supported: only version 1 exists']]);
  });

  it('parseSource keeps CRLF files on the same lines and columns as LF ones', () => {
    const lf = parseSource('t', BASE);
    const crlf = parseSource('t', BASE.replace(/\n/g, '\r\n'));
    expect(lf.ok && crlf.ok).toBe(true);
    if (lf.ok && crlf.ok) expect(crlf.source.where.offsetOf(['vifs', 0, 'vlan'], false)).toBe(lf.source.where.offsetOf(['vifs', 0, 'vlan'], false));
  });
});
