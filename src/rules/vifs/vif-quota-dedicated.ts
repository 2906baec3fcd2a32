import type { Carrier, Vif } from '../../model/types';
import type { Rule } from '../types';
import { carrierLabel, ordinal } from './lib/vif';

export const MAX_PRIVATE_PUBLIC = 50;
export const MAX_TRANSIT = 4;

interface Count {
  n: number;
  /** The first VIF over the quota. */
  over?: Vif;
}

export const rule: Rule = {
  meta: {
    id: 'vif-quota-dedicated',
    severity: 'error',
    area: 'vifs',
    description: 'A dedicated connection or LAG has more than 50 private+public VIFs, or more than 4 transit VIFs.',
    why: 'These per-connection quotas cannot be raised: AWS refuses the VIF beyond them. Transit VIFs were limited to 1 per connection before April 2023.',
    hint: 'move VIFs to another connection or LAG, or reach several VPCs through one VIF on a Direct Connect gateway',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    // A LAG (whatever its members) has the quota of a dedicated connection; hosted connections
    // are vif-quota-hosted's.
    const counts = new Map<Carrier, { pp: Count; transit: Count }>();
    for (const vif of ctx.topology.vifs) {
      const carrier = vif.carrier;
      if (carrier.kind === 'connection' && carrier.type !== 'dedicated') continue;
      let c = counts.get(carrier);
      if (!c) counts.set(carrier, (c = { pp: { n: 0 }, transit: { n: 0 } }));
      const [count, max] = vif.type === 'transit' ? [c.transit, MAX_TRANSIT] : [c.pp, MAX_PRIVATE_PUBLIC];
      count.n++;
      if (count.n === max + 1) count.over = vif;
    }
    for (const [carrier, c] of counts) {
      const kind = carrier.kind === 'lag' ? 'a LAG' : 'a dedicated connection';
      const report = (count: Count, max: number, what: string): void => {
        if (!count.over) return;
        ctx.report({
          path: [...count.over.path, 'connection'],
          message: `${carrierLabel(carrier)} carries ${count.n} ${what} VIFs; ${kind} takes at most ${max} (${count.over.name} is the ${ordinal(max + 1)})`,
        });
      };
      report(c.pp, MAX_PRIVATE_PUBLIC, 'private and public');
      report(c.transit, MAX_TRANSIT, 'transit');
    }
  },
};
