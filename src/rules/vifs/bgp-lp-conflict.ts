import { localPreferenceCommunitiesIn } from '../../model/communities';
import type { Path } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'bgp-lp-conflict',
    severity: 'warning',
    area: 'vifs',
    description: 'A VIF or an advertised prefix carries more than one 7224:7xxx local-preference community (they are mutually exclusive).',
    why: 'The local-preference communities 7224:7100 (low), 7224:7200 (medium) and 7224:7300 (high) each set one preference on a route; a route tagged with several says two things at once, and which path AWS prefers back to on-premise no longer follows from the design.',
    hint: 'keep one of 7224:7100, 7224:7200 and 7224:7300 on each VIF or prefix',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const check = (communities: readonly string[], path: Path, what: string): void => {
        const lp = localPreferenceCommunitiesIn(communities);
        if (lp.length < 2) return;
        ctx.report({
          path,
          message: `${what} carries ${lp.length} local-preference communities (${lp.join(', ')}); they are mutually exclusive`,
        });
      };
      check(vif.communities, [...vif.path, 'communities'], vif.name);
      // An entry's own communities replace the VIF's; an inherited list was checked above.
      for (const a of vif.advertisements) {
        if (a.communities !== vif.communities) check(a.communities, [...a.path, 'communities'], `${a.prefix.text} on ${vif.name}`);
      }
    }
  },
};
