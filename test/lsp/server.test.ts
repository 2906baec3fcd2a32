// The language server driven as an editor drives it: a real client over stdio (client.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECTIONS } from '../../src/model/schema';
import { LspClient, positionOf, ROOT, type PublishedDiagnostic } from './client';

const SPEC = readFileSync(join(ROOT, 'fixtures', 'spec-example.yaml'), 'utf8');
const URI = 'file:///work/project/dxplan.yaml';

interface TextEdit {
  range: PublishedDiagnostic['range'];
  newText: string;
}
interface CodeAction {
  title: string;
  edit: { changes: Record<string, TextEdit[]> };
}
interface CompletionItem {
  label: string;
}
interface Location {
  uri: string;
  range: PublishedDiagnostic['range'];
}
interface DocumentSymbol {
  name: string;
  children?: DocumentSymbol[];
}

/** Applies text edits the way an editor does (from the last to the first). */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const hoverText = (h: { contents: { value: string } } | null): string => h?.contents.value ?? '';

let client: LspClient;

beforeAll(async () => {
  client = new LspClient();
  const init = await client.initialize();
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, referencesProvider: true, documentSymbolProvider: true });
});

afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
});

describe('diagnostics as you type', () => {
  test('a VLAN edited into a clash is reported on the VLAN, then cleared when fixed', async () => {
    await client.open(URI, SPEC);
    expect(await client.diagnostics(URI, 1)).toEqual([]);

    // vif-public shares lag-a with vif-prod (VLAN 101): type 101 over its 102, as a keystroke edit.
    const at = positionOf(SPEC, 'vlan: 102', 0, 6);
    const clash = await client.edit(URI, { start: at, end: { line: at.line, character: at.character + 3 } }, '101');
    const found = await client.diagnostics(URI, clash);
    expect(found).toEqual([expect.objectContaining({
      code: 'vif-vlan-unique', severity: 1, source: 'dxplan', message: 'VLAN 101 is already used by vif-prod on LAG lag-a',
      range: { start: at, end: { line: at.line, character: at.character + 3 } },
    })]);

    const fixed = await client.edit(URI, { start: at, end: { line: at.line, character: at.character + 3 } }, '102');
    expect(await client.diagnostics(URI, fixed)).toEqual([]);
  });

  test('policy.rules changes the severity as validate does', async () => {
    const text = SPEC.replace('vlan: 102', 'vlan: 101').replace('    vif-bgp-auth: "off"', '    vif-bgp-auth: "off"\n    vif-vlan-unique: warning');
    const v = await client.change(URI, text);
    expect((await client.diagnostics(URI, v)).map((d) => [d.code, d.severity])).toEqual([['vif-vlan-unique', 2]]);
  });

  test('the diagnostics are validate\'s: same rules, messages, severities and start positions on every bad fixture', async () => {
    const dir = join(ROOT, 'fixtures', 'bad');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    let json: string;
    try {
      json = execFileSync(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'validate', '--format', 'json', ...files], { cwd: dir, encoding: 'utf8' });
    } catch (err) {
      json = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(json) as { diagnostics: { file: string; rule: string; severity: string; message: string; line: number; column: number }[] };
    const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };
    for (const file of files) {
      const uri = pathToFileURL(join(dir, file)).href;
      await client.open(uri, readFileSync(join(dir, file), 'utf8'));
      const got = (await client.diagnostics(uri, 1)).map((d) => [d.code, d.severity, d.message, d.range.start.line + 1, d.range.start.character + 1]);
      const want = report.diagnostics.filter((d) => d.file === file).map((d) => [d.rule, SEVERITY[d.severity], d.message, d.line, d.column]);
      expect({ file, diagnostics: got }).toEqual({ file, diagnostics: want });
      expect(got.length).toBeGreaterThan(0);
    }
  }, 120000);
});

