// `dxplan whatif`: what the failed objects take down, then every intent and traffic flow with
// its path before and after and what changed. Table for a design review; JSON stable (rows
// sorted: intents, then traffic; keys in a fixed order). Pure.
import type { Topology } from '../model/types';
import { kindWords, rowWords, STATUS_WORDS, type Status, type WhatIfReport } from '../failure/index';
import { renderGrid } from './grid';
import { painter, type Painter } from './paint';
import type { FormatOptions } from './types';
import { terminalSafe } from './util';
import { capacityText, failedWords, orList, pathText, rowJson, stateJson } from './whatif-words';
import { fitWidths } from './table-width';

export function formatWhatIfJson(r: WhatIfReport): string {
  const out = {
    down: r.down.map((d) => ({ name: d.name, kind: d.kind })),
    effects: {
      connections: r.effects.connections,
      lags: r.effects.lags.map((l) => ({ name: l.name, linksUp: l.up, links: l.of, minimumLinks: l.minimum, down: l.down })),
      vifs: r.effects.vifs,
      vpns: r.effects.vpns,
    },
    rows: r.rows.map((w) => ({
      ...rowJson(w.row),
      ...(w.error !== undefined ? { error: w.error } : {}),
      status: w.after.status,
      change: w.after.change,
      before: stateJson(w.before),
      after: stateJson(w.after),
    })),
    summary: { rows: r.summary.rows, ...r.summary.byStatus, intentsBroken: r.summary.intentsBroken },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function statusPainter(c: Painter): (s: Status, text: string) => string {
  return (s, text) => {
    switch (s) {
      case 'broken': case 'intent-broken': return c.red.bold(text);
      case 'moved-to-vpn': case 'moved-to-internet': case 'degraded': return c.yellow(text);
      case 'moved': return c.cyan(text);
      default: return c.dim(text);
    }
  };
}

function effectLines(r: WhatIfReport): string[] {
  const e = r.effects;
  const parts: string[] = [];
  if (e.connections.length > 0) parts.push(`connection${e.connections.length === 1 ? '' : 's'} ${e.connections.join(', ')}`);
  for (const l of e.lags) {
    parts.push(`LAG ${l.name} (${l.up} of ${l.of} link${l.of === 1 ? '' : 's'} up, needs ${l.minimum}: ${l.down ? 'down' : 'still up, with less capacity'})`);
  }
  if (e.vifs.length > 0) parts.push(`VIF${e.vifs.length === 1 ? '' : 's'} ${e.vifs.join(', ')}`);
  if (e.vpns.length > 0) parts.push(`VPN${e.vpns.length === 1 ? '' : 's'} ${e.vpns.join(', ')}`);
  for (const d of r.down) {
    if (d.kind === 'dxgw' || d.kind === 'vgw' || d.kind === 'tgw') parts.push(`every path through ${kindWords(d.kind)} ${d.name}`);
  }
  return parts.length > 0 ? parts.map((p) => `  - ${terminalSafe(p)}`) : ['  - nothing else: no connection, VIF or VPN depends on it alone'];
}

/** "3 intents and 1 flow". */
export function countWords(rows: { kind: string }[]): string {
  const n = (kind: string, word: string): string | undefined => {
    const k = rows.filter((r) => r.kind === kind).length;
    return k > 0 ? `${k} ${word}${k === 1 ? '' : 's'}` : undefined;
  };
  return orList([n('intent', 'intent'), n('traffic', 'flow'), n('site-vpc', 'site × VPC pair'), n('site-service', 'site × service pair')]
    .filter((x): x is string => x !== undefined), 'and');
}

export function formatWhatIfTable(r: WhatIfReport, topology: Topology, options: FormatOptions): string {
  const c = painter(options.color);
  const paint = statusPainter(c);
  const out: string[] = [];
  const failed = r.down.map((d) => failedWords(topology, d.name));
  out.push(c.bold(`What if ${orList(failed, 'and')} ${r.down.length === 1 ? 'fails' : 'fail'}?`));
  if (r.rows.length === 0) {
    out.push('Down with it:', ...effectLines(r), '', 'The file declares no intent and no traffic flow: nothing to compare.');
    return `${out.join('\n')}\n`;
  }
  // The verdict first: a reviewer reads one line before deciding whether to read the table.
  const counts = Object.entries(r.summary.byStatus).map(([s, n]) => `${n} ${STATUS_WORDS[s as Status]}`);
  out.push(`${r.summary.intentsBroken > 0
    ? c.red.bold(`${r.summary.intentsBroken} intent${r.summary.intentsBroken === 1 ? '' : 's'} no longer hold${r.summary.intentsBroken === 1 ? 's' : ''}.`)
    : c.green('Every intent that held still holds.')} ${countWords(r.rows.map((w) => w.row))}: ${counts.join(', ') || 'none compared'}.`);
  out.push('', 'Down with it:', ...effectLines(r), '');
  const hasFlows = r.rows.some((w) => w.row.kind === 'traffic');
  const head = ['intent / flow', 'before', 'after', 'status', ...(hasFlows ? ['capacity after'] : [])];
  const rows = r.rows.map((w) => {
    const status = w.error !== undefined ? c.red(`error: ${terminalSafe(w.error)}`) : paint(w.after.status, STATUS_WORDS[w.after.status]);
    const cells = [terminalSafe(rowWords(w.row)), pathText(w.before.path), pathText(w.after.path), status];
    if (hasFlows) cells.push(w.row.kind === 'traffic' ? capacityText(w.row, w.after) : '');
    return cells;
  });
  const widths = fitWidths([head, ...rows], [40, 44, 44, 20, 32].slice(0, head.length), options.width).map((w) => w - 2);
  out.push(renderGrid(head, rows.map((cells) => [cells]), widths, 0).replace(/\n$/, ''));
  return `${out.join('\n')}\n`;
}
