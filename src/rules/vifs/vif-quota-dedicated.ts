import type { Carrier, Vif } from '../../model/types';
import type { Rule } from '../types';
import { carrierLabel, ordinal } from './lib/vif';

export const MAX_PRIVATE_PUBLIC = 50;
export const MAX_TRANSIT = 4;
/** Transit VIFs count against this total with private and public ones (limits.html). */
export const MAX_TOTAL = 51;

interface Count {
  n: number;
  /** The first VIF over the quota. */
  over?: Vif;
}

const count = (c: Count, max: number, vif: Vif): void => {
  c.n++;
  if (c.n === max + 1) c.over = vif;
};

export const rule: Rule = {
  meta: {
    id: 'vif-quota-dedicated',
    severity: 'error',
    area: 'vifs',
    description: 'A dedicated connection or LAG has more than 51 VIFs in total, more than 50 private+public VIFs, or more than 4 transit VIFs.',
    why: 'These per-connection quotas cannot be raised: AWS refuses the VIF beyond them. The 4 transit VIFs count against the total of 51, so 50 private or public VIFs leave room for one transit VIF only.',
    hint: 'move VIFs to another connection or LAG, or reach several VPCs through one VIF on a Direct Connect gateway',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    // A LAG (whatever its members) has the quota of a dedicated connection; hosted connections
    // are vif-quota-hosted's.
    const counts = new Map<Carrier, { pp: Count; transit: Count; total: Count }>();
    for (const vif of ctx.topology.vifs) {
      const carrier = vif.carrier;
      if (carrier.kind === 'connection' && carrier.type !== 'dedicated') continue;
      let c = counts.get(carrier);
      if (!c) counts.set(carrier, (c = { pp: { n: 0 }, transit: { n: 0 }, total: { n: 0 } }));
      if (vif.type === 'transit') count(c.transit, MAX_TRANSIT, vif);
      else count(c.pp, MAX_PRIVATE_PUBLIC, vif);
      count(c.total, MAX_TOTAL, vif);
    }
    for (const [carrier, c] of counts) {
      const kind = carrier.kind === 'lag' ? 'a LAG' : 'a dedicated connection';
      const report = (n: Count, max: number, what: string): void => {
        if (!n.over) return;
        ctx.report({
          path: [...n.over.path, 'connection'],
          message: `${carrierLabel(carrier)} carries ${n.n} ${what}; ${kind} takes at most ${max} (${n.over.name} is the ${ordinal(max + 1)})`,
        });
      };
      report(c.pp, MAX_PRIVATE_PUBLIC, 'private and public VIFs');
      report(c.transit, MAX_TRANSIT, 'transit VIFs');
      // The total is its own finding only when the per-type quotas do not already explain it:
      // with each type cut to its own quota, there would still be too many.
      if (Math.min(c.pp.n, MAX_PRIVATE_PUBLIC) + Math.min(c.transit.n, MAX_TRANSIT) > MAX_TOTAL) {
        report(c.total, MAX_TOTAL, `VIFs in total (${c.pp.n} private and public, ${c.transit.n} transit)`);
      }
    }
  },
};
