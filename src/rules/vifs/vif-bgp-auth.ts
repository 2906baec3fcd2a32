import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-bgp-auth',
    severity: 'warning',
    area: 'vifs',
    description: 'bgpAuthKey: false — AWS always runs MD5 on the BGP session, so the router needs the key.',
    why: 'AWS enables MD5 authentication on every Direct Connect BGP session and it cannot be turned off (AWS generates a key when you give none): a router without the key never brings the session up.',
    hint: 'configure the VIF\'s MD5 key on the router (AWS generates one if you set none), then set bgpAuthKey: true',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/add-peer-to-vif.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.bgpAuthKey !== false) continue; // omitted means unknown
      ctx.report({
        path: [...vif.path, 'bgpAuthKey'],
        message: `${vif.name} has no BGP MD5 key configured (bgpAuthKey: false), but AWS always authenticates the session with one`,
      });
    }
  },
};
