// A plain list of the values, for any other router: one `key: value` line each.
import { BGP_KEY, type RouterConfigPlan } from '../../planning/router-config';
import { header, withLength } from './common';

export function renderGeneric(plan: RouterConfigPlan): string {
  const iface = plan.interface ?? '<INTERFACE>';
  const lines = header(plan, 'generic', '#', { name: iface, placeholder: plan.interface === undefined });
  const port = `${plan.carrier.kind === 'lag' ? 'LAG' : 'connection'} ${plan.carrier.name}`;
  lines.push(
    `vif: ${plan.vif}`,
    `type: ${plan.type}`,
    `port: ${port}`,
    `router: ${plan.routers.join(', ')}`,
    `interface: ${iface}`,
    `vlan: ${plan.vlan}`,
    `mtu: ${plan.mtu ?? 1500}`,
    `customer asn: ${plan.localAsn}`,
    `amazon asn: ${plan.remoteAsn} (${plan.remoteAsnFrom})`,
    `bgp md5 key: ${plan.md5 ? BGP_KEY : 'none'}`,
    `bfd: minimum interval ${plan.bfd.intervalMs} ms, multiplier ${plan.bfd.multiplier}`,
  );
  for (const s of plan.sessions) {
    const f = `ipv${s.family}`;
    lines.push(`${f} customer address: ${withLength(s)}`, `${f} amazon address (neighbor): ${s.amazonAddress}`);
    for (const g of s.groups) {
      const attrs = [
        ...(g.asPathPrepend > 0 ? [`as-path prepend ${g.asPathPrepend}`] : []),
        ...(g.med > 0 ? [`med ${g.med}`] : []),
        ...(g.communities.length > 0 ? [`communities ${g.communities.join(' ')}`] : []),
      ];
      for (const p of g.prefixes) lines.push(`${f} advertise: ${p.text}${attrs.length > 0 ? ` (${attrs.join(', ')})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
