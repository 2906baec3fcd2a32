import { LOCAL_PREFERENCE_COMMUNITIES, SCOPE_COMMUNITIES } from '../../model/communities';
import type { Path, Vif } from '../../model/types';
import type { Rule } from '../types';

/** What AWS tags on the routes it sends over a public VIF; set on a customer's routes, they mean nothing. */
const AWS_SENT = ['7224:8100', '7224:8200'];

/** Why one community of a VIF does not do what it was written for, or undefined when it does. */
function problem(vif: Vif, community: string): { message: string; hint: string } | undefined {
  if (!community.startsWith('7224:')) return undefined; // the customer's own communities: AWS ignores them
  const where = `${vif.type} VIF ${vif.name}`;
  if (LOCAL_PREFERENCE_COMMUNITIES.includes(community)) {
    return vif.type !== 'public' ? undefined : {
      message: `${community} is a local-preference community, which AWS honours on private and transit VIFs only; on ${where} it does nothing`,
      hint: 'on a public VIF, scope the prefixes with 7224:9100 (the location\'s region), 7224:9200 (its continent) or 7224:9300 (global)',
    };
  }
  if (SCOPE_COMMUNITIES.includes(community)) {
    return vif.type === 'public' ? undefined : {
      message: `${community} is a public VIF scope community; on ${where} it does nothing`,
      hint: 'on a private or transit VIF, steer AWS\'s choice of VIF with 7224:7100 (low), 7224:7200 (medium) or 7224:7300 (high) local preference',
    };
  }
  const sentByAws = AWS_SENT.includes(community) ? ` (AWS tags ${community} on the routes it sends you; it means nothing on yours)` : '';
  return {
    message: `${community} on ${where} is not a community AWS acts on${sentByAws}: AWS removes unsupported 7224 communities`,
    hint: vif.type === 'public'
      ? 'use 7224:9100, 7224:9200 or 7224:9300 (scope), or remove it'
      : 'use 7224:7100, 7224:7200 or 7224:7300 (local preference), or remove it',
  };
}

export const rule: Rule = {
  meta: {
    id: 'vif-community',
    severity: 'warning',
    area: 'vifs',
    description: 'A VIF sets a 7224 community AWS does not act on there: an unknown one, a scope community (7224:9xxx) on a private or transit VIF, a local-preference community (7224:7xxx) on a public VIF.',
    why:
      'AWS acts on 7224:7100/7200/7300 (local preference) on private and transit VIFs and on 7224:9100/9200/9300 ' +
      '(how far a public prefix is propagated) on public VIFs; other 7224 communities are stripped. A community ' +
      'that does nothing leaves the traffic engineering it was written for silently undone.',
    hint: 'use a community AWS supports on this kind of VIF, or remove it',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const check = (communities: readonly string[], path: Path): void => communities.forEach((community, i) => {
        const p = problem(vif, community);
        if (p) ctx.report({ path: [...path, i], ...p });
      });
      check(vif.communities, [...vif.path, 'communities']);
      // An entry's own communities replace the VIF's; an inherited list was checked above.
      for (const a of vif.advertisements) {
        if (a.communities !== vif.communities) check(a.communities, [...a.path, 'communities']);
      }
    }
  },
};
