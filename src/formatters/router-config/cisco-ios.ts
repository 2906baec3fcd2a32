// Cisco IOS and IOS-XE: a dot1Q sub-interface, `router bgp` with per-family address families,
// prefix lists as the outbound filter (route maps where prefixes carry attributes), BFD as AWS
// documents it for Cisco (https://repost.aws/knowledge-center/enable-bfd-direct-connect).
import { BGP_KEY, type RouterConfigPlan, type Session } from '../../planning/router-config';
import { ciscoStylePolicy, hasAttributes, hasCommunities, header, ipv4Mask, networkOf, policyNames, prefixListLines, withLength } from './common';

// The spec's checked example names the interface GigabitEthernet0/1; each vendor's first port likewise.
const DEFAULT_INTERFACE = 'GigabitEthernet0/1';

function networkLine(s: Session, text: string): string {
  if (s.family === 6) return `  network ${text}`;
  const length = Number(text.slice(text.indexOf('/') + 1));
  return `  network ${networkOf(text)} mask ${ipv4Mask(length)}`;
}

export function renderCiscoIos(plan: RouterConfigPlan): string {
  const iface = plan.interface ?? DEFAULT_INTERFACE;
  const sub = `${iface}.${plan.vlan}`;
  const lines = header(plan, 'cisco-ios', '!', { name: iface, placeholder: plan.interface === undefined }, [
    'A network statement announces its prefix only while the prefix is in the routing table (a static route to Null0 holds an aggregate there).',
    ...(plan.mtu ? [`The MTU of ${iface} itself must be at least ${plan.mtu}: a sub-interface cannot exceed its parent.`] : []),
  ]);
  lines.push(`interface ${sub}`, ` encapsulation dot1Q ${plan.vlan}`);
  for (const s of plan.sessions) {
    lines.push(s.family === 4 ? ` ip address ${s.customerAddress} ${s.prefixLength === undefined ? '<NETMASK>' : ipv4Mask(s.prefixLength)}` : ` ipv6 address ${withLength(s)}`);
  }
  if (plan.mtu) lines.push(` mtu ${plan.mtu}`);
  lines.push(`router bgp ${plan.localAsn}`);
  for (const s of plan.sessions) {
    lines.push(` neighbor ${s.amazonAddress} remote-as ${plan.remoteAsn}`);
    if (plan.md5) lines.push(` neighbor ${s.amazonAddress} password ${BGP_KEY}`);
  }
  const v6 = plan.sessions.find((s) => s.family === 6);
  for (const s of plan.sessions) {
    lines.push(` address-family ${s.family === 4 ? 'ipv4' : 'ipv6'} unicast`);
    for (const g of s.groups) for (const p of g.prefixes) lines.push(networkLine(s, p.text));
    lines.push(`  neighbor ${s.amazonAddress} activate`);
    const names = policyNames(plan, s);
    lines.push(hasAttributes(s) ? `  neighbor ${s.amazonAddress} route-map ${names.out} out` : `  neighbor ${s.amazonAddress} prefix-list ${names.out} out`);
    if (hasCommunities(s)) lines.push(`  neighbor ${s.amazonAddress} send-community`);
    // IOS activates every neighbor for IPv4 unless told otherwise.
    if (s.family === 4 && v6) lines.push(`  no neighbor ${v6.amazonAddress} activate`);
    lines.push(' exit-address-family');
  }
  if (v6 && !plan.sessions.some((s) => s.family === 4)) lines.push(' address-family ipv4 unicast', `  no neighbor ${v6.amazonAddress} activate`, ' exit-address-family');
  for (const s of plan.sessions) lines.push(` neighbor ${s.amazonAddress} fall-over bfd`);
  lines.push('!', `interface ${sub}`, ` bfd interval ${plan.bfd.intervalMs} min_rx ${plan.bfd.intervalMs} multiplier ${plan.bfd.multiplier}`, '!');
  for (const s of plan.sessions) lines.push(...ciscoStylePolicy(plan, s, ' ', prefixListLines(s, 5)));
  return `${lines.join('\n')}\n`;
}
