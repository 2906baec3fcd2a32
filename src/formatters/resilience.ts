// `dxplan resilience`: one row per flow, intent, site × VPC and site × service; under each,
// the failures (grouped by outcome) that break, move or degrade it, the surviving path and
// whether a flow still fits. Table (terminal), Markdown (paste into a design review) and JSON
// (stable: rows sorted, failure groups worst first, keys in a fixed order). Pure.
import type { Topology } from '../model/types';
import { breaks, rowWords, speedWords, STATUS_WORDS, type Failed, type FailureGroup, type ResilienceReport, type ResilienceRow } from '../failure/index';
import { renderGrid } from './grid';
import { painter } from './paint';
import type { FormatOptions } from './types';
import { terminalSafe } from './util';
import { countWords, statusPainter } from './whatif';
import { capacityText, failedWords, orList, pathText, rowJson, stateJson } from './whatif-words';
import { fitWidths } from './table-width';

/**
 * The JSON report, in pieces that concatenate to one document (`JSON.stringify(…, null, 2)`
 * of { depth, rows, summary }): one per row, so that 10,000 rows are never one string.
 */
export function* formatResilienceJson(r: ResilienceReport): Generator<string> {
  yield `{\n  "depth": ${r.depth},\n  "rows": [`;
  for (const [i, x] of r.rows.entries()) {
    const row = {
      ...rowJson(x.row),
      ...(x.error !== undefined ? { error: x.error } : {}),
      now: stateJson(x.now),
      candidates: x.candidates.map((c) => ({ name: c.name, kind: c.kind })),
      failures: x.groups.map((g) => ({
        depth: g.depth,
        failed: g.failed,
        scenarios: g.scenarios,
        status: g.outcome.status,
        change: g.outcome.change,
        after: stateJson(g.outcome),
      })),
    };
    // Indented as the row sits in the document: two levels in.
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
  }
  yield `${r.rows.length > 0 ? '\n  ' : ''}],\n  "summary": ${JSON.stringify(r.summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

/** "location EqDC2 or connection dx-a", "one of: …\nwith one of: …", "two of: …". */
function failedText(topology: Topology, f: Failed, sep: string): string {
  const words = (names: string[]) => orList(names.map((n) => failedWords(topology, n)));
  if ('twoOf' in f) return `any two of ${words(f.twoOf)}`;
  if (!f.andOneOf) return words(f.oneOf);
  const one = (names: string[]) => (names.length === 1 ? words(names) : `one of ${words(names)}`);
  return `${one(f.oneOf)}${sep}together with ${one(f.andOneOf)}`;
}

export interface ResilienceLine {
  label: string;
  now: string;
  failure: string;
  then: string;
  status: string;
  capacity: string;
}

export function resilienceLines(topology: Topology, r: ResilienceReport, paint: (g: FailureGroup) => string, sep: string): ResilienceLine[][] {
  return r.rows.map((x: ResilienceRow) => {
    const label = terminalSafe(rowWords(x.row));
    const now = x.error !== undefined ? `error: ${terminalSafe(x.error)}` : pathText(x.now.path, sep);
    const nowCap = capacityText(x.row, x.now);
    const head = { label, now: x.row.kind === 'traffic' && nowCap !== '—' ? `${now}${sep}${nowCap.replace(/^fits: /, 'carries ').replace(/^does not fit: /, 'does not fit now: ')}` : now };
    if (x.error !== undefined || x.now.path.path === 'none') {
      return [{ ...head, failure: '—', then: '—', status: x.now.holds === true ? 'holds (unreachable)' : 'no path now', capacity: '—' }];
    }
    if (x.now.path.path === 'not-modelled') {
      return [{ ...head, failure: '—', then: 'dxplan does not model this path (`dxplan route` says which piece is missing)', status: 'not assessed', capacity: '' }];
    }
    if (x.groups.length === 0 && x.candidates.length === 0) {
      // Not resilient by definition: the internet (the site's egress can fail) and paths inside AWS have nothing dxplan fails.
      const what = x.now.path.path === 'internet'
        ? 'over the internet: the site\'s internet egress can fail, and dxplan does not model it'
        : 'nothing on its path is an object dxplan fails';
      return [{ ...head, failure: '—', then: what, status: 'not assessed', capacity: '' }];
    }
    if (x.groups.length === 0) {
      const what = `survives every ${r.depth === 2 ? 'single failure and pair' : 'single failure'} of the ${x.candidates.length} objects on its path`;
      return [{ ...head, failure: '—', then: what, status: 'resilient', capacity: '' }];
    }
    return x.groups.map((g) => ({
      ...head,
      failure: failedText(topology, g.failed, sep),
      then: pathText(g.outcome.path, sep),
      status: paint(g),
      capacity: capacityText(x.row, g.outcome),
    }));
  });
}

export function resilienceSummary(r: ResilienceReport): string {
  const s = r.summary;
  const pairs = s.rowsBrokenByPairs === 0 ? ''
    : `${s.singlePointsOfFailure === 0 ? ', but' : ';'} ${s.rowsBrokenByPairs} ${s.singlePointsOfFailure === 0 ? '' : 'more '}break${s.rowsBrokenByPairs === 1 ? 's' : ''} under a pair of failures (${s.breakingPairs} pair${s.breakingPairs === 1 ? '' : 's'} in all)`;
  const spof = (s.singlePointsOfFailure === 0
    ? 'no single failure leaves any of them without a path'
    : `${s.singlePointsOfFailure} ${s.singlePointsOfFailure === 1 ? 'has' : 'have'} a single point of failure`) + pairs;
  const fit = s.flowsThatDoNotFit === 0 ? '' : `; ${s.flowsThatDoNotFit} flow${s.flowsThatDoNotFit === 1 ? '' : 's'} would not fit ${s.flowsThatDoNotFit === 1 ? 'its' : 'their'} surviving path`;
  const what = r.depth === 2 ? 'single failures and pairs' : 'single failures';
  return `${countWords(r.rows.map((x) => x.row))}, ${what} of the objects on their paths (${s.scenarios} scenarios): ${spof}${fit}.`;
}

/**
 * One line a reviewer reads first: the single point of failure, else the pair that breaks
 * something, else the single failure that leaves the least capacity ("no single failure breaks
 * anything; worst case: location EqDC2 down → 10 Gbps left for hq → prod").
 */
export function resilienceVerdict(r: ResilienceReport, topology: Topology): string {
  const first = (depth: 1 | 2) => {
    for (const x of r.rows) for (const g of x.groups) if (g.depth === depth && breaks(g.outcome)) return { x, g };
    return undefined;
  };
  const row = (x: ResilienceRow): string => terminalSafe(rowWords(x.row));
  const single = first(1);
  if (single) {
    const n = r.summary.singlePointsOfFailure;
    const of = `${r.rows.length} ${r.rows.length === 1 ? 'row' : 'rows'}`;
    return `${n} of ${of} ${n === 1 ? 'has' : 'have'} a single point of failure; first: ${failedWords(topology, firstName(single.g.failed))} down breaks ${row(single.x)}.`;
  }
  const pair = first(2);
  const pairNames = pair && ('twoOf' in pair.g.failed ? pair.g.failed.twoOf : [pair.g.failed.oneOf[0], (pair.g.failed.andOneOf as string[])[0]]);
  const pairs = pair ? `; a pair does: ${failedWords(topology, pairNames![0])} and ${failedWords(topology, pairNames![1])} down break ${row(pair.x)}` : '';
  let worst: { x: ResilienceRow; g: FailureGroup; mbps: number } | undefined;
  for (const x of r.rows) {
    for (const g of x.groups) {
      const mbps = g.outcome.capacity.mbps;
      if (g.depth === 1 && mbps !== undefined && (worst === undefined || mbps < worst.mbps)) worst = { x, g, mbps };
    }
  }
  const worstText = worst ? `; worst case: ${failedWords(topology, firstName(worst.g.failed))} down → ${speedWords(worst.mbps)} left for ${row(worst.x)}` : '';
  return `No single failure breaks anything${pairs}${worstText}.`;
}

const firstName = (f: Failed): string => ('twoOf' in f ? f.twoOf[0] : f.oneOf[0]);

export function formatResilienceTable(r: ResilienceReport, topology: Topology, options: FormatOptions): string {
  const c = painter(options.color);
  const paintStatus = statusPainter(c);
  const paint = (g: FailureGroup): string => paintStatus(g.outcome.status, STATUS_WORDS[g.outcome.status]);
  const head = ['route / flow / intent', 'path now', r.depth === 2 ? 'if this fails (or this pair)' : 'if this fails', 'surviving path', 'status', 'capacity'];
  const groups = resilienceLines(topology, r, paint, '\n').map((g) => g.map((l) => [l.label, l.now, l.failure, l.then, l.status, l.capacity]));
  const widths = fitWidths([head, ...groups.flat()], [34, 42, 50, 42, 18, 38], options.width).map((w) => w - 2);
  const title = c.bold(`Resilience: ${r.depth === 2 ? 'single failures and pairs' : 'single failures'}`);
  if (r.rows.length === 0) return `${title}\nNothing to analyse: no intent, no traffic flow, and no site reaches a VPC.\n`;
  return `${resilienceVerdict(r, topology)}\n\n${title}\n${renderGrid(head, groups, widths, 2)}\n\n${resilienceSummary(r)}\n`;
}

/** Markdown for a design review: one table; a row's label and current path on its first line only. */
export function formatResilienceMarkdown(r: ResilienceReport, topology: Topology): string {
  const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const out = [
    `## Resilience: ${r.depth === 2 ? 'single failures and pairs' : 'single failures'}`,
    '',
    `| route / flow / intent | path now | if this fails | surviving path | status | capacity |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const group of resilienceLines(topology, r, (g) => STATUS_WORDS[g.outcome.status], '\n')) {
    group.forEach((l, i) => {
      const first = i === 0;
      out.push(`| ${first ? cell(l.label) : ''} | ${first ? cell(l.now) : ''} | ${cell(l.failure)} | ${cell(l.then)} | ${cell(l.status)} | ${cell(l.capacity)} |`);
    });
  }
  out.push('', resilienceSummary(r));
  return `${out.join('\n')}\n`;
}
