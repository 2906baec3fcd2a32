import type { Connection, Location } from '../../model/types';
import type { Rule } from '../types';
import { ordinal } from './speeds';

const QUOTA = 10;

export const rule: Rule = {
  meta: {
    id: 'conn-quota-per-location',
    severity: 'warning',
    area: 'connections',
    description: 'More than 10 connections at one location (LAG members count).',
    why:
      'An account may have 10 active Direct Connect connections per location (earlier: per Region); ' +
      'LAG members count toward it. The quota can be raised on request.',
    hint: 'ask AWS for a quota increase before ordering, or spread the connections over other locations',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    const byLocation = new Map<Location, Connection[]>();
    for (const c of ctx.topology.connections) {
      let list = byLocation.get(c.location);
      if (!list) byLocation.set(c.location, (list = []));
      list.push(c);
    }
    for (const [location, conns] of byLocation) {
      if (conns.length <= QUOTA) continue;
      // One diagnostic per location, on the first connection over the quota.
      const over = conns[QUOTA];
      ctx.report({
        path: [...over.path, 'location'],
        message:
          `location ${location.name} has ${conns.length} connections (LAG members count), over the quota of ${QUOTA} ` +
          `per location; ${over.name} is the ${ordinal(QUOTA + 1)}`,
      });
    }
  },
};
