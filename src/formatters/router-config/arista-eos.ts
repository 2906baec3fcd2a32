// Arista EOS: a routed parent with an `encapsulation dot1q vlan` sub-interface, `router bgp`
// with IPv4 neighbors active by default and IPv6 ones activated under `address-family ipv6`,
// prefix lists or route maps outbound, BFD on the sub-interface and per neighbor. Checked against
// Arista's sub-interface page (`no switchport` on the parent, `encapsulation dot1q vlan N`:
// https://www.arista.com/en/um-eos/eos-layer-2-subinterfaces) and a published EOS BFD example
// (`bfd interval … min_rx … multiplier …` on the interface, `neighbor … bfd` under `router bgp`:
// https://cloud.google.com/network-connectivity/docs/router/how-to/bfd-interop).
import { BGP_KEY, type RouterConfigPlan, type Session } from '../../planning/router-config';
import { ciscoStylePolicy, hasAttributes, hasCommunities, header, policyNames, withLength } from './common';

const DEFAULT_INTERFACE = 'Ethernet1';

function eosPrefixList(s: Session, name: string, prefixes: { text: string }[]): string[] {
  // EOS writes IPv4 prefix lists on one line per entry, IPv6 ones as a block.
  if (s.family === 4) return prefixes.map((p, i) => `ip prefix-list ${name} seq ${(i + 1) * 10} permit ${p.text}`);
  return [`ipv6 prefix-list ${name}`, ...prefixes.map((p, i) => `   seq ${(i + 1) * 10} permit ${p.text}`)];
}

export function renderAristaEos(plan: RouterConfigPlan): string {
  const iface = plan.interface ?? DEFAULT_INTERFACE;
  const lines = header(plan, 'arista-eos', '!', { name: iface, placeholder: plan.interface === undefined });
  lines.push(`interface ${iface}`, '   no switchport');
  if (plan.mtu) lines.push(`   mtu ${plan.mtu}`);
  lines.push(`interface ${iface}.${plan.vlan}`, `   encapsulation dot1q vlan ${plan.vlan}`);
  for (const s of plan.sessions) lines.push(s.family === 4 ? `   ip address ${withLength(s)}` : `   ipv6 address ${withLength(s)}`);
  if (plan.mtu) lines.push(`   mtu ${plan.mtu}`);
  lines.push(`   bfd interval ${plan.bfd.intervalMs} min_rx ${plan.bfd.intervalMs} multiplier ${plan.bfd.multiplier}`);
  lines.push(`router bgp ${plan.localAsn}`);
  for (const s of plan.sessions) {
    const n = `   neighbor ${s.amazonAddress}`;
    lines.push(`${n} remote-as ${plan.remoteAsn}`);
    if (plan.md5) lines.push(`${n} password 0 ${BGP_KEY}`);
    lines.push(`${n} bfd`);
    if (hasCommunities(s)) lines.push(`${n} send-community`);
  }
  for (const s of plan.sessions) {
    const names = policyNames(plan, s);
    const filter = hasAttributes(s) ? `route-map ${names.out} out` : `prefix-list ${names.out} out`;
    lines.push(`   address-family ${s.family === 4 ? 'ipv4' : 'ipv6'}`, `      neighbor ${s.amazonAddress} activate`, `      neighbor ${s.amazonAddress} ${filter}`);
    for (const g of s.groups) for (const p of g.prefixes) lines.push(`      network ${p.text}`);
  }
  const v6 = plan.sessions.find((s) => s.family === 6);
  if (v6) lines.push('   address-family ipv4', `      no neighbor ${v6.amazonAddress} activate`);
  for (const s of plan.sessions) lines.push(...ciscoStylePolicy(plan, s, '   ', (name, prefixes) => eosPrefixList(s, name, prefixes)));
  return `${lines.join('\n')}\n`;
}
