// Junos, as `set` commands (load set terminal): a VLAN-tagged unit, one external BGP group per
// family with its export policy (prefix lists matched exactly, then the attributes, then a final
// reject so nothing else is announced), BFD liveness detection as AWS documents it for Juniper.
import { BGP_KEY, type RouterConfigPlan, type Session } from '../../planning/router-config';
import { header, policyNames, prependList, withLength } from './common';

const DEFAULT_INTERFACE = 'xe-0/0/0';

function sessionLines(plan: RouterConfigPlan, s: Session): string[] {
  const names = policyNames(plan, s);
  const group = s.family === 4 ? plan.policyName : `${plan.policyName}-V6`;
  const policy = `set policy-options policy-statement ${names.out}`;
  const lines: string[] = [];
  s.groups.forEach((g, i) => {
    const list = names.group(i);
    for (const p of g.prefixes) lines.push(`set policy-options prefix-list ${list} ${p.text}`);
    const term = `${policy} term ${list} `;
    lines.push(`${term}from prefix-list ${list}`);
    if (g.asPathPrepend > 0) lines.push(`${term}then as-path-prepend "${prependList(plan, g)}"`);
    if (g.med > 0) lines.push(`${term}then metric ${g.med}`);
    if (g.communities.length > 0) {
      lines.push(`set policy-options community ${list}-COMMUNITIES members [ ${g.communities.join(' ')} ]`, `${term}then community set ${list}-COMMUNITIES`);
    }
    lines.push(`${term}then accept`);
  });
  lines.push(`${policy} term REJECT-OTHERS then reject`);
  const bgp = `set protocols bgp group ${group}`;
  lines.push(`${bgp} type external`, `${bgp} peer-as ${plan.remoteAsn}`, `${bgp} neighbor ${s.amazonAddress}`);
  if (plan.md5) lines.push(`${bgp} neighbor ${s.amazonAddress} authentication-key "${BGP_KEY}"`);
  lines.push(`${bgp} export ${names.out}`, `${bgp} bfd-liveness-detection minimum-interval ${plan.bfd.intervalMs}`, `${bgp} bfd-liveness-detection multiplier ${plan.bfd.multiplier}`);
  return lines;
}

export function renderJunos(plan: RouterConfigPlan): string {
  const iface = plan.interface ?? DEFAULT_INTERFACE;
  const lines = header(plan, 'junos', '#', { name: iface, placeholder: plan.interface === undefined }, [
    'An export policy announces only active routes: each prefix must be in the routing table (a static or aggregate route holds it there).',
    ...(plan.mtu ? [`The physical MTU of ${iface} must leave room for family inet mtu ${plan.mtu} plus the tagged Ethernet header.`] : []),
  ]);
  const unit = `set interfaces ${iface} unit ${plan.vlan}`;
  lines.push(`set interfaces ${iface} vlan-tagging`, `${unit} vlan-id ${plan.vlan}`);
  for (const s of plan.sessions) {
    const family = s.family === 4 ? 'inet' : 'inet6';
    lines.push(`${unit} family ${family} address ${withLength(s)}`);
    if (plan.mtu && s.family === 4) lines.push(`${unit} family inet mtu ${plan.mtu}`);
  }
  lines.push(`set routing-options autonomous-system ${plan.localAsn}`);
  for (const s of plan.sessions) lines.push(...sessionLines(plan, s));
  return `${lines.join('\n')}\n`;
}
