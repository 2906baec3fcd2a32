import type { Path } from '../../model/types';
import type { RouteResult } from '../../routing/types';
import type { Rule } from '../types';

/** Why `forward`'s VIF or VPN does not carry the replies: its alternative or rejection on the way back. */
function whyNotBack(forward: RouteResult, back: RouteResult): string {
  const alt = back.alternatives.find((a) => a.via === forward.via);
  if (alt) return `${forward.via} on the way back: ${alt.why}`;
  const rej = back.rejected.find((x) => x.via === forward.via);
  if (rej) return `${forward.via} on the way back: ${rej.why}`;
  return back.explanation.join(' ');
}

const ONPREM_START = new Set(['host', 'site']);
const isDx = (path: string | undefined): boolean => path?.startsWith('direct-connect') === true;

/**
 * The fix for the direction that took the VPN because Direct Connect offered a less specific
 * prefix. Toward AWS, on-premise learns what AWS advertises: over a TGW's Direct Connect gateway
 * only the allowed prefixes, over its VPN every VPC CIDR; the customer controls the allowed
 * prefixes and the on-premise filters, not what the VPN carries. Toward on-premise, AWS learns
 * what the customer advertises, which the customer controls.
 */
function hintFor(fwd: RouteResult, back: RouteResult): string | undefined {
  for (const r of [fwd, back]) {
    if (r.path !== 'vpn') continue;
    const lost = r.alternatives.find((a) => a.code === 'less-specific-prefix' && isDx(a.path));
    if (!lost || !r.prefix || !lost.prefix) continue;
    if (ONPREM_START.has(r.hops[0]?.kind ?? '')) {
      const dxgw = lost.hops.find((h) => h.kind === 'dxgw')?.name;
      const gw = lost.hops.find((h) => h.kind === 'tgw' || h.kind === 'vgw')?.name;
      const allow = dxgw && gw ? `add ${r.prefix} to allowedPrefixes of the ${dxgw} association with ${gw} (on-premise then learns it over ${lost.via} too), or ` : '';
      return `${allow}filter the routes learned over ${r.via} on-premise so that ${r.prefix} is not more specific there than over Direct Connect`;
    }
    return `advertise ${r.prefix} over ${lost.via} as well (AWS matches the longest prefix before it prefers Direct Connect), or stop advertising it over ${r.via}`;
  }
  if (isDx(fwd.path) && isDx(back.path)) {
    return `make on-premise prefer the VIF AWS sends the replies over (${back.via}), or steer AWS with the 7224:7xxx local preference on ${fwd.via}`;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'route-asymmetric',
    severity: 'warning',
    area: 'routing',
    description: 'For a traffic flow or intent between on-premise and a VPC address, the return path crosses a different VIF or VPN than the forward path.',
    why:
      'On-premise picks the way in and AWS picks the way back; when they differ (a more specific prefix over the VPN, ' +
      'local-preference communities that contradict on-premise policy), stateful firewalls and NAT drop the replies and capacity plans are wrong.',
    hint: 'make on-premise and AWS prefer the same path: match what on-premise learns (allowedPrefixes, on-premise route filters) and what it advertises, and mirror the 7224:7xxx local preference',
    source: 'https://repost.aws/knowledge-center/direct-connect-manage-asymmetric-routing',
  },
  check(ctx) {
    const idx = ctx.routing;
    const entries: { from: string; to: string; path: Path; label: string }[] = [
      ...ctx.topology.traffic.map((f) => ({ from: f.from, to: f.to, path: f.path, label: f.name ? `flow ${f.name}` : 'flow' })),
      ...ctx.topology.intents
        .filter((i) => i.expect !== 'unreachable')
        .map((i) => ({ from: i.from, to: i.to, path: i.path, label: i.name ? `intent ${i.name}` : 'intent' })),
    ];
    for (const e of entries) {
      const d = idx.routeDetail(e.from, e.to);
      // Unresolvable names and services or public addresses are not compared; no forward path is intent-unmet's.
      if ('error' in d || !d.returnPath || !d.forward.reachable || d.symmetric) continue;
      const fwd = d.forward;
      const back = d.returnPath;
      const pair = `${e.label} ${e.from} → ${e.to}`;
      const message = back.reachable
        ? `${pair} goes over ${fwd.via} (${fwd.path}) but the replies come back over ${back.via} (${back.path}): ${whyNotBack(fwd, back)}`
        : `${pair} goes over ${fwd.via} (${fwd.path}) but the replies have no way back: ${back.explanation.join(' ')}`;
      ctx.report({ path: e.path, message, hint: back.reachable ? hintFor(fwd, back) : undefined });
    }
  },
};
