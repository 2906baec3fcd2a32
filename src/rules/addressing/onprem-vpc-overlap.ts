import { Allocator } from '../../model/allocate';
import { overlaps, type Prefix } from '../../net/prefix';
import { indexInDocument } from '../../model/load';
import type { Rule } from '../types';

/** How many paths one message names before "and N more". */
const NAMED = 3;

export const rule: Rule = {
  meta: {
    id: 'onprem-vpc-overlap',
    severity: 'error',
    // rules.md lists it under Addressing; it lives with the routing rules because it needs the
    // routing index (which site has a candidate path to which VPC).
    area: 'addressing',
    description: 'A site CIDR overlaps the CIDR of a VPC that the site has a candidate path to.',
    why:
      'A VPC always prefers its local route for its own CIDR, and on-premise routes its own space locally: ' +
      'addresses in both ranges cannot be reached across the Direct Connect or VPN path in either direction.',
    hint: 'renumber the VPC or the site so their address spaces are disjoint',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
  },
  check(ctx) {
    const idx = ctx.routing;
    const free = new Allocator(ctx.topology);
    for (const site of ctx.topology.sites) {
      if (site.cidrs.length === 0) continue;
      for (const [vpc, routes] of idx.siteTable(site).byVpc) {
        for (const vc of vpc.cidrs) {
          const sc = site.cidrs.find((c) => overlaps(c, vc));
          if (!sc) continue;
          const vias = [...new Set(routes.map((r) => r.via.name))].sort();
          const named = vias.slice(0, NAMED).join(', ') + (vias.length > NAMED ? ` and ${vias.length - NAMED} more` : '');
          ctx.report({
            path: [...vpc.path, 'cidrs', indexInDocument(vc)],
            message: `${vc.text} of VPC ${vpc.name} overlaps ${sc.text} of site ${site.name}, which reaches ${vpc.name} over ${named}: neither side routes the shared addresses to the other`,
            hint: freeHint(vpc.name, site.name, vc, sc, free.cidrLike(vc)),
          });
        }
      }
    }
  },
};

function freeHint(vpc: string, site: string, vc: Prefix, sc: Prefix, free: Prefix | undefined): string {
  const plain = `renumber ${vpc} or ${site} so ${vc.text} and ${sc.text} no longer overlap`;
  return free ? `${plain}: ${free.text} is free for ${vpc} (a /${vc.length}, overlapping nothing in the topology)` : plain;
}
