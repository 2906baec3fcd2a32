// `suggest --format table` (default): what is free, as a two-column table, then the notes. Pure.
import Table from 'cli-table3';
import type { Suggestion } from '../planning/suggest';
import { fitTable } from './table-width';
import { terminalSafe } from './util';

function rows(s: Suggestion): [string, string][] {
  switch (s.suggest) {
    case 'cidr':
      return [
        ['size', `/${s.size}`],
        ['pool', s.pool.join(', ')],
        ...s.blocks.map((b, i): [string, string] => [i === 0 ? 'free' : '', b]),
        ...(s.blocks.length === 0 ? [['free', `none: no /${s.size} in the pool overlaps nothing`] as [string, string]] : []),
      ];
    case 'vif':
      return [
        ['on', s.carrier === s.on ? s.on : `${s.carrier} (for ${s.on})`],
        ['type', s.type],
        ['vlan', s.vlan === undefined ? 'none free' : String(s.vlan)],
        ...(s.amazonAddress ? [['amazonAddress', s.amazonAddress], ['customerAddress', s.customerAddress ?? '']] as [string, string][] : []),
        ['asn', s.asn === undefined ? 'none free' : `${s.asn} (${s.asnFrom === 'site' ? "the site's" : 'free private'})`],
      ];
    case 'asn':
      return [
        ['for', s.for],
        ['asn', s.asn === undefined ? 'none free' : String(s.asn)],
      ];
  }
}

function notes(s: Suggestion): string[] {
  const out = s.suggest === 'vif' ? [...s.notes] : [];
  if (s.suggest === 'cidr' && s.blocks.length > 0) out.push('free = inside the pool and overlapping no site, VPC, advertised, allowed or peer prefix');
  return out;
}

export function formatSuggestTable(s: Suggestion, width?: number): string {
  const cells = rows(s).map(([k, v]) => [k, terminalSafe(v)]);
  const fitted = fitTable(cells, width);
  const table = new Table({ style: { head: [], border: [], compact: true }, ...(fitted ? { colWidths: fitted.colWidths } : {}) });
  table.push(...(fitted?.rows ?? cells));
  return `${table.toString()}\n${notes(s).map((n) => `note: ${terminalSafe(n)}\n`).join('')}`;
}
