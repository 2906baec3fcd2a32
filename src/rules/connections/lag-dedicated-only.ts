import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'lag-dedicated-only',
    severity: 'error',
    area: 'connections',
    description: 'A hosted connection is a LAG member.',
    why: 'A LAG bundles dedicated connections only; a hosted connection from a partner cannot join one.',
    hint: 'take the hosted connection out of the LAG, or replace it with a dedicated connection',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const c of ctx.topology.connections) {
      if (!c.lag || c.type !== 'hosted') continue;
      ctx.report({
        path: [...c.path, 'lag'],
        message: `hosted connection ${c.name} cannot be a member of LAG ${c.lag.name}: a LAG bundles dedicated connections only`,
        hint: `remove \`lag: ${c.lag.name}\` from ${c.name}, or replace it with a dedicated connection`,
      });
    }
  },
};
