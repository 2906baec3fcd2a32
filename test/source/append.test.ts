import { appendToList } from '../../src/source/append';

const VPC = { name: 'new', region: 'us-east-1', cidrs: ['10.3.0.0/16'] };

function appended(text: string, section = 'vpcs'): string {
  const r = appendToList(text, section, VPC);
  if (!r.ok) throw new Error(r.error);
  return r.text;
}

describe('appendToList', () => {
  it('appends after the last item, before blank lines and the comments of the next section', () => {
    const text = 'version: 1\nvpcs:\n  - name: a   # first\n    region: us-east-1\n\n# VPNs below\nvpns: []\n';
    expect(appended(text)).toBe('version: 1\nvpcs:\n  - name: a   # first\n    region: us-east-1\n  - name: new\n    region: us-east-1\n    cidrs: [10.3.0.0/16]\n\n# VPNs below\nvpns: []\n');
  });

  it('follows the indentation the file uses for the list', () => {
    const text = 'version: 1\nvpcs:\n- name: a\n  region: us-east-1\n';
    expect(appended(text)).toBe(`${text}- name: new\n  region: us-east-1\n  cidrs: [10.3.0.0/16]\n`);
  });

  it('creates the section when it is missing, and ends a last line that had no newline', () => {
    expect(appended('version: 1\nname: x')).toBe('version: 1\nname: x\nvpcs:\n  - name: new\n    region: us-east-1\n    cidrs: [10.3.0.0/16]\n');
  });

  it('fills an empty list, written as nothing or as [], keeping its comment', () => {
    expect(appended('version: 1\nvpcs:\ntgws: []\n')).toBe('version: 1\nvpcs:\n  - name: new\n    region: us-east-1\n    cidrs: [10.3.0.0/16]\ntgws: []\n');
    expect(appended('version: 1\nvpcs: [] # none yet\n')).toBe('version: 1\nvpcs: # none yet\n  - name: new\n    region: us-east-1\n    cidrs: [10.3.0.0/16]\n');
  });

  it('adds to a flow list in flow style', () => {
    expect(appended('version: 1\nvpcs: [{name: a, region: us-east-1, cidrs: [10.1.0.0/16]}]\n'))
      .toBe('version: 1\nvpcs: [{name: a, region: us-east-1, cidrs: [10.1.0.0/16]}, {name: new, region: us-east-1, cidrs: [10.3.0.0/16]}]\n');
  });

  it('keeps CRLF line endings', () => {
    const text = 'version: 1\r\nvpcs:\r\n  - name: a\r\n    region: us-east-1\r\n';
    expect(appended(text)).toBe(`${text}  - name: new\r\n    region: us-east-1\r\n    cidrs: [10.3.0.0/16]\r\n`);
  });

  it('refuses a section that is not a list, and a file that does not parse', () => {
    expect(appendToList('version: 1\nvpcs: 3\n', 'vpcs', VPC)).toEqual({ ok: false, error: '`vpcs` is not a list' });
    expect(appendToList('version: 1\nvpcs: [\n', 'vpcs', VPC).ok).toBe(false);
  });

  it('refuses rather than change what the file says (a block scalar whose last line looks like a comment)', () => {
    const text = 'version: 1\nvpcs:\n  - name: a\n    x-notes: |\n      line one\n      # not a comment, text\n';
    expect(appendToList(text, 'vpcs', VPC)).toEqual({ ok: false, error: 'cannot add to `vpcs` without changing what the file says; add it by hand' });
  });
});
