import type { Rule } from '../types';
import { asnSourceSite, customerAsnProblem, gatewayPath, listsSeveralGateways, soleGateway } from './lib/vif';

export const rule: Rule = {
  meta: {
    id: 'vif-asn-distinct',
    severity: 'error',
    area: 'vifs',
    description: 'The customer ASN of a VIF equals the Amazon-side ASN it peers with (the VGW\'s or the DXGW\'s).',
    why: 'The VIF runs eBGP: with the same ASN on both sides the session does not come up, or each side drops the other\'s routes as an AS-path loop.',
    hint: 'give the customer side or the gateway a different ASN (VGWs and Direct Connect gateways default to 64512)',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.asn === undefined || customerAsnProblem(vif.asn)) continue; // vif-customer-asn's finding
      if (listsSeveralGateways(vif)) continue; // pvif-one-gateway's finding
      const gw = soleGateway(vif);
      if (!gw) continue;
      // Only the pairings AWS allows; any other is vif-gateway's finding.
      const peers = (vif.type === 'private' && (gw.kind === 'vgw' || gw.kind === 'dxgw')) || (vif.type === 'transit' && gw.kind === 'dxgw');
      if (!peers || gw.asn !== vif.asn) continue;
      const label = gw.kind === 'vgw' ? 'VGW' : 'Direct Connect gateway';
      // Point at the VIF's own `asn` when it wrote one, else at the peering (its `gateway`).
      const inherited = asnSourceSite(vif);
      ctx.report({
        path: inherited ? gatewayPath(vif) : [...vif.path, 'asn'],
        message: `customer ASN ${vif.asn} of ${vif.name}${inherited ? ` (from site ${inherited.name})` : ''} equals the Amazon-side ASN of ${label} ${gw.name}`,
      });
    }
  },
};
