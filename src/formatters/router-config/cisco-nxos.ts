// Cisco NX-OS: `feature` lines, a routed parent with a dot1q sub-interface, `router bgp` with
// neighbor sub-modes per family, prefix lists or route maps outbound, BFD on the sub-interface
// (AWS: 300 ms, multiplier 3; NX-OS needs `no ip redirects` there for BFD).
import { BGP_KEY, type RouterConfigPlan } from '../../planning/router-config';
import { ciscoStylePolicy, hasAttributes, hasCommunities, header, policyNames, prefixListLines, withLength } from './common';

const DEFAULT_INTERFACE = 'Ethernet1/1';

export function renderCiscoNxos(plan: RouterConfigPlan): string {
  const iface = plan.interface ?? DEFAULT_INTERFACE;
  const lines = header(plan, 'cisco-nxos', '!', { name: iface, placeholder: plan.interface === undefined });
  lines.push('feature bgp', 'feature bfd', `interface ${iface}`, '  no switchport');
  if (plan.mtu) lines.push(`  mtu ${plan.mtu}`);
  lines.push(`interface ${iface}.${plan.vlan}`, `  encapsulation dot1q ${plan.vlan}`);
  for (const s of plan.sessions) lines.push(s.family === 4 ? `  ip address ${withLength(s)}` : `  ipv6 address ${withLength(s)}`);
  if (plan.mtu) lines.push(`  mtu ${plan.mtu}`);
  lines.push(`  bfd interval ${plan.bfd.intervalMs} min_rx ${plan.bfd.intervalMs} multiplier ${plan.bfd.multiplier}`, '  no ip redirects', '  no shutdown');
  lines.push(`router bgp ${plan.localAsn}`);
  for (const s of plan.sessions) {
    lines.push(`  address-family ${s.family === 4 ? 'ipv4' : 'ipv6'} unicast`);
    for (const g of s.groups) for (const p of g.prefixes) lines.push(`    network ${p.text}`);
  }
  for (const s of plan.sessions) {
    const names = policyNames(plan, s);
    lines.push(`  neighbor ${s.amazonAddress}`, `    remote-as ${plan.remoteAsn}`);
    if (plan.md5) lines.push(`    password 0 ${BGP_KEY}`);
    lines.push('    bfd', `    address-family ${s.family === 4 ? 'ipv4' : 'ipv6'} unicast`);
    lines.push(hasAttributes(s) ? `      route-map ${names.out} out` : `      prefix-list ${names.out} out`);
    if (hasCommunities(s)) lines.push('      send-community');
  }
  for (const s of plan.sessions) lines.push(...ciscoStylePolicy(plan, s, '  ', prefixListLines(s, 5)));
  return `${lines.join('\n')}\n`;
}
