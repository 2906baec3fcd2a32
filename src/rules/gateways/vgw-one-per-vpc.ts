import type { Vgw, Vpc } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vgw-one-per-vpc',
    severity: 'error',
    area: 'gateways',
    description: 'Two VGWs are attached to one VPC.',
    why: 'A VPC can have only one virtual private gateway attached at a time; AWS refuses to attach a second one.',
    hint: 'attach one VGW to the VPC and reach it from every VIF or VPN that needs it',
    source: 'https://docs.aws.amazon.com/goto/WebAPI/ec2/AttachVpnGateway',
  },
  check(ctx) {
    const first = new Map<Vpc, Vgw>();
    for (const vgw of ctx.topology.vgws) {
      if (!vgw.vpc) continue;
      const earlier = first.get(vgw.vpc);
      if (!earlier) {
        first.set(vgw.vpc, vgw);
        continue;
      }
      ctx.report({
        path: [...vgw.path, 'vpc'],
        message: `VGW ${vgw.name} is attached to VPC ${vgw.vpc.name}, which already has VGW ${earlier.name}: a VPC takes one VGW`,
        hint: `use ${earlier.name} instead of ${vgw.name}`,
      });
    }
  },
};