describe('code actions', () => {
  test('"did you mean" replaces a misspelt reference, and the error goes away', async () => {
    const text = SPEC.replace('gateway: dxgw-main           #', 'gateway: dxgw-mian           #');
    const v = await client.change(URI, text);
    const d = (await client.diagnostics(URI, v)).find((x) => x.code === 'ref-unknown')!;
    const start = positionOf(text, 'dxgw-mian');
    expect(d).toMatchObject({ message: 'the VIF\'s gateway names dxgw-mian, which is not defined', range: { start, end: { line: start.line, character: start.character + 9 } } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.title === 'Change to dxgw-main');
    expect(fix).toBeDefined();
    const fixed = apply(text, fix!.edit.changes[URI]);
    expect(fixed).toBe(SPEC);
    expect(await client.diagnostics(URI, await client.change(URI, fixed))).toEqual([]);
  });

  test('"did you mean" renames a misspelt key', async () => {
    const text = SPEC.replace('vlan: 102', 'vlna: 102');
    const d = (await client.diagnostics(URI, await client.change(URI, text))).find((x) => x.code === 'schema-unknown-key')!;
    expect(d.range.start).toEqual(positionOf(text, 'vlna'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] },
    });
    expect(apply(text, actions.find((a) => a.title === 'Change to vlan')!.edit.changes[URI])).toBe(SPEC);
  });

  test('an ignore entry with a reason placeholder silences the rule on that entity', async () => {
    const text = SPEC.replace('vlan: 102', 'vlan: 101');
    const v = await client.change(URI, text);
    const [d] = await client.diagnostics(URI, v);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] },
    });
    const ignore = actions.find((a) => a.title === 'Ignore vif-vlan-unique on vif-public');
    expect(ignore).toBeDefined();
    const silenced = apply(text, ignore!.edit.changes[URI]);
    expect(silenced).toContain('    acceptScope: global          # which AWS prefixes the customer accepts: region | continent | global\n'
      + '    ignore: [{ rule: vif-vlan-unique, reason: "TODO: why this finding does not apply here" }]\n');
    expect(await client.diagnostics(URI, await client.change(URI, silenced))).toEqual([]);
  });
});

describe('hover', () => {
  beforeAll(async () => {
    await client.diagnostics(URI, await client.change(URI, SPEC));
  });

  const hover = async (text: string, needle: string, shift: number, n = 0): Promise<string> =>
    hoverText(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(text, needle, n, shift) }));

  test('on a diagnostic: the finding, its fix and what `dxplan rules <id>` says', async () => {
    const text = SPEC.replace('vlan: 102', 'vlan: 101');
    await client.diagnostics(URI, await client.change(URI, text));
    const shown = await hover(text, 'vlan: 101', 7, 2);
    expect(shown).toContain('VLAN 101 is already used by vif-prod on LAG lag-a');
    expect(shown).toContain('fix: pick a VLAN id unused on LAG lag-a');
    const rules = execFileSync(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'rules', 'vif-vlan-unique', '--no-color'], { encoding: 'utf8' });
    expect(shown).toContain(rules.trimEnd());
    await client.diagnostics(URI, await client.change(URI, SPEC));
  });

  test('on a rule id in policy.rules or in an ignore entry', async () => {
    expect(await hover(SPEC, 'vif-bgp-auth: "off"', 3)).toContain('vif-bgp-auth  (warning by default');
    const text = SPEC.replace('    acceptScope: global ', '    ignore: [{ rule: res-single-connection, reason: lab }]\n    acceptScope: global ');
    await client.diagnostics(URI, await client.change(URI, text));
    expect(await hover(text, 'rule: res-single-connection', 8)).toContain('res-single-connection  (');
    await client.diagnostics(URI, await client.change(URI, SPEC));
  });

  test('on a reference: one line about the entity it names', async () => {
    expect(await hover(SPEC, 'gateway: dxgw-main', 12)).toBe('Direct Connect gateway dxgw-main: ASN 64513, associations vgw-prod');
    expect(await hover(SPEC, 'connection: dx-b', 13)).toBe('connection dx-b: dedicated 10Gbps at CSVA1, router hq-r2');
  });

  test('on a VIF: its paths to the VPCs it reaches, from the routing engine', async () => {
    const shown = await hover(SPEC, 'name: vif-prod-b', 8);
    expect(shown).toContain('private VIF vif-prod-b: VLAN 101 on dx-b, ASN 65010, gateway dxgw-main');
    expect(shown).toContain('vif-prod-b → dxgw-main → vgw-prod → prod (learns 10.1.0.0/16)');
    expect(await hover(SPEC, 'name: vif-public', 8)).toContain('a public VIF reaches AWS public address space (acceptScope: global), not VPCs');
  });
});

