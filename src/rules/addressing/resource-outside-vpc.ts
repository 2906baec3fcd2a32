import type { Rule } from '../types';
import { prefixList, trieOf } from './list';

export const rule: Rule = {
  meta: {
    id: 'resource-outside-vpc',
    severity: 'error',
    area: 'addressing',
    description: "A resource's ip is in none of its VPC's cidrs.",
    why:
      "Every subnet, and so every private address in a VPC, lies inside one of the VPC's CIDR blocks; " +
      'an address outside them cannot belong to that VPC, and routes to it would go elsewhere.',
    hint: "use the resource's private address inside one of the VPC's cidrs, or add the missing CIDR to the VPC",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
  check(ctx) {
    for (const vpc of ctx.topology.vpcs) {
      // No valid CIDR left: every one of them is already a cidr-invalid (or schema) finding.
      if (vpc.cidrs.length === 0 || vpc.resources.length === 0) continue;
      const trie = trieOf(vpc.cidrs);
      for (const res of vpc.resources) {
        if (trie.longestMatch(res.ip)) continue;
        ctx.report({
          path: [...res.path, 'ip'],
          message: `resource ${res.name}'s ip ${res.ip.text} is in none of VPC ${vpc.name}'s cidrs (${prefixList(vpc.cidrs)})`,
          hint: `use ${res.name}'s private address inside ${vpc.name}'s cidrs, or add its CIDR block to ${vpc.name}`,
        });
      }
    }
  },
};
