import type { Family } from '../../net/prefix';
import type { Rule } from '../types';

export const MAX_PRIVATE_TRANSIT = 100;
export const MAX_PUBLIC = 1000;

export const rule: Rule = {
  meta: {
    id: 'vif-prefix-limit',
    severity: 'error',
    area: 'vifs',
    description: 'A private or transit VIF advertises more than 100 prefixes of one address family; a public VIF more than 1000.',
    why: 'When the customer advertises more routes than the session allows, AWS puts the BGP session into Idle: the VIF carries nothing until routes are withdrawn.',
    hint: 'summarise the advertised prefixes into fewer, shorter ones',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const max = vif.type === 'public' ? MAX_PUBLIC : MAX_PRIVATE_TRANSIT;
      if (vif.advertise.length <= max) continue; // cheap exit for the usual short list
      // One route per distinct prefix: a prefix written twice is still one route.
      const distinct: Record<Family, Set<string>> = { 4: new Set(), 6: new Set() };
      for (const p of vif.advertise) distinct[p.family].add(p.text);
      for (const family of [4, 6] as const) {
        const n = distinct[family].size;
        if (n <= max) continue;
        ctx.report({
          path: [...vif.path, 'advertise'],
          message: `${vif.name} advertises ${n} IPv${family} prefixes; a ${vif.type} VIF accepts at most ${max} per address family`,
        });
      }
    }
  },
};