describe('navigation', () => {
  const at = (needle: string, shift: number, n = 0) => ({ textDocument: { uri: URI }, position: positionOf(SPEC, needle, n, shift) });
  const rangeOf = (needle: string, shift: number, length: number, n = 0) => {
    const start = positionOf(SPEC, needle, n, shift);
    return { start, end: { line: start.line, character: start.character + length } };
  };

  test('go to definition from a reference, a traffic endpoint and a LAG member', async () => {
    expect(await client.request<Location>('textDocument/definition', at('gateway: dxgw-main', 12)))
      .toEqual({ uri: URI, range: rangeOf('name: dxgw-main', 6, 9) });
    expect(await client.request<Location>('textDocument/definition', at('from: orders-db', 8)))
      .toEqual({ uri: URI, range: rangeOf('name: orders-db', 6, 9) });
    expect(await client.request<Location>('textDocument/definition', at('lag: lag-a', 6)))
      .toEqual({ uri: URI, range: rangeOf('name: lag-a', 6, 5) });
  });

  test('find references: every key that names the entity', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at('name: dxgw-main', 8), context: { includeDeclaration: true } });
    expect(refs).toEqual([
      { uri: URI, range: rangeOf('name: dxgw-main', 6, 9) },
      { uri: URI, range: rangeOf('gateway: dxgw-main', 9, 9, 0) },
      { uri: URI, range: rangeOf('gateway: dxgw-main', 9, 9, 1) },
    ]);
    const hq = await client.request<Location[]>('textDocument/references', { ...at('name: hq-r2', 8), context: { includeDeclaration: false } });
    expect(hq).toEqual([{ uri: URI, range: rangeOf('router: hq-r2', 8, 5, 0) }, { uri: URI, range: rangeOf('router: hq-r2', 8, 5, 1) }]);
  });

  test('document symbols: the outline of sites, locations, connections, VIFs, gateways and VPCs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const outline = symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]);
    expect(outline).toEqual([
      ['sites', ['hq']], ['locations', ['EqDC2', 'CSVA1']], ['connections', ['dx-a', 'dx-b']], ['lags', ['lag-a']],
      ['vifs', ['vif-prod', 'vif-prod-b', 'vif-public']], ['vgws', ['vgw-prod']], ['dxgws', ['dxgw-main']], ['tgws', ['tgw-east']],
      ['vpcs', ['prod', 'shared-svc']], ['vpns', ['vpn-backup']],
    ]);
    expect(symbols[0].children![0].children!.map((c) => c.name)).toEqual(['hq-r1', 'hq-r2', 'app1']);
  });
});

describe('completion', () => {
  const complete = async (text: string, position: { line: number; character: number }): Promise<string[]> => {
    const v = await client.change(URI, text);
    await client.diagnostics(URI, v);
    const items = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: URI }, position });
    return (Array.isArray(items) ? items : items.items).map((i) => i.label);
  };

  test('a VIF\'s gateway offers the VGWs and Direct Connect gateways, nothing else', async () => {
    const text = SPEC.replace('gateway: dxgw-main           #', 'gateway:                     #');
    expect((await complete(text, positionOf(text, 'gateway: ', 0, 9))).sort()).toEqual(['dxgw-main', 'vgw-prod']);
  });

  test('completing right after the colon inserts the space YAML needs; nothing is offered in a comment', async () => {
    const text = SPEC.replace('gateway: dxgw-main           #', 'gateway:');
    await client.diagnostics(URI, await client.change(URI, text));
    const items = await client.request<(CompletionItem & { textEdit: TextEdit })[]>('textDocument/completion', { textDocument: { uri: URI }, position: positionOf(text, 'gateway:', 0, 8) });
    expect(items.map((i) => i.textEdit.newText).sort()).toEqual([' dxgw-main', ' vgw-prod']);
    expect(await complete(SPEC, positionOf(SPEC, '# a connection or a LAG', 0, 5))).toEqual([]);
  });

  test('a connection\'s router offers routers; enum values; a partly typed name', async () => {
    const text = SPEC.replace('router: hq-r1                #', 'router: hq                   #');
    expect(await complete(text, positionOf(text, 'router: hq ', 0, 10))).toEqual(['hq-r1', 'hq-r2']);
    expect(await complete(SPEC, positionOf(SPEC, 'type: dedicated', 0, 6))).toEqual(['dedicated', 'hosted']);
  });

  test('keys from the schema that the object does not have yet, even while the line does not parse', async () => {
    await client.diagnostics(URI, await client.change(URI, SPEC));
    const text = SPEC.replace('    acceptScope: global          #', '    acc\n    acceptScope: global          #');
    const keys = await complete(text, positionOf(text, '    acc\n', 0, 7));
    expect(keys).toEqual(expect.arrayContaining(['gateway', 'mtu', 'ignore']));
    expect(keys).not.toContain('name');
    expect(keys).not.toContain('acceptScope');
  });
});

