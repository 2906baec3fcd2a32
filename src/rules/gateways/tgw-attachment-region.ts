import type { Vpc } from '../../model/types';
import { isRegion } from '../../net/regions';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'tgw-attachment-region',
    severity: 'error',
    area: 'gateways',
    description: 'A TGW attaches a VPC of another region.',
    why: 'A transit gateway is regional: it attaches only VPCs of its own region. VPCs elsewhere need a transit gateway in their region, peered with this one.',
    hint: 'attach the VPC to a transit gateway in its own region (and peer the transit gateways if needed)',
    source: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  check(ctx) {
    for (const tgw of ctx.topology.tgws) {
      if (!isRegion(tgw.region)) continue;
      const seen = new Set<Vpc>();
      for (const vpc of tgw.attachments) {
        if (seen.has(vpc)) continue;
        seen.add(vpc);
        if (!isRegion(vpc.region) || vpc.region === tgw.region) continue;
        // The model keeps only resolved attachments, so the list (not an item index) is reported.
        ctx.report({
          path: [...tgw.path, 'attachments'],
          message: `transit gateway ${tgw.name} in ${tgw.region} attaches VPC ${vpc.name} in ${vpc.region}: a transit gateway attaches only VPCs of its own region`,
        });
      }
    }
  },
};
