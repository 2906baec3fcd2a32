import type { Rule } from '../types';

const PRIVATE_16 = [64512, 65534] as const;
const PRIVATE_32 = [4200000000, 4294967294] as const;

/** True for an ASN AWS accepts as the Amazon side of a VGW, DXGW or TGW. */
export function isAmazonSideAsn(asn: number): boolean {
  return (asn >= PRIVATE_16[0] && asn <= PRIVATE_16[1]) || (asn >= PRIVATE_32[0] && asn <= PRIVATE_32[1]);
}

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
      if (isAmazonSideAsn(g.asn)) continue;
      ctx.report({
        path: [...g.path, 'asn'],
        message: `${LABEL[g.kind]} ${g.name} has ASN ${g.asn}, which is not a private ASN (64512–65534 or 4200000000–4294967294)`,
      });
    }
  },
};
