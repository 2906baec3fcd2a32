import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-ipv6-peer-address',
    severity: 'error',
    area: 'vifs',
    description: 'An IPv6 amazonAddress or customerAddress: AWS assigns IPv6 BGP peer addresses (/125) itself.',
    why: 'For an IPv6 BGP session AWS allocates the /125 peer addresses from Amazon\'s pool; you cannot choose them. `amazonAddress` and `customerAddress` describe the IPv4 session only.',
    hint: 'drop the IPv6 address: AWS assigns it; keep `amazonAddress`/`customerAddress` for the IPv4 session of a dual VIF',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/add-peer-to-vif.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      for (const key of ['amazonAddress', 'customerAddress'] as const) {
        const a = vif[key];
        if (a?.address.family !== 6) continue;
        ctx.report({
          path: [...vif.path, key],
          message: `${key} ${a.text} of ${vif.name} is IPv6; AWS assigns the /125 addresses of an IPv6 BGP session itself`,
        });
      }
    }
  },
};
