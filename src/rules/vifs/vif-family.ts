import { hasSessionFor } from '../../model/vif';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-family',
    severity: 'error',
    area: 'vifs',
    description: 'A VIF advertises a prefix of an address family it has no BGP session for.',
    why: 'Direct Connect does not run multiprotocol BGP: an IPv4 session carries only IPv4 prefixes and an IPv6 session only IPv6 ones. A prefix of the other family is never advertised, so AWS has no route back to it.',
    hint: 'set `addressFamily: dual` to add a session of that family, or move the prefix to a VIF that has one',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/add-peer-to-vif.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      for (const a of vif.advertisements) {
        if (hasSessionFor(vif, a.prefix.family)) continue;
        ctx.report({
          path: a.path,
          message: `${vif.name} advertises the IPv${a.prefix.family} prefix ${a.prefix.text} but has only an ${vif.addressFamily === 'ipv4' ? 'IPv4' : 'IPv6'} BGP session (addressFamily: ${vif.addressFamily})`,
        });
      }
    }
  },
};
