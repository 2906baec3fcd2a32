// `dxplan route`: the path as a senior engineer would explain it — hops in order, the
// prefix that won, the alternatives with why each lost, and the candidates that cannot work.
import chalk from 'chalk';
import Table from 'cli-table3';
import type { Alternative, Hop, PathKind, RouteResult } from '../routing/types';
import type { FormatOptions } from './types';
import { terminalSafe } from './util';

const PATH_WORDS: Record<PathKind, string> = {
  'direct-connect-private': 'Direct Connect, private VIF',
  'direct-connect-transit': 'Direct Connect, transit VIF',
  'direct-connect-public': 'Direct Connect, public VIF',
  vpn: 'Site-to-Site VPN',
  internet: 'the public internet',
  none: 'no path',
};

const HOP_WORDS: Record<Hop['kind'], string> = {
  host: 'on-premise host', site: 'on-premise site', router: 'customer router', connection: 'Direct Connect connection',
  lag: 'link aggregation group', location: 'Direct Connect location', vif: 'virtual interface', vpn: 'Site-to-Site VPN',
  dxgw: 'Direct Connect gateway', vgw: 'virtual private gateway', tgw: 'transit gateway', vpc: 'VPC',
  endpoint: 'VPC endpoint', resource: 'VPC resource', service: 'AWS service', internet: 'public internet',
};

/** Why the chosen path won, in words, from what the alternatives lost on. */
function whyChosen(r: RouteResult): string {
  const codes = new Set(r.alternatives.map((a) => a.code));
  const parts: string[] = [];
  if (r.prefix) parts.push(`longest prefix match on ${r.prefix}`);
  if (codes.has('less-specific-prefix')) parts.push('more specific than the alternatives');
  if (codes.has('vpn-less-preferred')) parts.push('Direct Connect preferred over VPN for the same prefix');
  if (codes.has('route-priority')) parts.push("the gateway's route priority");
  if (codes.has('local-preference')) parts.push('higher local preference (7224:7xxx community)');
  if (codes.has('equal-cost')) parts.push('equal-cost paths listed by name, the first shown');
  if (r.path === 'direct-connect-public' || r.path === 'internet') parts.push('for a public address: interface endpoint, then public VIF, then internet');
  return parts.length > 0 ? parts.join('; ') : 'the only candidate';
}

function hopsLine(hops: Hop[]): string {
  return hops.map((h) => terminalSafe(h.name)).join(' → ');
}

export function formatRouteTable(r: RouteResult, options: FormatOptions): string {
  const c = new chalk.Instance({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const title = `${terminalSafe(r.from)} → ${terminalSafe(r.to)}`;
  if (!r.reachable) {
    out.push(`${c.bold(title)}: ${c.red('unreachable')}`);
  } else {
    out.push(`${c.bold(title)}: ${c.green(`reachable over ${PATH_WORDS[r.path]}`)}${r.prefix ? ` (prefix ${r.prefix})` : ''}`);
    out.push('');
    const table = new Table({ head: ['#', 'hop', 'what it is'], style: { head: [], border: [] } });
    r.hops.forEach((h, i) => table.push([String(i + 1), terminalSafe(h.name), HOP_WORDS[h.kind]]));
    out.push(table.toString());
    out.push(`Why this path: ${whyChosen(r)}.`);
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

function alternativeLine(a: Alternative, c: chalk.Chalk): string {
  const prefix = a.prefix ? ` via ${a.prefix}` : '';
  return `  - ${PATH_WORDS[a.path]}${prefix} ${c.dim(`[${a.code}]`)}: ${terminalSafe(a.why)}\n      ${c.dim(hopsLine(a.hops))}`;
}
