import { formatPath } from '../../model/finding';
import { serviceRegion } from '../../model/endpoint-name';
import { isRegion } from '../../net/regions';
import type { Rule } from '../types';

// Entity references are reported by the loader (src/model/load.ts). The ends of a traffic flow
// can also be addresses and services, which only the routing index resolves: they are checked
// here. Intents are intent-unmet's (it always reports a broken intent).
export const rule: Rule = {
  meta: {
    id: 'ref-unknown',
    severity: 'error',
    area: 'document',
    description: 'A reference names no entity, or one of the wrong kind, or policy.rules/ignore names no rule; a traffic flow names no endpoint.',
    why: 'A dangling reference leaves a piece of the network unconnected, and every check on it meaningless; a flow with a mistyped end is left out of cost and capacity checks.',
    hint: 'name an existing entity of the right kind',
    source: 'docs/topology.md#conventions',
  },
  check(ctx) {
    const t = ctx.topology;
    for (const flow of t.traffic) {
      for (const side of ['from', 'to'] as const) {
        const name = flow[side];
        if (typeof name !== 'string') continue;
        const region = serviceRegion(name);
        if (region !== undefined && !isRegion(region)) continue; // region-unknown's finding
        const e = ctx.routing.resolve(name);
        if (!('error' in e)) continue;
        const label = flow.name ?? `${flow.from} → ${flow.to}`;
        const written = t.writtenAt(name);
        ctx.report({
          path: [...flow.path, side],
          message: written
            ? `the flow ${label} names ${name}, written at ${formatPath(written)} but not read as an entity there; the flow is left out of cost and capacity checks`
            : `the flow ${label} cannot be routed: ${e.error}`,
          hint: written
            ? `fix the finding at ${formatPath(written)} (a misplaced or mis-indented block), and ${name} is defined`
            : 'name a host, site, VPC, resource, IP address, service or `internet`',
        });
      }
    }
  },
};
