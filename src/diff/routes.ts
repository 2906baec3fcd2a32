// Routes before and after a change, for every intent and traffic flow declared in either
// version, keyed by `from → to` as written. A route is compared on what a reviewer cares
// about: reachable, the kind of path, what carries it (the VIF or VPN, and the equal-cost
// ones sharing the traffic), the prefix that matched, and the hops.
import type { Topology, Via } from '../model/types';
import type { Hop, PathKind, RoutingIndex } from '../routing/index';

export interface RouteState {
  /** null: not modelled (routing.md, Inside AWS). */
  reachable: boolean | null;
  path: PathKind;
  /** The VIF, VPN or `internet` carrying the chosen path. */
  via?: string;
  /** Other VIFs/VPNs sharing the traffic at equal cost, sorted. */
  equalCost: string[];
  prefix?: string;
  hops: Hop[];
}

/** A name the routing engine cannot resolve in that version (an entity removed or renamed). */
export interface RouteError {
  error: string;
}

export interface Declared {
  intents: { via: Via; expect: 'reachable' | 'unreachable' }[];
  traffic: { name?: string; gbPerMonth: number }[];
}

export type RouteField = 'reachable' | 'path' | 'via' | 'equalCost' | 'prefix' | 'hops' | 'error';

export interface RouteChange {
  /** `from → to`. */
  key: string;
  from: string;
  to: string;
  /** added/removed: the pair is declared (as an intent or a flow) in one version only. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** What differs between before and after (changed only). */
  changes: RouteField[];
  declared: { before?: Declared; after?: Declared };
  /** The route in the old version; absent when the pair is not declared there. */
  before?: RouteState | RouteError;
  after?: RouteState | RouteError;
}

export const pairKey = (from: string, to: string): string => `${from} → ${to}`;

export function isRouteError(r: RouteState | RouteError | undefined): r is RouteError {
  return r !== undefined && 'error' in r;
}

/** The intents and flows of a topology by `from → to`. */
export function declaredPairs(t: Topology): Map<string, { from: string; to: string; declared: Declared }> {
  const pairs = new Map<string, { from: string; to: string; declared: Declared }>();
  const entry = (from: string, to: string) => {
    const key = pairKey(from, to);
    let e = pairs.get(key);
    if (!e) pairs.set(key, (e = { from, to, declared: { intents: [], traffic: [] } }));
    return e;
  };
  for (const i of t.intents) entry(i.from, i.to).declared.intents.push({ via: i.via, expect: i.expect });
  for (const f of t.traffic) entry(f.from, f.to).declared.traffic.push({ ...(f.name !== undefined ? { name: f.name } : {}), gbPerMonth: f.gbPerMonth });
  return pairs;
}

export function routeState(routing: RoutingIndex, from: string, to: string): RouteState | RouteError {
  const r = routing.route(from, to);
  if ('error' in r) return { error: r.error };
  const equalCost = [...new Set(r.alternatives.filter((a) => a.code === 'equal-cost' && a.via !== undefined && a.via !== r.via).map((a) => a.via as string))].sort();
  return {
    reachable: r.reachable,
    path: r.path,
    ...(r.via !== undefined ? { via: r.via } : {}),
    equalCost,
    ...(r.prefix !== undefined ? { prefix: r.prefix } : {}),
    hops: r.hops.map((h) => ({ kind: h.kind, name: h.name })),
  };
}

const hopsText = (hops: readonly Hop[]): string => hops.map((h) => `${h.kind}:${h.name}`).join('\u0000');

function changedFields(a: RouteState | RouteError, b: RouteState | RouteError): RouteField[] {
  if (isRouteError(a) || isRouteError(b)) {
    return isRouteError(a) && isRouteError(b) && a.error === b.error ? [] : ['error'];
  }
  const out: RouteField[] = [];
  if (a.reachable !== b.reachable) out.push('reachable');
  if (a.path !== b.path) out.push('path');
  if (a.via !== b.via) out.push('via');
  if (a.equalCost.join(',') !== b.equalCost.join(',')) out.push('equalCost');
  if (a.prefix !== b.prefix) out.push('prefix');
  if (hopsText(a.hops) !== hopsText(b.hops)) out.push('hops');
  return out;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every pair declared in either version, sorted by from, then to. */
export function diffRoutes(before: { topology: Topology; routing: RoutingIndex }, after: { topology: Topology; routing: RoutingIndex }): RouteChange[] {
  const old = declaredPairs(before.topology);
  const now = declaredPairs(after.topology);
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  const changes = keys.map((key): RouteChange => {
    const o = old.get(key);
    const n = now.get(key);
    const { from, to } = (o ?? n) as { from: string; to: string };
    const b = o ? routeState(before.routing, from, to) : undefined;
    const a = n ? routeState(after.routing, from, to) : undefined;
    const fields = b && a ? changedFields(b, a) : [];
    return {
      key,
      from,
      to,
      status: !o ? 'added' : !n ? 'removed' : fields.length > 0 ? 'changed' : 'unchanged',
      changes: fields,
      declared: { ...(o ? { before: o.declared } : {}), ...(n ? { after: n.declared } : {}) },
      ...(b ? { before: b } : {}),
      ...(a ? { after: a } : {}),
    };
  });
  return changes.sort((x, y) => byCodeUnits(x.from, y.from) || byCodeUnits(x.to, y.to));
}
