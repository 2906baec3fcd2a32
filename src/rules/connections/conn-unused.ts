import type { Carrier } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'conn-unused',
    severity: 'warning',
    area: 'connections',
    description: 'A connection (not a LAG member) or a LAG carries no VIF: its port-hours bill for nothing.',
    why:
      'Port-hours are billed until the connection is deleted, whether or not any traffic crosses it; ' +
      'without a virtual interface a connection carries no traffic at all.',
    hint: 'add a VIF on it, or remove it',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/deleteconnection.html',
  },
  check(ctx) {
    const t = ctx.topology;
    // A VIF that names a LAG member really sits on the LAG: `carrier` says so.
    const used = new Set<Carrier>();
    for (const vif of t.vifs) used.add(vif.carrier);
    // A VIF left out of the model (already reported) still names its connection.
    const namedByBrokenVif = (name: string): boolean => t.referencedByUnbuilt.has(name);
    for (const c of t.connections) {
      if (c.lag || used.has(c) || namedByBrokenVif(c.name)) continue;
      ctx.report({
        path: [...c.path, 'name'],
        message: `connection ${c.name} carries no VIF: its port-hours bill for nothing`,
        hint: `add a VIF on ${c.name}, or remove the connection`,
      });
    }
    for (const lag of t.lags) {
      // A LAG without members has no port to bill: lag-empty's concern.
      if (lag.members.length === 0 || used.has(lag) || namedByBrokenVif(lag.name)) continue;
      ctx.report({
        path: [...lag.path, 'name'],
        message: `LAG ${lag.name} carries no VIF: the port-hours of its ${lag.members.length} member(s) bill for nothing`,
        hint: `add a VIF on ${lag.name}, or remove the LAG and its member connections`,
      });
    }
  },
};
