import { kindLabel } from '../../model/load';
import type { NamedEntity, Vif } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { gatewayPath, listsSeveralGateways } from './lib/vif';

function describe(g: NamedEntity): string {
  return `${g.name} is a ${kindLabel(g.kind)}`;
}

export const rule: Rule = {
  meta: {
    id: 'vif-gateway',
    severity: 'error',
    area: 'vifs',
    description: 'A private VIF without a VGW or DXGW as gateway, a transit VIF whose gateway is not a DXGW, or a public VIF with a gateway.',
    why: 'A private VIF terminates on one VGW or one Direct Connect gateway, a transit VIF only on a Direct Connect gateway (towards transit gateways), and a public VIF on no gateway: it peers with AWS\'s public edge.',
    hint: 'private: name a VGW or a Direct Connect gateway; transit: a Direct Connect gateway; public: drop the gateway',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.type === 'private') checkPrivate(vif, ctx.report);
      else if (vif.type === 'transit') checkTransit(vif, ctx.report);
      else checkPublic(vif, ctx.report);
    }
  },
};

type Report = RuleContext['report'];

function checkPrivate(vif: Vif, report: Report): void {
  if (listsSeveralGateways(vif)) return; // pvif-one-gateway's finding
  const g = vif.gateways[0];
  if (!g) {
    report({
      path: vif.path,
      message: `private VIF ${vif.name} names no gateway: it needs a VGW or a Direct Connect gateway`,
      hint: 'add gateway: <a VGW or Direct Connect gateway>',
    });
  } else if (g.kind !== 'vgw' && g.kind !== 'dxgw') {
    report({
      path: gatewayPath(vif),
      message: `gateway ${describe(g)}: private VIF ${vif.name} attaches to a VGW or a Direct Connect gateway`,
      hint: g.kind === 'vpc' ? `name the VGW attached to VPC ${g.name}, or a Direct Connect gateway associated with it` : undefined,
    });
  }
}

function checkTransit(vif: Vif, report: Report): void {
  if (vif.gateways.length === 0) {
    report({
      path: vif.path,
      message: `transit VIF ${vif.name} names no gateway: it needs a Direct Connect gateway`,
      hint: 'add gateway: <a Direct Connect gateway associated with your transit gateways>',
    });
  } else if (listsSeveralGateways(vif)) {
    report({
      path: [...vif.path, 'gateway'],
      message: `transit VIF ${vif.name} lists ${vif.gateways.length} gateways (${vif.gateways.map((g) => g.name).join(', ')}): it attaches to one Direct Connect gateway`,
      hint: 'name one Direct Connect gateway and associate it with every transit gateway to reach',
    });
  } else if (vif.gateways[0].kind !== 'dxgw') {
    const g = vif.gateways[0];
    report({
      path: gatewayPath(vif),
      message: `gateway ${describe(g)}: transit VIF ${vif.name} attaches only to a Direct Connect gateway`,
      hint: g.kind === 'tgw' ? `name a Direct Connect gateway associated with ${g.name}` : undefined,
    });
  }
}

function checkPublic(vif: Vif, report: Report): void {
  if (vif.gateways.length === 0) return;
  report({
    path: [...vif.path, 'gateway'],
    message: `public VIF ${vif.name} names gateway ${vif.gateways.map((g) => g.name).join(', ')}: a public VIF attaches to no gateway`,
    hint: 'drop the gateway (a public VIF peers with AWS\'s public edge), or make it a private or transit VIF',
  });
}
