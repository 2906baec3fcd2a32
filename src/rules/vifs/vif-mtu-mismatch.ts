import type { Vgw, Vif } from '../../model/types';
import { vgwsReachedBy } from '../lib/propagation';
import type { Rule } from '../types';

/** AWS's MTU for a route learned over VIFs that disagree on it. */
const FALLBACK_MTU = 1500;

export const rule: Rule = {
  meta: {
    id: 'vif-mtu-mismatch',
    severity: 'warning',
    area: 'vifs',
    description: 'Two private VIFs advertise the same prefix toward the same gateway with different MTUs: AWS uses 1500 for it, so jumbo frames are lost.',
    why: 'When one prefix is learned over several private VIFs whose MTUs differ, AWS sends traffic to it with an MTU of 1500 over all of them: the jumbo frames the design counts on are fragmented or dropped.',
    hint: 'give every private VIF that advertises the prefix toward this gateway the same MTU',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/set-jumbo-frames-vif.html',
  },
  check(ctx) {
    // Per VGW, which VIFs advertise each prefix toward it.
    const byVgw = new Map<Vgw, Map<string, Vif[]>>();
    for (const vif of ctx.topology.vifs) {
      for (const vgw of vgwsReachedBy(vif)) {
        let byPrefix = byVgw.get(vgw);
        if (!byPrefix) byVgw.set(vgw, (byPrefix = new Map()));
        for (const p of vif.advertise) {
          const list = byPrefix.get(p.text);
          if (!list) byPrefix.set(p.text, [vif]);
          else if (!list.includes(vif)) list.push(vif);
        }
      }
    }
    // One finding per jumbo VIF: the first gateway and prefix where another VIF disagrees.
    const reported = new Set<Vif>();
    for (const [vgw, byPrefix] of byVgw) {
      for (const [prefix, vifs] of byPrefix) {
        const lowest = Math.min(...vifs.map((v) => v.mtu));
        for (const vif of vifs) {
          if (vif.mtu === lowest || reported.has(vif)) continue;
          reported.add(vif);
          const other = vifs.find((v) => v.mtu === lowest) as Vif;
          ctx.report({
            path: [...vif.path, 'mtu'],
            message: `${vif.name} (MTU ${vif.mtu}) and ${other.name} (MTU ${other.mtu}) both advertise ${prefix} toward ${vgw.name}: AWS uses an MTU of ${FALLBACK_MTU} for it, so ${vif.name}'s jumbo frames are lost`,
          });
        }
      }
    }
  },
};
