import { isRegion } from '../../net/regions';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vgw-vpc-region',
    severity: 'error',
    area: 'gateways',
    description: 'A VGW and its VPC are in different regions.',
    why: 'A virtual private gateway is a regional object and attaches only to a VPC of its own region.',
    hint: 'create the VGW in the VPC\'s region',
    source: 'https://docs.aws.amazon.com/goto/WebAPI/ec2/AttachVpnGateway',
  },
  check(ctx) {
    for (const vgw of ctx.topology.vgws) {
      const vpc = vgw.vpc;
      if (!vpc || !isRegion(vgw.region) || !isRegion(vpc.region) || vgw.region === vpc.region) continue;
      ctx.report({
        path: [...vgw.path, 'region'],
        message: `VGW ${vgw.name} is in ${vgw.region} but its VPC ${vpc.name} is in ${vpc.region}: a VGW attaches only to a VPC of its own region`,
        hint: `create ${vgw.name} in ${vpc.region}`,
      });
    }
  },
};
