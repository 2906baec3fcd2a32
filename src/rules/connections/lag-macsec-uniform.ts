import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'lag-macsec-uniform',
    severity: 'error',
    area: 'connections',
    description: 'The members of a LAG differ in `macsec`: MACsec applies to the whole LAG, with one key.',
    why: 'AWS sets a LAG\'s MACsec encryption mode and associates its CKN/CAK key on the LAG, and applies them to every member: a LAG cannot encrypt some of its connections and not the others.',
    hint: 'set the same `macsec` on every member of the LAG (MACsec needs a member port that supports it)',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/associate-key-lag.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      const on = lag.members.filter((m) => m.macsec);
      if (on.length === 0 || on.length === lag.members.length) continue;
      const off = lag.members.filter((m) => !m.macsec);
      // Reported on the first member that differs from the first member.
      const odd = lag.members.find((m) => m.macsec !== lag.members[0].macsec)!;
      ctx.report({
        path: [...odd.path, 'macsec'],
        message: `the members of LAG ${lag.name} differ in MACsec: on for ${on.map((m) => m.name).join(', ')}, off for ${off.map((m) => m.name).join(', ')}; MACsec applies to the whole LAG with one key`,
      });
    }
  },
};
