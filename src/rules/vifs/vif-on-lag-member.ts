import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-on-lag-member',
    severity: 'error',
    area: 'vifs',
    description: 'A VIF names a connection that is a LAG member: its VIFs belong on the LAG.',
    why: 'Once a connection joins a LAG, AWS moves its virtual interfaces to the LAG: traffic is spread over every member, and a VIF cannot be pinned to one port.',
    hint: 'set the VIF\'s connection to the LAG',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const conn = vif.connection;
      if (conn.kind !== 'connection' || !conn.lag) continue;
      ctx.report({
        path: [...vif.path, 'connection'],
        message: `${conn.name} is a member of LAG ${conn.lag.name}: ${vif.name} belongs on the LAG`,
        hint: `set connection: ${conn.lag.name}`,
      });
    }
  },
};
