import type { Rule } from '../types';
import { dedicatedMembers, ordinal, referenceMember } from './speeds';

const MAX_BELOW_100G = 4;
const MAX_AT_100G = 2;

export const rule: Rule = {
  meta: {
    id: 'lag-max-members',
    severity: 'error',
    area: 'connections',
    description: 'More than 4 members below 100 Gbps, or more than 2 at 100/400 Gbps.',
    why:
      'A LAG holds at most 4 connections when they are below 100 Gbps, and at most 2 at 100 or 400 Gbps ' +
      '(earlier quota pages said 4 for every speed).',
    hint: 'take the extra connections out of the LAG, or split them into a second LAG',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      // Hosted members are lag-dedicated-only's concern and do not count here.
      const members = dedicatedMembers(lag);
      if (members.length <= MAX_AT_100G) continue;
      const ref = referenceMember(lag);
      const fast = ref !== undefined && ref.bandwidthMbps >= 100_000;
      const max = fast ? MAX_AT_100G : MAX_BELOW_100G;
      if (members.length <= max) continue;
      // One diagnostic per LAG, on the first member over the limit.
      const over = members[max];
      ctx.report({
        path: [...over.path, 'lag'],
        message: fast
          ? `LAG ${lag.name} has ${members.length} member connections at ${ref.bandwidth}; a LAG of 100 or 400 Gbps connections takes at most ${max} (${over.name} is the ${ordinal(max + 1)})`
          : `LAG ${lag.name} has ${members.length} member connections; a LAG takes at most ${max} (${over.name} is the ${ordinal(max + 1)})`,
        hint: `keep at most ${max} connections in ${lag.name}: take ${over.name} and later members out, or put them in a second LAG`,
      });
    }
  },
};
