import { Allocator } from '../../model/allocate';
import { findOverlaps, type OverlapItem } from '../../net/overlap';
import type { Prefix } from '../../net/prefix';
import type { Rule } from '../types';
import { gatewayLabel, vpcsBehind, type VpcBehind } from './lib/dxgw';

interface Item {
  behind: VpcBehind;
  /** Position of the VPC among the DXGW's VPCs, to key pairs. */
  index: number;
  cidr: Prefix;
}

export const rule: Rule = {
  meta: {
    id: 'dxgw-vpc-overlap',
    severity: 'error',
    area: 'gateways',
    description: 'Two VPCs behind one DXGW have overlapping CIDRs.',
    why: 'A Direct Connect gateway advertises the CIDRs of every VPC behind it to on-premise; with overlapping CIDRs (secondary CIDRs included) AWS refuses the association or traffic goes to the wrong VPC.',
    hint: 'renumber one of the VPCs, or put them behind different Direct Connect gateways',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html',
  },
  check(ctx) {
    const free = new Allocator(ctx.topology);
    for (const dxgw of ctx.topology.dxgws) {
      const behind = vpcsBehind(dxgw);
      const items: OverlapItem<Item>[] = [];
      behind.forEach((b, index) => {
        for (const cidr of b.vpc.cidrs) items.push({ prefix: cidr, value: { behind: b, index, cidr } });
      });
      // One diagnostic per pair of VPCs, on the later VPC's association, naming the earlier VPC.
      const reported = new Set<string>();
      for (const [a, b] of findOverlaps(items)) {
        const earlier = a.value.index <= b.value.index ? a.value : b.value;
        const later = earlier === a.value ? b.value : a.value;
        if (earlier.index === later.index) continue; // a VPC's own CIDRs are not this rule's concern
        const key = `${earlier.index}:${later.index}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const e = earlier.behind;
        const l = later.behind;
        ctx.report({
          path: [...l.assoc.path, 'gateway'],
          message: `VPC ${l.vpc.name} (${later.cidr.text}, behind ${gatewayLabel(l.via)}) overlaps VPC ${e.vpc.name} (${earlier.cidr.text}, behind ${gatewayLabel(e.via)}); both are behind ${dxgw.name}`,
          hint: renumberHint(l.vpc.name, later.cidr, free.cidrLike(later.cidr)),
        });
      }
    }
  },
};

function renumberHint(vpc: string, cidr: Prefix, free: Prefix | undefined): string | undefined {
  if (!free) return undefined;
  return `renumber ${vpc}: ${free.text} is free (a /${cidr.length} like ${cidr.text}, overlapping nothing in the topology); or put the VPCs behind different Direct Connect gateways`;
}
