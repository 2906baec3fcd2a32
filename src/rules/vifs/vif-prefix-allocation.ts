import { familyKey } from '../../model/vif';
import { allocationPath, refusedAllocation } from '../lib/prefix-allocation';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-prefix-allocation',
    severity: 'error',
    area: 'vifs',
    description: 'A prefixAllocation above 1,000 for a family, one other than the default of 100 on a hosted connection, or one on a public VIF.',
    why: 'AWS allocates at most 1,000 inbound prefixes per family to one VIF, and only on dedicated connections and LAGs; public VIFs have a fixed limit of 1,000 routes. AWS refuses any other allocation, and the VIF keeps the default of 100.',
    hint: 'allocate at most 1,000 per family, on a VIF of a dedicated connection or LAG; summarise prefixes if you need more',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/prefix-controls.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (!vif.prefixAllocation) continue;
      for (const family of [4, 6] as const) {
        const why = refusedAllocation(vif, family);
        if (!why) continue;
        ctx.report({
          path: allocationPath(vif, family),
          message: `${vif.name} allocates ${vif.prefixAllocation[familyKey(family)]!.toLocaleString('en-US')} IPv${family} prefixes, but ${why}`,
        });
      }
    }
  },
};
