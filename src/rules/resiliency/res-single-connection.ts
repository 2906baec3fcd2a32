import type { Carrier, Vpc } from '../../model/types';
import type { Rule } from '../types';
import { carrierWords, listWords } from './lib/units';

export const rule: Rule = {
  meta: {
    id: 'res-single-connection',
    severity: 'warning',
    area: 'resiliency',
    description: 'A site reaches a VPC over Direct Connect through a single connection (a LAG counts as one).',
    why:
      'One connection (or one LAG) is one cross-connect, one AWS device and one location: a fibre cut, a device ' +
      'failure or planned maintenance on it takes every Direct Connect path to the VPC down.',
    hint: 'add a second connection, ideally at another Direct Connect location, with its own VIF to the same gateway',
    source: 'https://aws.amazon.com/directconnect/resiliency-recommendation/',
  },
  check(ctx) {
    const idx = ctx.routing;
    for (const site of ctx.topology.sites) {
      const single = new Map<Carrier, Vpc[]>();
      for (const [vpc, routes] of idx.siteTable(site).byVpc) {
        const carriers = new Set<Carrier>();
        for (const r of routes) if (r.via.kind === 'vif') carriers.add(r.via.carrier);
        if (carriers.size !== 1) continue;
        const [carrier] = carriers;
        const list = single.get(carrier);
        if (list) list.push(vpc);
        else single.set(carrier, [vpc]);
      }
      for (const [carrier, vpcs] of single) {
        const names = vpcs.map((v) => v.name);
        ctx.report({
          path: site.path,
          message: `${site.name} reaches ${listWords(names)} over Direct Connect only through ${carrierWords(carrier)} at ${carrier.location.name}: one connection is a single point of failure`,
          hint: `add a second connection for ${site.name}, ideally at another location than ${carrier.location.name}, with a VIF to the same gateway`,
        });
      }
    }
  },
};
