import { contains, PRIVATE_PEER_V4 } from '../../net/prefix';
import type { Rule } from '../types';

const RANGE_LABEL: Readonly<Record<string, string>> = {
  '10.0.0.0/8': 'private (RFC 1918)',
  '172.16.0.0/12': 'private (RFC 1918)',
  '192.168.0.0/16': 'private (RFC 1918)',
  '100.64.0.0/10': 'shared address space (100.64.0.0/10, RFC 6598)',
  '169.254.0.0/16': 'link-local (169.254.0.0/16)',
};

export const rule: Rule = {
  meta: {
    id: 'pubvif-peer-public',
    severity: 'error',
    area: 'vifs',
    description: 'A public VIF\'s peer address is private (RFC 1918, 100.64.0.0/10, 169.254.0.0/16).',
    why: 'A public VIF peers with AWS\'s public edge: its BGP peer addresses must be public addresses you own (or that AWS or your provider assigns), and AWS rejects private ones during approval.',
    hint: 'use a public /30 or /31 you own for the peers, or ask AWS Support for one',
    source: 'https://www.repost.aws/knowledge-center/setup-direct-connect-vif',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.type !== 'public') continue;
      for (const key of ['amazonAddress', 'customerAddress'] as const) {
        const a = vif[key];
        if (!a || a.address.family !== 4) continue;
        const range = PRIVATE_PEER_V4.find((r) => contains(r, a.address));
        if (!range) continue;
        ctx.report({
          path: [...vif.path, key],
          message: `${key} ${a.text} of public VIF ${vif.name} is ${RANGE_LABEL[range.text] ?? `inside ${range.text}`}: a public VIF peers on public addresses`,
        });
      }
    }
  },
};
