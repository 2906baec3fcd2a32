import { isPrivateAsn } from '../../model/allocate';
import type { Rule } from '../types';

const LABEL = { vgw: 'VGW', dxgw: 'Direct Connect gateway', tgw: 'transit gateway' } as const;

export const rule: Rule = {
  meta: {
    id: 'gateway-asn',
    severity: 'error',
    area: 'gateways',
    description: 'A VGW, DXGW or TGW Amazon-side ASN is outside the private ranges 64512–65534 and 4200000000–4294967294.',
    why: 'AWS only accepts a private ASN for the Amazon side of a gateway; the gateway cannot be created with any other value.',
    hint: 'use a private ASN: 64512–65534 or 4200000000–4294967294 (64512 is the default)',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference//API_CreateVpnGateway.html',
  },
  check(ctx) {
    const t = ctx.topology;
    for (const g of [...t.vgws, ...t.dxgws, ...t.tgws]) {
      if (isPrivateAsn(g.asn)) continue;
      ctx.report({
        path: [...g.path, 'asn'],
        message: `${LABEL[g.kind]} ${g.name} has ASN ${g.asn}, which is not a private ASN (64512–65534 or 4200000000–4294967294)`,
      });
    }
  },
};
