import type { Carrier, Vif } from '../../model/types';
import type { Rule } from '../types';
import { carrierLabel } from './lib/vif';
import { Allocator, MAX_VLAN, MIN_VLAN } from '../../model/allocate';

export const rule: Rule = {
  meta: {
    id: 'vif-vlan-unique',
    severity: 'error',
    area: 'vifs',
    description: 'Two VIFs on the same connection or LAG share a VLAN id.',
    why: 'The VLAN tag is what tells the VIFs on one port apart: AWS refuses a second VIF with a VLAN already used on the connection or LAG (hosted VIFs of other accounts included).',
    hint: 'give each VIF on a connection or LAG its own VLAN id',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  check(ctx) {
    // Per carrier (a VIF written on a LAG member counts on its LAG): the first VIF of each VLAN.
    const firstByVlan = new Map<Carrier, Map<number, Vif>>();
    const free = new Allocator(ctx.topology);
    for (const vif of ctx.topology.vifs) {
      if (vif.vlan < MIN_VLAN || vif.vlan > MAX_VLAN) continue; // vif-vlan-range's finding
      let vlans = firstByVlan.get(vif.carrier);
      if (!vlans) firstByVlan.set(vif.carrier, (vlans = new Map()));
      const first = vlans.get(vif.vlan);
      if (!first) {
        vlans.set(vif.vlan, vif);
        continue;
      }
      const where = carrierLabel(vif.carrier);
      ctx.report({
        path: [...vif.path, 'vlan'],
        message: `VLAN ${vif.vlan} is already used by ${first.name} on ${where}`,
        hint: freeVlanHint(where, free.vlan(vif.carrier)),
      });
    }
  },
};

function freeVlanHint(where: string, vlan: number | undefined): string {
  return vlan === undefined ? `pick a VLAN id unused on ${where}` : `pick a VLAN id unused on ${where}: ${vlan} is free`;
}
