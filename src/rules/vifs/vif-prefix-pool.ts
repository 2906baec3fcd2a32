import type { Family } from '../../net/prefix';
import type { Carrier, Vif } from '../../model/types';
import { DEFAULT_PREFIX_ALLOCATION, hasSessionFor } from '../../model/vif';
import { acceptedPrefixAllocation, allocationPath, PREFIX_POOL_BY_MBPS } from '../lib/prefix-allocation';
import type { Rule } from '../types';
import { carrierLabel } from './lib/vif';

/** The port speed whose pool a dedicated connection or LAG has (a LAG's members share one speed). */
function portMbps(carrier: Carrier): number | undefined {
  if (carrier.kind === 'lag') return carrier.members[0]?.bandwidthMbps;
  return carrier.type === 'dedicated' ? carrier.bandwidthMbps : undefined;
}

/** "10 Gbps", "400 Gbps". */
const speedLabel = (mbps: number): string => `${mbps / 1000} Gbps`;

export const rule: Rule = {
  meta: {
    id: 'vif-prefix-pool',
    severity: 'error',
    area: 'vifs',
    description: 'The prefix allocations of the VIFs on one dedicated connection or LAG, some raised above the default, exceed its pool per family: 5,000 at 1 and 10 Gbps, 30,000 at 100 Gbps, 50,000 at 400 Gbps.',
    why: 'Every private or transit VIF takes its allocation (100 per family unless raised) from its connection\'s prefix pool; AWS refuses an allocation, or a new VIF, once the pool is used up.',
    hint: 'lower the allocations to what each VIF advertises, move VIFs to another connection, or use a faster port',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/prefix-controls.html',
  },
  check(ctx) {
    const byCarrier = new Map<Carrier, Vif[]>();
    for (const vif of ctx.topology.vifs) {
      // Allocations do not apply to public VIFs (their limit is fixed).
      if (vif.type === 'public') continue;
      let list = byCarrier.get(vif.carrier);
      if (!list) byCarrier.set(vif.carrier, (list = []));
      list.push(vif);
    }
    for (const [carrier, vifs] of byCarrier) {
      const mbps = portMbps(carrier);
      const pool = mbps === undefined ? undefined : PREFIX_POOL_BY_MBPS.get(mbps);
      // A speed with no pool is conn-dedicated-speed's finding; hosted connections have no pool.
      if (pool === undefined) continue;
      for (const family of [4, 6] as Family[]) {
        // Only the families a VIF has a session for take from the pool.
        const drawing = vifs.filter((v) => hasSessionFor(v, family));
        const total = drawing.reduce((sum, v) => sum + acceptedPrefixAllocation(v, family), 0);
        const raised = drawing.filter((v) => acceptedPrefixAllocation(v, family) > DEFAULT_PREFIX_ALLOCATION);
        // 51 VIFs at the default of 100 already pass a 5,000 pool, yet AWS's quotas allow them:
        // the pool limits allocations raised above the default, so it is checked only then.
        if (total <= pool || raised.length === 0) continue;
        const names = raised.map((v) => `${v.name} (${acceptedPrefixAllocation(v, family)})`);
        ctx.report({
          path: allocationPath(raised[0], family),
          message: `the VIFs on ${carrierLabel(carrier)} are allocated ${total.toLocaleString('en-US')} IPv${family} prefixes, over the pool of ${pool.toLocaleString('en-US')} per family of a ${speedLabel(mbps!)} ${carrier.kind === 'lag' ? 'LAG' : 'connection'}; raised: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`,
        });
      }
    }
  },
};
