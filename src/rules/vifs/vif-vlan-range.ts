import { MAX_VLAN, MIN_VLAN } from '../../model/allocate';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-vlan-range',
    severity: 'error',
    area: 'vifs',
    description: 'A VIF\'s VLAN id is outside 1–4094.',
    why: 'A VIF is an 802.1Q VLAN on the connection: AWS accepts only VLAN ids 1 to 4094 (0 and 4095 are reserved by the standard).',
    hint: 'pick a VLAN id between 1 and 4094',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.vlan >= MIN_VLAN && vif.vlan <= MAX_VLAN) continue;
      ctx.report({
        path: [...vif.path, 'vlan'],
        message: `VLAN ${vif.vlan} of ${vif.name} is outside ${MIN_VLAN}–${MAX_VLAN}`,
      });
    }
  },
};
