import type { Rule } from '../types';
import { HOSTED_MBPS, isDedicatedSpeed, isHostedSpeed, speedList } from './speeds';

export const rule: Rule = {
  meta: {
    id: 'conn-hosted-speed',
    severity: 'error',
    area: 'connections',
    description: "A hosted connection's bandwidth is not 50/100/200/300/400/500 Mbps or 1/2/5/10/25 Gbps.",
    why:
      'Direct Connect partners provision hosted connections at fixed capacities only: 50 to 500 Mbps, and ' +
      '1, 2, 5, 10 or 25 Gbps (earlier up to 10 Gbps). AWS polices the connection at that rate.',
    hint: 'use a capacity the partner offers: 50, 100, 200, 300, 400 or 500Mbps, or 1, 2, 5, 10 or 25Gbps',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html',
  },
  check(ctx) {
    for (const c of ctx.topology.connections) {
      if (c.type !== 'hosted' || isHostedSpeed(c.bandwidthMbps)) continue;
      ctx.report({
        path: [...c.path, 'bandwidth'],
        message: `hosted connection ${c.name} is ${c.bandwidth}; hosted connections are ${speedList(HOSTED_MBPS)}`,
        hint: isDedicatedSpeed(c.bandwidthMbps)
          ? `hosted connections stop at 25Gbps: order ${c.name} as a dedicated ${c.bandwidth} port, or pick a hosted capacity`
          : `use one of ${speedList(HOSTED_MBPS)}`,
      });
    }
  },
};
