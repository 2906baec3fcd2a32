import type { NamedEntity, Vgw } from '../../model/types';
import type { Rule } from '../types';
import { listNames } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'vgw-no-vpc',
    severity: 'error',
    area: 'gateways',
    description: 'A VGW that a VIF, DXGW or VPN uses is attached to no VPC.',
    why: 'A virtual private gateway carries traffic only for the VPC it is attached to; a VIF, VPN or Direct Connect gateway association on a detached VGW reaches nothing (detaching it also removes its DXGW association).',
    hint: 'attach the VGW to a VPC with `vpc: <name>`',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html',
  },
  check(ctx) {
    const t = ctx.topology;
    const users = new Map<Vgw, string[]>();
    const use = (g: NamedEntity, who: string): void => {
      if (g.kind !== 'vgw' || g.vpc) return;
      let list = users.get(g);
      if (!list) users.set(g, (list = []));
      list.push(who);
    };
    // A gateway list is pvif-one-gateway's, and a VGW on a public or transit VIF is vif-gateway's.
    for (const vif of t.vifs) {
      if (vif.type === 'private' && !vif.gatewayIsList && vif.gateways[0]) use(vif.gateways[0], `VIF ${vif.name}`);
    }
    for (const dxgw of t.dxgws) for (const assoc of dxgw.associations) use(assoc.gateway, `Direct Connect gateway ${dxgw.name}`);
    for (const vpn of t.vpns) use(vpn.gateway, `VPN ${vpn.name}`);

    for (const vgw of t.vgws) {
      const who = users.get(vgw);
      if (!who) continue;
      ctx.report({
        path: vgw.path,
        message: `VGW ${vgw.name} is attached to no VPC, but ${listNames(who)} ${who.length === 1 ? 'uses' : 'use'} it`,
      });
    }
  },
};
