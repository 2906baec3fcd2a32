// What the res-* rules count: a connection that is no LAG member, or a LAG, is one unit of
// failure on one AWS device at one location (rules.md, res-model).
import type { Carrier, Site } from '../../../model/types';
import { deviceOf, type Graph } from '../../../routing/graph';

export interface Unit {
  carrier: Carrier;
  location: string;
  /** The named AWS device; undefined counts as a device of its own. */
  device?: string;
  /** Distinct per device: connections without `awsDevice` never share one. */
  deviceKey: string;
  /** The customer router it ends on (a LAG's: its first member's). */
  router?: string;
}

export function unitOf(carrier: Carrier): Unit {
  const device = deviceOf(carrier);
  const location = carrier.location.name;
  const router = carrier.kind === 'connection' ? carrier.router : carrier.members[0]?.router;
  return {
    carrier, location, device, deviceKey: device === undefined ? `\u0001${carrier.name}` : `${location}\u0000${device}`,
    router: router?.name,
  };
}

/** The site's units that carry at least one VIF, in file order (connections first, then LAGs). */
export function siteUnits(graph: Graph, site: Site): Unit[] {
  return graph.carriersOf(site).filter((c) => graph.vifsOnCarrierOf(c).length > 0).map(unitOf);
}

export function carrierWords(c: Carrier): string {
  return c.kind === 'lag' ? `LAG ${c.name}` : c.name;
}

export function listWords(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  if (shown.length <= 1) return shown.join('') + more;
  if (more) return `${shown.join(', ')}${more}`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
