import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'lag-empty',
    severity: 'error',
    area: 'connections',
    description: 'A LAG has no member connection.',
    why: 'A LAG is a bundle of connections; with no member it has no port and carries nothing.',
    hint: 'add `lag: <name>` to the connections it bundles, or remove the LAG',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      // A member left out of the model (already reported) still names its LAG.
      if (lag.members.length > 0 || ctx.topology.referencedByUnbuilt.has(lag.name)) continue;
      ctx.report({
        path: [...lag.path, 'name'],
        message: `LAG ${lag.name} has no member connection`,
        hint: `add \`lag: ${lag.name}\` to the connections it bundles, or remove ${lag.name}`,
      });
    }
  },
};
