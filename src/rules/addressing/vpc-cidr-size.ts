import type { Rule } from '../types';
import { indexInDocument } from '../../model/load';

const LARGEST = 16;
const SMALLEST = 28;

export const rule: Rule = {
  meta: {
    id: 'vpc-cidr-size',
    severity: 'error',
    area: 'addressing',
    description: 'An IPv4 VPC CIDR is larger than /16 or smaller than /28.',
    why: 'AWS accepts IPv4 VPC CIDR blocks from /16 (65,536 addresses) down to /28 (16 addresses) only.',
    hint: 'use IPv4 VPC CIDR blocks between /16 and /28',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
  check(ctx) {
    for (const vpc of ctx.topology.vpcs) {
      vpc.cidrs.forEach((p) => {
        // IPv6 VPC blocks are sized by AWS (/44–/60 from a pool, /56 by default); not this rule.
        if (p.family !== 4) return;
        if (p.length < LARGEST) {
          ctx.report({
            path: [...vpc.path, 'cidrs', indexInDocument(p)],
            message: `VPC ${vpc.name}'s CIDR ${p.text} is larger than /${LARGEST}, the largest IPv4 block a VPC accepts`,
            hint: `split it into /${LARGEST} (or smaller) blocks: a VPC takes several CIDRs (5 by default, up to 50)`,
          });
        } else if (p.length > SMALLEST) {
          ctx.report({
            path: [...vpc.path, 'cidrs', indexInDocument(p)],
            message: `VPC ${vpc.name}'s CIDR ${p.text} is smaller than /${SMALLEST}, the smallest IPv4 block a VPC accepts`,
            hint: `use a /${SMALLEST} or larger block`,
          });
        }
      });
    }
  },
};
