// Failure scenarios over one routing index, never rebuilt: a scenario is a FailureSet, and a
// row's route under it is cached by what the scenario takes down at the row's on-premise site.
//
// Why that cache is exact: every failure reaches routing through the VIFs and VPNs it takes
// down (FailureSet.vifCause / vpnCause) or through a failed gateway (nameCause). A query from
// or to a site only ever considers that site's VIFs and VPNs (its site table; on the way
// back, the gateway routes whose site is that site), and the internet never fails. So two
// scenarios that take down the same VIFs and VPNs of the site, and fail no gateway, give the
// same paths. Pairs of failures on one site then cost a handful of queries per row, not one
// per pair. (A LAG that loses a member but stays up changes capacity, not the path: capacity
// is computed per scenario.)
import type { Site } from '../model/types';
import { FailureSet, type RouteDetail, type RoutingIndex } from '../routing/index';
import { capacityOf, fits, type Capacity } from './capacity';
import { NO_PATH, stateKey, stateOf, type PathState } from './paths';
import { holds, type Row } from './rows';

/** How a failure changes a route. */
export type Change = 'unchanged' | 'degraded' | 'moved' | 'moved-to-vpn' | 'moved-to-internet' | 'broken';
/** The change, or `intent-broken` when an intent that held no longer does. */
export type Status = Change | 'intent-broken';

/** A row's route in one scenario (or with nothing failed). */
export interface RowState {
  path: PathState;
  capacity: Capacity;
  /** Intents: whether it holds. */
  holds?: boolean;
  /** Traffic: whether the flow fits the capacity (undefined over the internet, or with no path). */
  fits?: boolean;
}

export interface Outcome extends RowState {
  status: Status;
  change: Change;
  /** Equal outcomes have equal keys: status, paths, capacity, intent and capacity verdicts. */
  key: string;
}

const GATEWAY_KINDS = new Set(['dxgw', 'vgw', 'tgw']);

export class FailureAnalysis {
  private readonly sets = new Map<string, FailureSet>();
  private readonly rowSites = new Map<string, Site | null>();
  /** Per row: its site and its paths by signature (a row's own object, so one lookup per scenario). */
  private readonly rowCaches = new WeakMap<Row, { site: Site | null; states: Map<string, PathState> }>();
  private readonly signatures = new WeakMap<FailureSet, Map<Site, string | null>>();
  /** Routing queries actually run under a failure (the rest came from the cache). */
  queries = 0;

  constructor(readonly index: RoutingIndex) {}

  /** A scenario from failed names (memoised), or the routing index's error with a did-you-mean. */
  failureSet(names: readonly string[]): FailureSet | { error: string } {
    // One name or two (resilience asks hundreds of thousands of these) without the general sort.
    const sorted = names.length === 1 ? names
      : names.length === 2 && names[0] !== names[1] ? (names[0] < names[1] ? names : [names[1], names[0]])
        : [...new Set(names)].sort();
    const key = sorted.length === 1 ? sorted[0] : sorted.join('\u0000');
    const known = this.sets.get(key);
    if (known) return known;
    const made = this.index.failures(sorted);
    if (!('error' in made)) this.sets.set(key, made);
    return made;
  }

  /** The row's paths with nothing failed (the routing index caches them). */
  baseline(row: Row): RouteDetail | { error: string } {
    return this.index.routeDetail(row.from, row.to, { pathsOnly: true });
  }

  /** The row's paths in a scenario. */
  paths(row: Row, down: FailureSet): PathState {
    let cache = this.rowCaches.get(row);
    if (!cache) this.rowCaches.set(row, (cache = { site: this.site(row), states: new Map() }));
    const sig = this.signature(cache.site, down);
    if (sig === '') {
      const d = this.baseline(row);
      return 'error' in d ? NO_PATH : stateOf(d);
    }
    if (sig === null) return this.query(row, down);
    let s = cache.states.get(sig);
    if (!s) cache.states.set(sig, (s = this.query(row, down)));
    return s;
  }

  /** Drops the row's cached paths: resilience analyses each row once, and 10,000 rows' caches add up. */
  forget(row: Row): void {
    this.rowCaches.delete(row);
  }

  /** The row's state in a scenario: paths, capacity and the verdicts. */
  state(row: Row, down: FailureSet): RowState {
    return this.verdicts(row, this.paths(row, down), down);
  }

