// `dxplan route`: the path as a senior engineer would explain it — hops in order, the
// prefix that won, the alternatives with why each lost, and the candidates that cannot work.
import Table from 'cli-table3';
import type { Alternative, Hop, PathKind, RouteResult } from '../routing/types';
import { painter, type Painter } from './paint';
import type { FormatOptions } from './types';
import { fitTable } from './table-width';
import { terminalSafe } from './util';

export const PATH_WORDS: Record<PathKind, string> = {
  'direct-connect-private': 'Direct Connect, private VIF',
  'direct-connect-transit': 'Direct Connect, transit VIF',
  'direct-connect-public': 'Direct Connect, public VIF',
  vpn: 'Site-to-Site VPN',
  'direct-connect-sitelink': 'Direct Connect SiteLink',
  'transit-gateway': 'a transit gateway',
  'vpc-endpoint': 'the VPC\'s endpoint',
  'vpc-internet': 'the VPC\'s internet gateway or NAT',
  internet: 'the public internet',
  'not-modelled': 'a path dxplan does not model',
  none: 'no path',
};

const HOP_WORDS: Record<Hop['kind'], string> = {
  host: 'on-premise host', site: 'on-premise site', router: 'customer router', connection: 'Direct Connect connection',
  lag: 'link aggregation group', location: 'Direct Connect location', vif: 'virtual interface', vpn: 'Site-to-Site VPN',
  dxgw: 'Direct Connect gateway', vgw: 'virtual private gateway', tgw: 'transit gateway', vpc: 'VPC',
  endpoint: 'VPC endpoint', resource: 'VPC resource', service: 'AWS service', internet: 'public internet',
};

/** A table without lines between rows: a path reads top to bottom. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function hopsLine(hops: Hop[]): string {
  return hops.map((h) => terminalSafe(h.name)).join(' → ');
}

export function formatRouteTable(r: RouteResult, options: FormatOptions): string {
  const c = painter(options.color);
  const out: string[] = [];
  const title = `${terminalSafe(r.from)} → ${terminalSafe(r.to)}`;
  if (r.reachable === null) {
    out.push(`${c.bold(title)}: ${c.yellow('not modelled')} (dxplan cannot say whether it is reachable)`);
  } else if (!r.reachable) {
    out.push(`${c.bold(title)}: ${c.red('unreachable')}`);
  } else {
    const mtu = r.mtu !== undefined ? `, MTU ${r.mtu}` : '';
    out.push(`${c.bold(title)}: ${c.green(`reachable over ${PATH_WORDS[r.path]}`)}${r.prefix ? ` (prefix ${r.prefix}${mtu})` : mtu ? ` (${mtu.slice(2)})` : ''}`);
    out.push('');
    const head = ['#', 'hop', 'what it is'];
    const rows = r.hops.map((h, i) => [String(i + 1), terminalSafe(h.name), HOP_WORDS[h.kind]]);
    const fitted = fitTable([head, ...rows], options.width);
    const table = new Table({ head: fitted?.rows[0] ?? head, style: { head: [], border: [] }, chars: COMPACT, ...(fitted ? { colWidths: fitted.colWidths } : {}) });
    table.push(...(fitted?.rows.slice(1) ?? rows));
    out.push(table.toString());
  }
  if (r.explanation.length > 0) out.push('', c.bold(r.reachable ? 'Why this path:' : 'Why:'), ...r.explanation.map((e) => `  ${terminalSafe(e)}`));
  if (r.return) {
    const label = r.return.symmetric ? c.bold('Replies:') : c.yellow.bold('Replies take another path:');
    out.push('', label, `  ${terminalSafe(r.return.why)}`);
    if (!r.return.symmetric && r.return.hops.length > 0) out.push(`  ${c.dim(hopsLine(r.return.hops))}`);
  }
  if (r.alternatives.length > 0) {
    out.push('', c.bold('Alternatives, in order of preference:'));
    for (const a of r.alternatives) out.push(alternativeLine(a, c));
  }
  if (r.rejected.length > 0) {
    out.push('', c.bold(r.reachable ? 'Not usable:' : 'Why nothing reaches it:'));
    for (const x of r.rejected) out.push(`  ${c.red('✗')} ${terminalSafe(x.via)} ${c.dim(`[${x.code}]`)}: ${terminalSafe(x.why)}`);
  }
  return `${out.join('\n')}\n`;
}

function alternativeLine(a: Alternative, c: Painter): string {
  const prefix = a.prefix ? ` via ${a.prefix}` : '';
  return `  - ${PATH_WORDS[a.path]}${prefix} ${c.dim(`[${a.code}]`)}: ${terminalSafe(a.why)}\n      ${c.dim(hopsLine(a.hops))}`;
}
