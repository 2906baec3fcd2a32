import type { Rule } from '../types';
import { gatewayLabel, vifsByDxgw } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'dxgw-mode-exclusive',
    severity: 'error',
    area: 'gateways',
    description: 'A DXGW mixes VGW associations or private VIFs with TGW associations or transit VIFs.',
    why: 'A Direct Connect gateway works either with VGWs and private VIFs or with transit gateways and transit VIFs; AWS refuses an association or VIF of the other kind.',
    hint: 'use one Direct Connect gateway for VGWs and private VIFs and another for transit gateways and transit VIFs',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html',
  },
  check(ctx) {
    const vifs = vifsByDxgw(ctx.topology);
    for (const dxgw of ctx.topology.dxgws) {
      const vgwAssoc = dxgw.associations.find((a) => a.gateway.kind === 'vgw');
      const tgwAssoc = dxgw.associations.find((a) => a.gateway.kind === 'tgw');
      const attached = vifs.get(dxgw) ?? [];
      const privateVif = attached.find((v) => v.type === 'private');
      const transitVif = attached.find((v) => v.type === 'transit');
      const why = 'a Direct Connect gateway serves either VGWs and private VIFs or transit gateways and transit VIFs';

      if (vgwAssoc && tgwAssoc) {
        // Report on the later association and name the earlier one.
        const [earlier, later] = dxgw.associations.indexOf(vgwAssoc) < dxgw.associations.indexOf(tgwAssoc)
          ? [vgwAssoc, tgwAssoc] : [tgwAssoc, vgwAssoc];
        ctx.report({
          path: [...later.path, 'gateway'],
          message: `${dxgw.name} is associated with ${gatewayLabel(later.gateway)} and also with ${gatewayLabel(earlier.gateway)}: ${why}`,
        });
      } else if (vgwAssoc && transitVif) {
        ctx.report({
          path: [...vgwAssoc.path, 'gateway'],
          message: `${dxgw.name} is associated with ${gatewayLabel(vgwAssoc.gateway)} but transit VIF ${transitVif.name} is attached to it: ${why}`,
        });
      } else if (tgwAssoc && privateVif) {
        ctx.report({
          path: [...tgwAssoc.path, 'gateway'],
          message: `${dxgw.name} is associated with ${gatewayLabel(tgwAssoc.gateway)} but private VIF ${privateVif.name} is attached to it: ${why}`,
        });
      } else if (privateVif && transitVif) {
        ctx.report({
          path: dxgw.path,
          message: `${dxgw.name} has both private VIF ${privateVif.name} and transit VIF ${transitVif.name} attached: ${why}`,
        });
      }
    }
  },
};
