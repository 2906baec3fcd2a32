import type { Vif } from '../../model/types';
import { MISMATCHED_MTU } from '../../routing/tables';
import type { Rule } from '../types';

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
    // Most designs use one MTU on every private VIF: then nothing can disagree.
    const privateMtus = new Set(ctx.topology.vifs.filter((v) => v.type === 'private').map((v) => v.mtu));
    if (privateMtus.size < 2) return;
    // One finding per jumbo VIF: the first gateway and prefix where another VIF disagrees.
    const reported = new Set<Vif>();
    for (const vgw of ctx.topology.vgws) {
      const vifs = ctx.routing.graph.privateVifsReaching(vgw);
      if (vifs.length < 2) continue;
      const lowest = Math.min(...vifs.map((v) => v.mtu));
      // Where every VIF toward this VGW has one MTU, no prefix can disagree.
      if (vifs.every((v) => v.mtu === lowest)) continue;
      const byPrefix = new Map<string, Vif[]>();
      for (const vif of vifs) {
        for (const p of vif.advertise) {
          const list = byPrefix.get(p.text);
          if (!list) byPrefix.set(p.text, [vif]);
          else if (!list.includes(vif)) list.push(vif);
        }
      }
      for (const [prefix, sharing] of byPrefix) {
        const low = Math.min(...sharing.map((v) => v.mtu));
        for (const vif of sharing) {
          if (vif.mtu === low || reported.has(vif)) continue;
          reported.add(vif);
          const other = sharing.find((v) => v.mtu === low) as Vif;
          ctx.report({
            path: [...vif.path, 'mtu'],
            message: `${vif.name} (MTU ${vif.mtu}) and ${other.name} (MTU ${other.mtu}) both advertise ${prefix} toward ${vgw.name}: AWS uses an MTU of ${MISMATCHED_MTU} for it, so ${vif.name}'s jumbo frames are lost`,
          });
        }
      }
    }
  },
};
