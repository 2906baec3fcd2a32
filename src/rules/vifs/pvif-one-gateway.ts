import type { Rule } from '../types';
import { listsSeveralGateways } from './lib/vif';

export const rule: Rule = {
  meta: {
    id: 'pvif-one-gateway',
    severity: 'error',
    area: 'vifs',
    description: 'A private VIF lists several gateways: one VIF reaches one VGW or one DXGW.',
    why: 'A private VIF terminates on exactly one VGW or one Direct Connect gateway. Reaching several VPCs takes one VIF per VPC, or one Direct Connect gateway associated with all their VGWs.',
    hint: 'name one Direct Connect gateway associated with each VGW, or create one private VIF per VPC',
    source: 'https://docs.aws.amazon.com/cli/v1/reference/directconnect/create-private-virtual-interface.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.type !== 'private' || !listsSeveralGateways(vif)) continue;
      const vgws = vif.gateways.filter((g) => g.kind === 'vgw');
      ctx.report({
        path: [...vif.path, 'gateway'],
        message: `private VIF ${vif.name} lists ${vif.gateways.length} gateways (${vif.gateways.map((g) => g.name).join(', ')}): it attaches to one VGW or one Direct Connect gateway`,
        hint: vgws.length === vif.gateways.length
          ? `associate ${vgws.map((g) => g.name).join(', ')} with one Direct Connect gateway and name it, or create one private VIF per VGW`
          : undefined,
      });
    }
  },
};
