import type { Rule } from '../types';
import { DEDICATED_MBPS, HOSTED_MBPS, isDedicatedSpeed, isHostedSpeed, speedList } from './speeds';

export const rule: Rule = {
  meta: {
    id: 'conn-dedicated-speed',
    severity: 'error',
    area: 'connections',
    description: "A dedicated connection's bandwidth is not 1, 10, 100 or 400 Gbps.",
    why:
      'A dedicated port comes in 1, 10, 100 or 400 Gbps (early on only 1 and 10 Gbps), and its speed cannot ' +
      'change once ordered. Other capacities are hosted connections from a Direct Connect partner.',
    hint: 'use 1Gbps, 10Gbps, 100Gbps or 400Gbps, or order a hosted connection for another capacity',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html',
  },
  check(ctx) {
    for (const c of ctx.topology.connections) {
      if (c.type !== 'dedicated' || isDedicatedSpeed(c.bandwidthMbps)) continue;
      const hostedToo = isHostedSpeed(c.bandwidthMbps) && !c.lag;
      ctx.report({
        path: [...c.path, 'bandwidth'],
        message: `dedicated connection ${c.name} is ${c.bandwidth}; dedicated ports are ${speedList(DEDICATED_MBPS)}`,
        hint: hostedToo
          ? `use ${speedList(DEDICATED_MBPS)}, or make ${c.name} a hosted connection (${c.bandwidth} is a hosted capacity)`
          : `use ${speedList(DEDICATED_MBPS)}${c.lag ? '' : ` (hosted connections offer ${speedList(HOSTED_MBPS)})`}`,
      });
    }
  },
};
