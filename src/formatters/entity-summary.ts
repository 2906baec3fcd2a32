// One line about an entity (what an editor shows on hovering a reference to it), and the
// paths a VIF opens toward VPCs, read from the routing engine's site table.
import { kindLabel, siteOfCarrier } from '../model/load';
import type { NamedEntity, Vif } from '../model/types';
import type { RoutingIndex } from '../routing/index';

const list = (names: readonly string[], none = 'none'): string => (names.length > 0 ? names.join(', ') : none);
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function entitySummary(e: NamedEntity): string {
  const label = `${kindLabel(e.kind)} ${e.name}`;
  switch (e.kind) {
    case 'site':
      return `${label}: ASN ${e.asn ?? 'not set'}, ${list(e.cidrs.map((p) => p.text), 'no CIDRs')}, routers ${list(e.routers.map((r) => r.name))}, ${count(e.hosts.length, 'host')}`;
    case 'router':
      return `${label} at site ${e.site.name}`;
    case 'host':
      return `${label} ${e.ip.text} at site ${e.site.name}`;
    case 'location':
      return `${label} (${e.region})`;
    case 'connection':
      return `${label}: ${e.type} ${e.bandwidth} at ${e.location.name}, router ${e.router.name}${e.lag ? `, member of ${e.lag.name}` : ''}`;
    case 'lag':
      return `${label} at ${e.location.name}: ${count(e.members.length, 'member')} (${list(e.members.map((m) => m.name))}), minimumLinks ${e.minimumLinks}`;
    case 'vif':
      return `${e.type} ${label}: VLAN ${e.vlan} on ${e.connection.name}, ASN ${e.asn ?? 'not set'}, gateway ${list(e.gateways.map((g) => g.name))}`;
    case 'vgw':
      return `${label} (${e.region}), ASN ${e.asn}, attached to ${e.vpc?.name ?? 'no VPC'}`;
    case 'dxgw':
      return `${label}: ASN ${e.asn}, associations ${list(e.associations.map((a) => a.gateway.name))}`;
    case 'tgw':
      return `${label} (${e.region}), ASN ${e.asn}, attachments ${list(e.attachments.map((v) => v.name))}`;
    case 'vpc':
      return `${label} (${e.region}) ${list(e.cidrs.map((p) => p.text), 'no CIDRs')}`;
    case 'resource':
      return `${label} ${e.ip.text}${e.publicIp ? ` (public ${e.publicIp.text})` : ''} in VPC ${e.vpc.name}`;
    case 'vpn':
      return `${label}: router ${e.router.name} → ${e.gateway.name}, ${e.routing === 'bgp' ? 'BGP' : 'static'} routing`;
  }
}

/** Each path from the VIF to the VPCs it reaches, with the prefixes on-premise learns over it. */
export function vifReach(routing: RoutingIndex, vif: Vif): string[] {
  if (vif.type === 'public') {
    return [`a public VIF reaches AWS public address space (acceptScope: ${vif.acceptScope}), not VPCs`];
  }
  const site = siteOfCarrier(vif.carrier);
  if (!site) return [`${vif.name} is on ${vif.carrier.name}, which ends on no site: it carries no traffic`];
  const routes = routing.siteTable(site).routes.filter((r) => r.via === vif);
  if (routes.length === 0) return [`${vif.name} reaches no VPC (run \`dxplan validate\` for why)`];
  return routes.map((r) => {
    const hops = [vif.name, r.dxgw?.name, r.gateway.name, list(r.vpcs.map((v) => v.name), 'no VPC')].filter((h): h is string => h !== undefined);
    return `${hops.join(' → ')} (learns ${list(r.prefixes.map((p) => p.text), 'nothing')})`;
  });
}
