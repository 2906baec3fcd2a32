import type { Family } from '../../net/prefix';
import { sessionFamilies } from '../../model/vif';
import { acceptedPrefixAllocation, PUBLIC_VIF_PREFIX_LIMIT } from '../lib/prefix-allocation';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-prefix-limit',
    severity: 'error',
    area: 'vifs',
    description: 'A private or transit VIF advertises more prefixes of one address family than its prefixAllocation (default 100); a public VIF more than 1000.',
    why: 'When the customer advertises more routes than the session accepts, AWS puts the BGP session into Idle: the VIF carries nothing until routes are withdrawn. A private or transit VIF accepts what is allocated to it from its connection\'s prefix pool (100 per family unless raised, at most 1,000).',
    hint: 'summarise the advertised prefixes into fewer, shorter ones, or raise the VIF\'s prefixAllocation (at most 1,000 on a dedicated connection or LAG)',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/prefix-controls.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const limitOf = (family: Family): number => (vif.type === 'public' ? PUBLIC_VIF_PREFIX_LIMIT : acceptedPrefixAllocation(vif, family));
      // Only families with a session: a prefix of another family is vif-family's finding.
      const families = sessionFamilies(vif);
      if (vif.advertise.length <= Math.min(...families.map(limitOf))) continue; // cheap exit for the usual short list
      // One route per distinct prefix: a prefix written twice is still one route.
      const distinct: Record<Family, Set<string>> = { 4: new Set(), 6: new Set() };
      for (const p of vif.advertise) distinct[p.family].add(p.text);
      for (const family of families) {
        const n = distinct[family].size;
        const max = limitOf(family);
        if (n <= max) continue;
        ctx.report({
          path: [...vif.path, 'advertise'],
          message: vif.type === 'public'
            ? `${vif.name} advertises ${n} IPv${family} prefixes; a public VIF accepts at most ${max} per address family`
            : `${vif.name} advertises ${n} IPv${family} prefixes; its prefix allocation accepts ${max}, so AWS puts the IPv${family} session in Idle`,
        });
      }
    }
  },
};
