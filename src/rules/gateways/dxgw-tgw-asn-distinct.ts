import { Allocator } from '../../model/allocate';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'dxgw-tgw-asn-distinct',
    severity: 'error',
    area: 'gateways',
    description: 'A TGW and its DXGW share an Amazon-side ASN (both default to 64512 when omitted).',
    why: 'The Direct Connect gateway and a transit gateway associated with it speak BGP to each other, so their ASNs must differ or the association fails; both default to 64512, so leaving both out collides.',
    hint: 'give the transit gateway or the Direct Connect gateway a different private ASN',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html',
  },
  check(ctx) {
    const free = new Allocator(ctx.topology);
    for (const dxgw of ctx.topology.dxgws) {
      for (const assoc of dxgw.associations) {
        const tgw = assoc.gateway;
        if (tgw.kind !== 'tgw' || tgw.asn !== dxgw.asn) continue;
        ctx.report({
          path: [...assoc.path, 'gateway'],
          message: `transit gateway ${tgw.name} and ${dxgw.name} both have ASN ${dxgw.asn}${dxgw.asn === 64512 ? ' (the default when asn is omitted)' : ''}: the association needs distinct ASNs`,
          hint: asnHint(tgw.name, dxgw.name, free.asn()),
        });
      }
    }
  },
};

function asnHint(tgw: string, dxgw: string, asn: number | undefined): string {
  const plain = `set a different private asn on ${tgw} or on ${dxgw}`;
  return asn === undefined ? plain : `${plain}: ${asn} is unused in the topology`;
}
