// Words shared by the `dxplan diff` table and Markdown formatters. Pure; no chalk here.
import type { Declared, RouteError, RouteState } from '../diff/index';
import type { PathKind } from '../routing/types';
import { amount } from './cost-units';

/** Short names for path kinds, for table cells. */
export const PATH_SHORT: Record<PathKind, string> = {
  'direct-connect-private': 'DX private VIF',
  'direct-connect-transit': 'DX transit VIF',
  'direct-connect-public': 'DX public VIF',
  vpn: 'VPN',
  'direct-connect-sitelink': 'DX SiteLink',
  'transit-gateway': 'transit gateway',
  'vpc-endpoint': 'VPC endpoint',
  'vpc-internet': 'VPC internet',
  internet: 'internet',
  'not-modelled': 'not modelled',
  none: 'unreachable',
};

/** What carries a route: `vif-prod`, or `vif-prod + vif-prod-b` when they share it at equal cost. */
export function viaText(r: RouteState | RouteError | undefined): string {
  if (r === undefined) return '';
  if ('error' in r) return '';
  if (!r.reachable) return '—';
  return [r.via ?? '—', ...r.equalCost].join(' + ');
}

export function pathText(r: RouteState | RouteError | undefined): string {
  if (r === undefined) return '';
  if ('error' in r) return 'cannot route';
  return PATH_SHORT[r.path];
}

export function prefixText(r: RouteState | RouteError | undefined): string {
  if (r === undefined || 'error' in r) return '';
  return r.prefix ?? '—';
}

export function hopsText(r: RouteState | RouteError | undefined): string {
  if (r === undefined) return '';
  if ('error' in r) return r.error;
  return r.hops.length > 0 ? r.hops.map((h) => h.name).join(' → ') : 'no path';
}

/** `intent (via direct-connect)`, `flow nightly-backup` (volumes are in the traffic section). */
export function declaredText(d: Declared | undefined): string {
  if (!d) return '';
  const parts = [
    ...d.intents.map((i) => (i.expect === 'unreachable' ? 'intent (unreachable)' : `intent (via ${i.via})`)),
    ...d.traffic.map((t) => `flow${t.name !== undefined ? ` ${t.name}` : ''}`),
  ];
  return parts.join(', ');
}

/** `a → b`, or just `a` when both sides say the same. */
export function beforeAfter(before: string, after: string, arrow = ' → '): string {
  return before === after ? before : `${before}${arrow}${after}`;
}

export function gbText(gb: number | null): string {
  return gb === null ? '—' : `${amount(gb)} GB`;
}

/** `55,456 GB a month`, or `never` (Direct Connect never gets cheaper than the internet). */
export function breakEvenText(gb: number | null): string {
  return gb === null ? 'never' : `${amount(Math.round(gb))} GB a month`;
}
