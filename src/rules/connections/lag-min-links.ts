import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'lag-min-links',
    severity: 'error',
    area: 'connections',
    description: '`minimumLinks` is greater than the number of members.',
    why:
      'A LAG goes down when fewer than minimumLinks of its members are up; with more than it has ' +
      'members, it can never be up.',
    hint: 'set minimumLinks to at most the number of member connections (0 disables the check)',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/create-lag.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      const n = lag.members.length;
      // A LAG with no member at all is lag-empty's concern.
      // Nor is a LAG whose members were left out of the model (already reported): its count is unknown.
      if (n === 0 || lag.minimumLinks <= n || ctx.topology.referencedByUnbuilt.has(lag.name)) continue;
      ctx.report({
        path: [...lag.path, 'minimumLinks'],
        message: `LAG ${lag.name} has minimumLinks ${lag.minimumLinks} but ${n} member connection${n === 1 ? '' : 's'}: it can never be up`,
        hint: `set minimumLinks on ${lag.name} to ${n} or less, or add member connections`,
      });
    }
  },
};
