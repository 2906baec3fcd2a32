import { isChinaRegion, isRegion } from '../../net/regions';
import type { Rule } from '../types';
import { gatewayLabel } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'dxgw-region',
    severity: 'error',
    area: 'gateways',
    description: 'A DXGW is associated with a VGW or TGW in a China region (cn-*).',
    why: 'A Direct Connect gateway is global and reaches every commercial and GovCloud (US) region, but not the China regions, which are a separate partition.',
    hint: 'reach gateways in China regions with Direct Connect in the China partition',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-gateways-intro.html',
  },
  check(ctx) {
    for (const dxgw of ctx.topology.dxgws) {
      for (const assoc of dxgw.associations) {
        const region = assoc.gateway.region;
        // An unknown code is region-unknown's; only a real China region is at fault here.
        if (!isRegion(region) || !isChinaRegion(region)) continue;
        ctx.report({
          path: [...assoc.path, 'gateway'],
          message: `${dxgw.name} is associated with ${gatewayLabel(assoc.gateway)} in ${region}: Direct Connect gateways do not reach the China regions`,
        });
      }
    }
  },
};
