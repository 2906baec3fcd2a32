import type { Connection, Vif } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'vif-quota-hosted',
    severity: 'error',
    area: 'vifs',
    description: 'A hosted connection has more than one VIF.',
    why: 'A hosted connection carries exactly one virtual interface (private, public or transit), and the quota cannot be raised.',
    hint: 'order one hosted connection per VIF, or move the VIFs to a dedicated connection',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  check(ctx) {
    const byConnection = new Map<Connection, Vif[]>();
    for (const vif of ctx.topology.vifs) {
      const carrier = vif.carrier; // a hosted connection in a LAG counts on the LAG (lag-dedicated-only)
      if (carrier.kind !== 'connection' || carrier.type !== 'hosted') continue;
      let list = byConnection.get(carrier);
      if (!list) byConnection.set(carrier, (list = []));
      list.push(vif);
    }
    for (const [conn, vifs] of byConnection) {
      if (vifs.length < 2) continue;
      const total = vifs.length > 2 ? ` (it has ${vifs.length})` : '';
      ctx.report({
        path: [...vifs[1].path, 'connection'],
        message: `${vifs[1].name} is a second VIF on hosted connection ${conn.name}, which already carries ${vifs[0].name}: a hosted connection takes one VIF${total}`,
      });
    }
  },
};
