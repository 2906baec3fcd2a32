import { findOverlaps, type OverlapItem } from '../../net/overlap';
import type { Site } from '../../model/types';
import type { Rule } from '../types';
import { indexInDocument } from '../../model/load';

interface SiteCidr {
  site: Site;
  /** Index in the site's `cidrs`. */
  index: number;
}

/** How many earlier CIDRs one message names before "and N more". */
const NAMED = 3;

export const rule: Rule = {
  meta: {
    id: 'site-overlap',
    severity: 'error',
    area: 'addressing',
    description: "Two sites' CIDRs overlap.",
    why:
      'AWS sends traffic for on-premise space to whichever site advertises the longest matching prefix; ' +
      'when two sites claim the same addresses, traffic for one of them lands at the other.',
    hint: 'give each site its own address space, or describe a shared network as one site',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    const items: OverlapItem<SiteCidr>[] = [];
    for (const site of ctx.topology.sites) {
      site.cidrs.forEach((prefix) => items.push({ prefix, value: { site, index: indexInDocument(prefix) } }));
    }
    // Pairs come ordered by the later item, so the earlier CIDRs of one later CIDR are adjacent.
    // Overlaps inside one site are not this rule's concern.
    const pairs = findOverlaps(items).filter(([a, b]) => a.value.site !== b.value.site);
    for (let i = 0; i < pairs.length; ) {
      const later = pairs[i][1];
      const earlier: OverlapItem<SiteCidr>[] = [];
      for (; i < pairs.length && pairs[i][1] === later; i++) earlier.push(pairs[i][0]);
      const named = earlier.slice(0, NAMED).map((e) => `${e.prefix.text} of site ${e.value.site.name}`).join(', ');
      const more = earlier.length > NAMED ? ` and ${earlier.length - NAMED} more` : '';
      const first = earlier[0];
      ctx.report({
        path: [...later.value.site.path, 'cidrs', later.value.index],
        message: `${later.prefix.text} of site ${later.value.site.name} overlaps ${named}${more}`,
        hint: `give ${later.value.site.name} address space that ${first.value.site.name} does not use, or merge the two into one site`,
      });
    }
  },
};
