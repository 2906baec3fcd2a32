// Matching diagnostics between two versions: by rule, severity, path and message, with list
// positions replaced by what the item is, as multisets.
import { diffDiagnostics, pathNormalizer } from '../../src/diff/diagnostics';
import type { Diagnostic } from '../../src/engine/load';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  rule: 'vif-vlan-unique', severity: 'error', message: 'm', hint: '', file: 'f.yaml', line: 1, column: 1, path: [], ...over,
});

describe('pathNormalizer', () => {
  const data = {
    vifs: [{ name: 'a', advertise: ['10.0.0.0/16', '10.1.0.0/16'] }, { name: 'b' }, { vlan: 3 }, { name: 'a' }],
    intents: [{ from: 'x', to: 'y', via: 'private' }],
    vpcs: [{ name: 'prod', endpoints: [{ service: 's3', type: 'gateway' }] }],
  };
  const norm = pathNormalizer(data);
  const show = (p: (string | number)[]) => norm(p).split('\u0000');

  test('list items become their name, from→to, service or value', () => {
    expect(show(['vifs', 1, 'vlan'])).toEqual(['vifs', 'name=b', 'vlan']);
    expect(show(['vifs', 0, 'advertise', 1])).toEqual(['vifs', 'name=a', 'advertise', '=10.1.0.0/16']);
    expect(show(['intents', 0])).toEqual(['intents', 'x→y via private']);
    expect(show(['vpcs', 0, 'endpoints', 0, 'type'])).toEqual(['vpcs', 'name=prod', 'endpoints', 'service=s3/gateway', 'type']);
  });

  test('an item that says nothing keeps its position; repeated names stay apart', () => {
    expect(show(['vifs', 2, 'vlan'])).toEqual(['vifs', '[2]', 'vlan']);
    expect(show(['vifs', 3])).toEqual(['vifs', 'name=a#2']);
  });

  test('a path past the document, or into nothing, still gives a key', () => {
    expect(show(['vifs', 9, 'vlan'])).toEqual(['vifs', '[9]', 'vlan']);
    expect(pathNormalizer(undefined)(['sites', 0])).toBe('sites\u00000');
  });
});

describe('diffDiagnostics', () => {
  const before = { vifs: [{ name: 'a' }, { name: 'b' }] };
  const after = { vifs: [{ name: 'new' }, { name: 'a' }, { name: 'b' }] };

  test('the same finding at another line and list position is unchanged', () => {
    const d = diffDiagnostics([diag({ path: ['vifs', 1, 'vlan'], line: 10 })], [diag({ path: ['vifs', 2, 'vlan'], line: 20 })], before, after);
    expect(d).toEqual({ added: [], removed: [], unchanged: 1 });
  });

  test('another message, rule or severity is another finding', () => {
    const old = [diag({ path: ['vifs', 1] })];
    expect(diffDiagnostics(old, [diag({ path: ['vifs', 2], message: 'other' })], before, after).added).toHaveLength(1);
    expect(diffDiagnostics(old, [diag({ path: ['vifs', 2], rule: 'vif-mtu' })], before, after).removed).toHaveLength(1);
    expect(diffDiagnostics(old, [diag({ path: ['vifs', 2], severity: 'warning' })], before, after).unchanged).toBe(0);
  });

  test('multisets: twice before and once after is one removed', () => {
    const twice = [diag({ line: 1 }), diag({ line: 2 })];
    const d = diffDiagnostics(twice, [diag({ line: 5 })], {}, {});
    expect(d.unchanged).toBe(1);
    expect(d.removed.map((x) => x.line)).toEqual([2]);
  });

  test('added and removed come out sorted by position', () => {
    const d = diffDiagnostics([], [diag({ line: 9, message: 'b' }), diag({ line: 2, message: 'a' })], {}, {});
    expect(d.added.map((x) => x.line)).toEqual([2, 9]);
  });
});
