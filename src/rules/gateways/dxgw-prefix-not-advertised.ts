import { PrefixTrie } from '../../net/trie';
import type { Vpc } from '../../model/types';
import type { Rule } from '../types';
import { gatewayLabel, vpcsOfAssociation } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'dxgw-prefix-not-advertised',
    severity: 'warning',
    area: 'gateways',
    description: 'A VPC CIDR behind a DXGW association is covered by no allowed prefix, so on-premise never learns it.',
    why: 'Allowed prefixes decide what a Direct Connect gateway advertises: a VGW association advertises a VPC CIDR only when an allowed prefix equals or contains it, and a transit gateway association advertises only its allowed prefixes.',
    hint: 'add the VPC CIDR, or a supernet of it, to the association\'s allowedPrefixes',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/allowed-to-prefixes.html',
  },
  check(ctx) {
    for (const dxgw of ctx.topology.dxgws) {
      for (const assoc of dxgw.associations) {
        // Omitted: a VGW association advertises its VPC's CIDRs (the default), and a transit
        // gateway association without allowedPrefixes is dxgw-allowed-prefixes'.
        if (assoc.allowedPrefixes === undefined) continue;
        const allowed = new PrefixTrie<true>();
        for (const p of assoc.allowedPrefixes) allowed.insert(p, true);
        const seen = new Set<Vpc>();
        for (const vpc of vpcsOfAssociation(assoc)) {
          if (seen.has(vpc)) continue;
          seen.add(vpc);
          const missing = vpc.cidrs.filter((c) => allowed.longestMatch(c) === undefined).map((c) => c.text);
          if (missing.length === 0) continue;
          const relation = assoc.gateway.kind === 'vgw' ? 'behind' : 'attached to';
          ctx.report({
            path: [...assoc.path, 'allowedPrefixes'],
            message: `${missing.length === 1 ? 'CIDR' : 'CIDRs'} ${missing.join(', ')} of VPC ${vpc.name} (${relation} ${gatewayLabel(assoc.gateway)}) ${missing.length === 1 ? 'is' : 'are'} covered by no allowed prefix of ${dxgw.name}'s association: on-premise never learns ${missing.length === 1 ? 'it' : 'them'}`,
            hint: `add ${missing.join(', ')} (or a supernet) to allowedPrefixes`,
          });
        }
      }
    }
  },
};
