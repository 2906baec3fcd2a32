import type { Site, Vpn } from '../../model/types';
import type { Rule } from '../types';
import { monthlyGb, VPN_MBPS, vpnMbps } from '../../routing/capacity';
import { flowList, fmtGb, routedFlows, type Direction } from './traffic-exceeds-capacity';

/** "1.25 Gbps each", or the rate of each when ECMP on a transit gateway doubles some. */
function rateWords(vpns: readonly Vpn[]): string {
  if (vpns.every((v) => vpnMbps(v) === VPN_MBPS)) return '1.25 Gbps each';
  return vpns.map((v) => `${v.name} ${vpnMbps(v) / 1000} Gbps${vpnMbps(v) > VPN_MBPS ? ' (both tunnels, ECMP on a transit gateway)' : ''}`).join(', ');
}

export const rule: Rule = {
  meta: {
    id: 'vpn-backup-capacity',
    severity: 'warning',
    area: 'routing',
    description: 'A site with a VPN sends or receives more over Direct Connect, per direction, than its VPN connections can carry.',
    why:
      'A Site-to-Site VPN connection carries about 1.25 Gbps (410,625 GB in a 730-hour month), and a VGW does not spread ' +
      'traffic over several. When Direct Connect fails, a VPN backup smaller than the traffic is a degraded path, not a backup.',
    hint: 'add VPN connections (on a transit gateway with BGP, ECMP spreads traffic over them), or back Direct Connect up with a second connection',
    source: 'https://aws.amazon.com/blogs/networking-and-content-delivery/scaling-vpn-throughput-using-aws-transit-gateway/',
  },
  check(ctx) {
    const t = ctx.topology;
    const vpnsOf = new Map<Site, Vpn[]>();
    for (const vpn of t.vpns) {
      const site = vpn.router.site;
      const list = vpnsOf.get(site);
      if (list) list.push(vpn);
      else vpnsOf.set(site, [vpn]);
    }
    if (vpnsOf.size === 0) return;
    const siteByName = new Map(t.sites.map((s) => [s.name, s]));
    // Declared traffic each site sends (toward AWS) or receives (toward on-premise) over Direct Connect.
    const load = new Map<Site, Map<Direction, { gb: number; flows: Map<string, number> }>>();
    for (const f of routedFlows(t, ctx.routing)) {
      if (!f.paths[0].path.startsWith('direct-connect')) continue;
      const hop = f.paths[0].hops.find((h) => h.kind === 'site');
      const site = hop && siteByName.get(hop.name);
      if (!site || !vpnsOf.has(site)) continue;
      let bySite = load.get(site);
      if (!bySite) load.set(site, (bySite = new Map()));
      let dir = bySite.get(f.direction);
      if (!dir) bySite.set(f.direction, (dir = { gb: 0, flows: new Map() }));
      dir.gb += f.gb;
      dir.flows.set(f.label, (dir.flows.get(f.label) ?? 0) + f.gb);
    }
    for (const site of t.sites) {
      const bySite = load.get(site);
      const vpns = vpnsOf.get(site);
      if (!bySite || !vpns) continue;
      const cap = vpns.reduce((sum, v) => sum + monthlyGb(vpnMbps(v)), 0);
      const over = (['toward AWS', 'toward on-premise'] as Direction[])
        .map((d) => ({ d, l: bySite.get(d) }))
        .filter((x) => x.l !== undefined && x.l.gb > cap + 1e-6);
      if (over.length === 0) continue;
      const verbs = over.map(({ d, l }) => `${d === 'toward AWS' ? 'sends' : 'receives'} ${fmtGb(l!.gb)} GB a month over Direct Connect (${flowList(l!.flows)})`);
      const names = vpns.map((v) => v.name).join(', ');
      ctx.report({
        path: [...vpns[0].path, 'name'],
        message:
          `site ${site.name} ${verbs.join(' and ')}, more than its ${vpns.length} VPN connection${vpns.length === 1 ? '' : 's'} ` +
          `(${names}) can carry if Direct Connect fails: ${fmtGb(cap)} GB a month at ${rateWords(vpns)}`,
      });
    }
  },
};
