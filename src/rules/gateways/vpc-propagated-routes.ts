import { prefixesSentBy, sourcesByVgw } from '../lib/propagation';
import type { Rule } from '../types';
import { listNames } from './lib/dxgw';

/** Propagated routes a VPC route table keeps; this quota cannot be raised. */
export const MAX_PROPAGATED_ROUTES = 100;

export const rule: Rule = {
  meta: {
    id: 'vpc-propagated-routes',
    severity: 'warning',
    area: 'gateways',
    description: 'A VGW would propagate more than 100 distinct on-premise prefixes into its VPC\'s route tables.',
    why: 'A VPC route table holds at most 100 propagated (BGP) routes and the quota cannot be raised: routes beyond it are not installed, so some on-premise networks are unreachable from the VPC although every BGP session is up.',
    hint: 'advertise fewer, summarised prefixes (a default route or a supernet) toward this VPC',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  },
  check(ctx) {
    for (const [vgw, sources] of sourcesByVgw(ctx.topology)) {
      if (!vgw.vpc) continue;
      const sent = sources.map(prefixesSentBy);
      // Counting first: the distinct set is built only where the total could pass the quota.
      if (sent.reduce((n, list) => n + list.length, 0) <= MAX_PROPAGATED_ROUTES) continue;
      const distinct = new Set(sent.flatMap((list) => list.map((p) => p.text)));
      if (distinct.size <= MAX_PROPAGATED_ROUTES) continue;
      const from = sources.filter((_, i) => sent[i].length > 0).map((s) => s.name);
      ctx.report({
        path: vgw.path,
        message: `${vgw.name} learns ${distinct.size} distinct on-premise prefixes (from ${listNames(from)}) and would propagate them into the route tables of VPC ${vgw.vpc.name}, which keep at most ${MAX_PROPAGATED_ROUTES} propagated routes`,
      });
    }
  },
};
