import type { Dxgw, Vgw } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'dxgw-vgw-single',
    severity: 'error',
    area: 'gateways',
    description: 'A VGW is associated with more than one DXGW.',
    why: 'A virtual private gateway can be associated with only one Direct Connect gateway at a time; AWS refuses the second association.',
    hint: 'associate the VGW with a single Direct Connect gateway',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html',
  },
  check(ctx) {
    const first = new Map<Vgw, Dxgw>();
    for (const dxgw of ctx.topology.dxgws) {
      for (const assoc of dxgw.associations) {
        const g = assoc.gateway;
        if (g.kind !== 'vgw') continue;
        const earlier = first.get(g);
        if (!earlier) {
          first.set(g, dxgw);
        } else if (earlier !== dxgw) {
          ctx.report({
            path: [...assoc.path, 'gateway'],
            message: `VGW ${g.name} is associated with ${dxgw.name} and already with ${earlier.name}: a VGW belongs to one Direct Connect gateway`,
          });
        }
      }
    }
  },
};