describe('completion in lists and ignore entries', () => {
  const complete = async (text: string, position: { line: number; character: number }): Promise<string[]> => {
    await client.diagnostics(URI, await client.change(URI, text));
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position });
    return items.map((i) => i.label);
  };

  test('a new item of a list of VPC names, in flow and block style, offers VPCs', async () => {
    const flow = SPEC.replace('attachments: [shared-svc]', 'attachments: [shared-svc, ]');
    expect(await complete(flow, positionOf(flow, 'shared-svc, ]', 0, 12))).toEqual(['prod', 'shared-svc']);
    const block = SPEC.replace('attachments: [shared-svc]', 'attachments:\n      - ');
    expect(await complete(block, positionOf(block, 'attachments:\n      - ', 0, 21))).toEqual(['prod', 'shared-svc']);
  });

  test('a new VIF offers the VIF\'s keys; an ignore entry\'s rule offers rule ids', async () => {
    const vif = SPEC.replace('\nvgws:', '\n  - \nvgws:');
    // Every key the schema declares, so a field added to the model is offered without a change here.
    expect((await complete(vif, positionOf(vif, '  - \nvgws', 0, 4))).sort()).toEqual([...Object.keys(SECTIONS.vifs.fields), 'ignore'].sort());
    const ignore = SPEC.replace('    acceptScope: global ', '    ignore: [{ rule: , reason: x }]\n    acceptScope: global ');
    const rules = await complete(ignore, positionOf(ignore, 'rule: ,', 0, 6));
    expect(rules).toEqual(expect.arrayContaining(['vif-vlan-unique', 'res-single-connection']));
  });
});

describe('a malformed document', () => {
  test('half-typed YAML gets a syntax diagnostic; the server keeps serving', async () => {
    const half = SPEC.replace('    gateway: dxgw-main           #', '    gateway: [dxgw-main, \n    #');
    const v = await client.change(URI, half);
    const found = await client.diagnostics(URI, v);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.code === 'yaml-syntax')).toBe(true);
    for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion']) {
      await client.request(method, { textDocument: { uri: URI }, position: positionOf(half, 'dxgw-main', 0, 2) });
    }
    await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const garbage = ['version: 1\nsites:\n  - name: [', '{{{{', ': : :', 'version: 1\n\tvifs: x', '- - - -\n  ]'];
    for (const text of garbage) {
      const g = await client.change(URI, text);
      expect((await client.diagnostics(URI, g)).length).toBeGreaterThan(0);
      await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } });
      await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 1, character: 2 } });
    }
    expect(await client.diagnostics(URI, await client.change(URI, SPEC))).toEqual([]);
    expect(client.child.exitCode).toBeNull();
    expect(client.stderr.join('')).not.toMatch(/failed/);
  });
});

test('an editor that goes away without a shutdown ends the server quietly, with exit code 1 as the protocol says', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dxplan.js'), 'lsp', '--stdio'], { input: '', encoding: 'utf8', timeout: 20000 });
  expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
});