  verdicts(row: Row, path: PathState, down: FailureSet): RowState {
    const capacity = capacityOf(this.index.topology, path, down);
    const s: RowState = { path, capacity };
    const h = holds(row, path);
    if (h !== undefined) s.holds = h;
    if (row.kind === 'traffic' && path.path !== 'none') {
      const f = fits(capacity, row.gbPerMonth ?? 0);
      if (f !== undefined) s.fits = f;
    }
    return s;
  }

  private query(row: Row, down: FailureSet): PathState {
    this.queries++;
    const d = this.index.routeDetail(row.from, row.to, { down, pathsOnly: true });
    return 'error' in d ? NO_PATH : stateOf(d);
  }

  /** The row's on-premise site (the first end that is on premise), or null. */
  site(row: Row): Site | null {
    return this.siteOf(`${row.from}\u0000${row.to}`, row);
  }

  private siteOf(rowKey: string, row: Row): Site | null {
    let site = this.rowSites.get(rowKey);
    if (site === undefined) {
      site = null;
      for (const name of [row.from, row.to]) {
        const e = this.index.resolve(name);
        if (!('error' in e) && e.kind === 'onprem') {
          site = e.site;
          break;
        }
      }
      this.rowSites.set(rowKey, site);
    }
    return site;
  }

  /**
   * The site's VIFs and VPNs the scenario takes down, as a key: '' when none (the baseline
   * answers), null when the cache cannot be used (a failed gateway, or no on-premise end).
   */
  private signature(site: Site | null, down: FailureSet): string | null {
    if (down.empty) return '';
    if (!site) return null;
    let bySite = this.signatures.get(down);
    if (!bySite) {
      this.signatures.set(down, (bySite = new Map()));
      const t = this.index.topology;
      if ([...down.names].some((n) => GATEWAY_KINDS.has(t.byName.get(n)?.kind ?? ''))) bySite.set(NO_SITE, null);
    }
    if (bySite.get(NO_SITE) === null) return null;
    let sig = bySite.get(site);
    if (sig === undefined) {
      const g = this.index.graph;
      const names: string[] = [];
      for (const vif of g.vifsOf(site)) if (down.vifCause(vif) !== undefined) names.push(vif.name);
      for (const vpn of g.vpnsOf(site)) if (down.vpnCause(vpn) !== undefined) names.push(vpn.name);
      bySite.set(site, (sig = names.join('\u0000')));
    }
    return sig;
  }
}

/** Stands for "every site" in the signature memo: a scenario that fails a gateway is never cached. */
const NO_SITE = {} as Site;

/** How `after` differs from `before` for the row (see Change and Status). */
export function compare(before: RowState, after: RowState): Outcome {
  const b = before.path;
  const a = after.path;
  let change: Change;
  if (a.path === 'none') change = b.path === 'none' ? 'unchanged' : 'broken';
  else if (stateKey(a) === stateKey(b)) {
    // Same paths; a LAG that lost members but stays up carries less.
    const lower = after.capacity.legs.some((l, i) => (l.mbps ?? Infinity) < (before.capacity.legs[i]?.mbps ?? Infinity) - 1e-9);
    change = lower ? 'degraded' : 'unchanged';
  } else if (a.path === 'vpn' && b.path !== 'vpn') change = 'moved-to-vpn';
  else if (a.path === 'internet' && b.path !== 'internet') change = 'moved-to-internet';
  else change = 'moved';
  const status: Status = before.holds === true && after.holds === false ? 'intent-broken' : change;
  const cap = after.capacity.legs.map((l) => `${l.carrier ?? ''}=${l.mbps ?? '?'}${l.links ? `/${l.links.up}of${l.links.of}` : ''}`).join(',');
  const key = `${status}|${stateKey(a)}|${cap}|${String(after.holds)}|${String(after.fits)}`;
  return { ...after, status, change, key };
}

/** Worst first: what a design review reads first. */
export const STATUS_ORDER: Record<Status, number> = {
  'intent-broken': 0, broken: 1, 'moved-to-internet': 2, 'moved-to-vpn': 3, moved: 4, degraded: 5, unchanged: 6,
};

export const STATUS_WORDS: Record<Status, string> = {
  unchanged: 'unchanged',
  degraded: 'degraded',
  moved: 'moved',
  'moved-to-vpn': 'moved to VPN',
  'moved-to-internet': 'moved to internet',
  broken: 'broken',
  'intent-broken': 'intent now broken',
};

export { NO_PATH };
