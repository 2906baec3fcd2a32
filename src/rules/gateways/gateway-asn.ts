import { isPrivateAsn } from '../../model/allocate';
import { legacyVgwAsn } from '../../net/regions';
import type { Rule } from '../types';

const LABEL = { vgw: 'VGW', dxgw: 'Direct Connect gateway', tgw: 'transit gateway' } as const;

export const rule: Rule = {
  meta: {
    id: 'gateway-asn',
    severity: 'error',
    area: 'gateways',
    description: 'A VGW, DXGW or TGW Amazon-side ASN is outside the private ranges 64512–65534 and 4200000000–4294967294 (a VGW may also have its region\'s legacy default ASN).',
    why: 'AWS only accepts a private ASN for the Amazon side of a gateway; the gateway cannot be created with any other value. '
      + 'VGWs created before mid-2018 keep the legacy default of their region: 7224 in most regions, 9059 in eu-west-1, 10124 in ap-northeast-1, 17943 in ap-southeast-1 (the ASNs AWS reserves there).',
    hint: 'use a private ASN: 64512–65534 or 4200000000–4294967294 (64512 is the default)',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference//API_CreateVpnGateway.html; legacy VGW ASNs: https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html',
  },
  check(ctx) {
    const t = ctx.topology;
    for (const g of [...t.vgws, ...t.dxgws, ...t.tgws]) {
      if (isPrivateAsn(g.asn)) continue;
      // An imported VGW from before mid-2018 reports its region's legacy default, legitimately.
      if (g.kind === 'vgw' && g.asn === legacyVgwAsn(g.region)) continue;
      ctx.report({
        path: [...g.path, 'asn'],
        message: `${LABEL[g.kind]} ${g.name} has ASN ${g.asn}, which is not a private ASN (64512–65534 or 4200000000–4294967294)`,
      });
    }
  },
};
