import type { Vif } from '../../model/types';
import { sessionFamilies } from '../../model/vif';
import { acceptedPrefixAllocation, DXGW_PREFIX_ALLOCATIONS_MAX } from '../lib/prefix-allocation';
import type { Rule } from '../types';
import { vifsByDxgw } from './lib/dxgw';

/** What a VIF's allocations add to its gateway's total: each family it has a session for. */
function allocatedOn(vif: Vif): number {
  return sessionFamilies(vif).reduce((sum, family) => sum + acceptedPrefixAllocation(vif, family), 0);
}

export const rule: Rule = {
  meta: {
    id: 'dxgw-prefix-allocations',
    severity: 'error',
    area: 'gateways',
    description: 'The prefix allocations of the VIFs on one Direct Connect gateway add up to more than 10,000 (IPv4 and IPv6 together).',
    why: 'AWS caps the inbound prefixes allocated across all VIFs attached to one Direct Connect gateway at 10,000, both families together; it refuses an allocation or a VIF beyond that.',
    hint: 'lower the allocations to what each VIF advertises, or spread the VIFs over another Direct Connect gateway',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/prefix-controls.html',
  },
  check(ctx) {
    for (const [dxgw, vifs] of vifsByDxgw(ctx.topology)) {
      let total = 0;
      let over: Vif | undefined;
      for (const vif of vifs) {
        total += allocatedOn(vif);
        if (total > DXGW_PREFIX_ALLOCATIONS_MAX && !over) over = vif;
      }
      if (!over) continue;
      ctx.report({
        path: dxgw.path,
        message: `the VIFs on ${dxgw.name} are allocated ${total.toLocaleString('en-US')} prefixes (IPv4 and IPv6 together); a Direct Connect gateway takes at most ${DXGW_PREFIX_ALLOCATIONS_MAX.toLocaleString('en-US')} (${over.name} goes past it)`,
      });
    }
  },
};
