import { prefixesLearnedByVgw } from '../lib/propagation';
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
    for (const [vgw, learned] of prefixesLearnedByVgw(ctx.topology)) {
      if (!vgw.vpc || learned.length <= MAX_PROPAGATED_ROUTES) continue;
      const distinct = new Set(learned.map((l) => l.prefix.text));
      if (distinct.size <= MAX_PROPAGATED_ROUTES) continue;
      const sources = [...new Set(learned.map((l) => l.from.name))];
      ctx.report({
        path: vgw.path,
        message: `${vgw.name} learns ${distinct.size} distinct on-premise prefixes (from ${listNames(sources)}) and would propagate them into the route tables of VPC ${vgw.vpc.name}, which keep at most ${MAX_PROPAGATED_ROUTES} propagated routes`,
      });
    }
  },
};
