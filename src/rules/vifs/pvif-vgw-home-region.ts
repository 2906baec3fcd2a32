import { isRegion } from '../../net/regions';
import type { Rule } from '../types';
import { gatewayPath, listsSeveralGateways, soleGateway } from './lib/vif';

export const rule: Rule = {
  meta: {
    id: 'pvif-vgw-home-region',
    severity: 'error',
    area: 'vifs',
    description: 'A private VIF is attached directly to a VGW in a region other than its location\'s region.',
    why: 'A private VIF on a VGW reaches only the region its Direct Connect location is associated with; a VPC in another region needs a Direct Connect gateway (before DXGWs, one private VIF per VPC in the home region was the only design).',
    hint: 'attach the VIF to a Direct Connect gateway associated with the VGW',
    source: 'https://docs.aws.amazon.com/cli/v1/reference/directconnect/create-private-virtual-interface.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.type !== 'private' || listsSeveralGateways(vif)) continue;
      const vgw = soleGateway(vif);
      if (vgw?.kind !== 'vgw') continue;
      const location = vif.carrier.location;
      if (!isRegion(location.region) || !isRegion(vgw.region) || location.region === vgw.region) continue;
      ctx.report({
        path: gatewayPath(vif),
        message: `${vif.name} at ${location.name} (${location.region}) is attached directly to VGW ${vgw.name} in ${vgw.region}: a private VIF on a VGW reaches only its location's region`,
        hint: `attach ${vif.name} to a Direct Connect gateway associated with ${vgw.name}, or use a VGW in ${location.region}`,
      });
    }
  },
};
