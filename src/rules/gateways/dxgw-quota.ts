import type { Rule } from '../types';
import { ordinal, vifsByDxgw } from './lib/dxgw';

export const MAX_VGW_ASSOCIATIONS = 20;
export const MAX_TGW_ASSOCIATIONS = 6;
export const MAX_VIFS = 30;

export const rule: Rule = {
  meta: {
    id: 'dxgw-quota',
    severity: 'error',
    area: 'gateways',
    description: 'A DXGW has more than 20 VGW associations, more than 6 TGW associations, or more than 30 VIFs.',
    why: 'These Direct Connect gateway quotas cannot be raised: AWS refuses the association or VIF beyond them (the limits were 10 VGWs and 3 TGWs before April 2023).',
    hint: 'spread the gateways or VIFs over another Direct Connect gateway',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    const vifs = vifsByDxgw(ctx.topology);
    for (const dxgw of ctx.topology.dxgws) {
      const vgwAssocs = dxgw.associations.filter((a) => a.gateway.kind === 'vgw');
      const tgwAssocs = dxgw.associations.filter((a) => a.gateway.kind === 'tgw');
      if (vgwAssocs.length > MAX_VGW_ASSOCIATIONS) {
        const first = vgwAssocs[MAX_VGW_ASSOCIATIONS];
        ctx.report({
          path: first.path,
          message: `${dxgw.name} has ${vgwAssocs.length} VGW associations, over the quota of ${MAX_VGW_ASSOCIATIONS} (${first.gateway.name} is the ${ordinal(MAX_VGW_ASSOCIATIONS + 1)})`,
        });
      }
      if (tgwAssocs.length > MAX_TGW_ASSOCIATIONS) {
        const first = tgwAssocs[MAX_TGW_ASSOCIATIONS];
        ctx.report({
          path: first.path,
          message: `${dxgw.name} has ${tgwAssocs.length} transit gateway associations, over the quota of ${MAX_TGW_ASSOCIATIONS} (${first.gateway.name} is the ${ordinal(MAX_TGW_ASSOCIATIONS + 1)})`,
        });
      }
      const attached = vifs.get(dxgw) ?? [];
      if (attached.length > MAX_VIFS) {
        ctx.report({
          path: dxgw.path,
          message: `${dxgw.name} has ${attached.length} private and transit VIFs attached, over the quota of ${MAX_VIFS} (${attached[MAX_VIFS].name} is the ${ordinal(MAX_VIFS + 1)})`,
        });
      }
    }
  },
};
