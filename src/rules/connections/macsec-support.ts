import type { Rule } from '../types';
import { isDedicatedSpeed } from './speeds';

const MIN_MBPS = 10_000;

export const rule: Rule = {
  meta: {
    id: 'macsec-support',
    severity: 'error',
    area: 'connections',
    description: '`macsec: true` on a hosted connection, or on a dedicated connection below 10 Gbps.',
    why:
      'MACsec is offered only on dedicated connections (and LAGs of them) of 10, 100 or 400 Gbps, on ports ' +
      'ordered MACsec-capable at selected locations; never on hosted connections or 1 Gbps ports.',
    hint: 'order a MACsec-capable dedicated port of 10 Gbps or more, or set `macsec: false`',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/MACsec.html',
  },
  check(ctx) {
    for (const c of ctx.topology.connections) {
      if (!c.macsec) continue;
      if (c.type === 'hosted') {
        ctx.report({
          path: [...c.path, 'macsec'],
          message: `MACsec is not available on hosted connection ${c.name}: only dedicated connections of 10, 100 or 400 Gbps support it`,
          hint: `order a dedicated 10Gbps or faster MACsec-capable port, or set \`macsec: false\` on ${c.name}`,
        });
      } else if (isDedicatedSpeed(c.bandwidthMbps) && c.bandwidthMbps < MIN_MBPS) {
        // An invalid dedicated speed is conn-dedicated-speed's concern: quiet until it is fixed.
        ctx.report({
          path: [...c.path, 'macsec'],
          message: `dedicated connection ${c.name} is ${c.bandwidth}: MACsec needs a dedicated connection of 10, 100 or 400 Gbps`,
          hint: `order ${c.name} as a 10Gbps or faster MACsec-capable port, or set \`macsec: false\``,
        });
      }
    }
  },
};
