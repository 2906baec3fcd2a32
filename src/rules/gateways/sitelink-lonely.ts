import type { Rule } from '../types';
import { vifsByDxgw } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'sitelink-lonely',
    severity: 'warning',
    area: 'gateways',
    description: 'A Direct Connect gateway has exactly one SiteLink VIF, or all its SiteLink VIFs sit at one location: nothing to link.',
    why: 'SiteLink carries traffic between VIFs at different Direct Connect locations attached to the same Direct Connect gateway. With one SiteLink VIF, or all of them at one location, it links nothing, yet each SiteLink VIF is billed by the hour.',
    hint: 'enable SiteLink on a VIF at another location on the same Direct Connect gateway, or drop `sitelink`',
    source: 'https://aws.amazon.com/directconnect/faqs/',
  },
  check(ctx) {
    for (const [dxgw, vifs] of vifsByDxgw(ctx.topology)) {
      const linked = vifs.filter((v) => v.sitelink);
      if (linked.length === 0) continue;
      const locations = new Set(linked.map((v) => v.carrier.location));
      if (linked.length > 1 && locations.size > 1) continue;
      const [first] = linked;
      ctx.report({
        path: [...first.path, 'sitelink'],
        message: linked.length === 1
          ? `${first.name} is the only SiteLink VIF on ${dxgw.name}: SiteLink has no other location to link it to`
          : `the SiteLink VIFs on ${dxgw.name} (${linked.map((v) => v.name).join(', ')}) all sit at ${first.carrier.location.name}: SiteLink links different locations`,
      });
    }
  },
};
