// What-if failures: a set of failed objects, and what each failure takes down. A query takes
// a FailureSet and skips every candidate that crosses a failed object, so a scenario costs one
// set lookup per candidate, never a rebuilt index.
import type { Carrier, Connection, Lag, Vif, Vpn } from '../model/types';
import { suggest } from '../util/suggest';
import type { Graph } from './graph';

/** Kinds of objects a scenario may fail, besides AWS device ids (`awsDevice`). */
const FAILABLE = new Set(['location', 'connection', 'lag', 'vif', 'router', 'vpn', 'dxgw', 'vgw', 'tgw']);

export class FailureSet {
  /** The failed names as given (entity names or AWS device ids). */
  readonly names: ReadonlySet<string>;
  private readonly carrierMemo = new Map<Carrier, string | undefined>();

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
  }

  get empty(): boolean {
    return this.names.size === 0;
  }

  /** The failed object that takes the connection down, if any. */
  connectionCause(c: Connection): string | undefined {
    const n = this.names;
    if (n.has(c.name)) return c.name;
    if (n.has(c.router.name)) return c.router.name;
    if (n.has(c.location.name)) return c.location.name;
    if (c.awsDevice !== undefined && n.has(c.awsDevice)) return c.awsDevice;
    return undefined;
  }

  /** Why a connection or LAG is down; a LAG falls when fewer than max(1, minimumLinks) members stay up. */
  carrierCause(carrier: Carrier): string | undefined {
    if (this.names.size === 0) return undefined;
    if (this.carrierMemo.has(carrier)) return this.carrierMemo.get(carrier);
    let cause: string | undefined;
    if (carrier.kind === 'connection') {
      cause = this.connectionCause(carrier);
      if (!cause && carrier.lag) cause = this.lagCause(carrier.lag);
    } else {
      cause = this.lagCause(carrier);
    }
    this.carrierMemo.set(carrier, cause);
    return cause;
  }

  private lagCause(lag: Lag): string | undefined {
    if (this.names.has(lag.name)) return lag.name;
    if (this.names.has(lag.location.name)) return lag.location.name;
    const down = lag.members.map((m) => this.connectionCause(m)).filter((c): c is string => c !== undefined);
    const up = lag.members.length - down.length;
    const needed = Math.max(1, lag.minimumLinks);
    if (up < needed) {
      return `${lag.name}: ${up} of ${lag.members.length} links up after ${[...new Set(down)].join(', ')} failed, below its minimum of ${needed}`;
    }
    return undefined;
  }

  vifCause(vif: Vif): string | undefined {
    if (this.names.size === 0) return undefined;
    if (this.names.has(vif.name)) return vif.name;
    return this.carrierCause(vif.carrier);
  }

  vpnCause(vpn: Vpn): string | undefined {
    if (this.names.size === 0) return undefined;
    if (this.names.has(vpn.name)) return vpn.name;
    if (this.names.has(vpn.router.name)) return vpn.router.name;
    return undefined;
  }

  /** The first failed name among gateways (DXGW, VGW, TGW) by name. */
  nameCause(...names: (string | undefined)[]): string | undefined {
    if (this.names.size === 0) return undefined;
    for (const n of names) if (n !== undefined && this.names.has(n)) return n;
    return undefined;
  }
}

export const NO_FAILURES = new FailureSet([]);

/**
 * A scenario from names: locations, AWS device ids, connections, LAGs, VIFs, routers, VPNs,
 * DXGWs, VGWs or TGWs. An unknown name is an error with a did-you-mean.
 */
export function makeFailureSet(graph: Graph, names: Iterable<string>): FailureSet | { error: string } {
  const devices = new Set(graph.awsDevices());
  const list = [...names];
  for (const name of list) {
    if (devices.has(name)) continue;
    const e = graph.topology.byName.get(name);
    if (e && FAILABLE.has(e.kind)) continue;
    if (e) {
      return { error: `${name} is a ${e.kind}; a scenario fails a location, AWS device, connection, LAG, VIF, router, VPN or gateway` };
    }
    const candidates = [...devices];
    for (const [n, ent] of graph.topology.byName) if (FAILABLE.has(ent.kind)) candidates.push(n);
    const near = suggest(name, candidates);
    return { error: `${name} names no location, AWS device, connection, LAG, VIF, router, VPN or gateway${near ? `; did you mean ${near}?` : ''}` };
  }
  return new FailureSet(list);
}
