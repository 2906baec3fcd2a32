import type { Rule } from '../types';
import { isDedicatedSpeed, referenceMember } from './speeds';

export const rule: Rule = {
  meta: {
    id: 'lag-same-bandwidth',
    severity: 'error',
    area: 'connections',
    description: 'LAG members differ in bandwidth.',
    why: 'All connections in a LAG must have the same bandwidth; AWS will not add a port of another speed.',
    hint: "order every member at the LAG's bandwidth, or move the odd one out of the LAG",
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      // The first member with a valid dedicated speed sets the LAG's bandwidth. Hosted members
      // (lag-dedicated-only) and invalid speeds (conn-dedicated-speed) are other rules' concern.
      const ref = referenceMember(lag);
      if (!ref) continue;
      for (const m of lag.members) {
        if (m === ref || m.type !== 'dedicated' || !isDedicatedSpeed(m.bandwidthMbps)) continue;
        if (m.bandwidthMbps === ref.bandwidthMbps) continue;
        ctx.report({
          path: [...m.path, 'bandwidth'],
          message: `LAG member ${m.name} is ${m.bandwidth} but ${ref.name}, the first member of ${lag.name}, is ${ref.bandwidth}; all members of a LAG have one bandwidth`,
          hint: `order ${m.name} at ${ref.bandwidth}, or take it out of ${lag.name}`,
        });
      }
    }
  },
};
