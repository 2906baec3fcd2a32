import { contains, NON_PUBLIC_V4, overlaps } from '../../net/prefix';
import type { Rule } from '../types';
import { indexInDocument } from '../../model/load';

const RANGE_LABEL: Readonly<Record<string, string>> = {
  '10.0.0.0/8': 'private (RFC 1918)',
  '172.16.0.0/12': 'private (RFC 1918)',
  '192.168.0.0/16': 'private (RFC 1918)',
  '100.64.0.0/10': 'shared address space (RFC 6598)',
  '169.254.0.0/16': 'link-local',
  '127.0.0.0/8': 'loopback',
  '0.0.0.0/8': '"this network" (0.0.0.0/8)',
  '224.0.0.0/3': 'multicast or reserved (224.0.0.0/3)',
};

export const rule: Rule = {
  meta: {
    id: 'pubvif-prefixes',
    severity: 'error',
    area: 'vifs',
    description: 'A public VIF advertises nothing, or a prefix inside 10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, 127/8, 0/8 or 224/3.',
    why: 'AWS routes return traffic over a public VIF only to the public prefixes you advertise (and drops traffic sourced elsewhere); it approves only public prefixes you own, never private or reserved space.',
    hint: 'advertise the public prefix you own and NAT into, e.g. 198.51.100.0/24',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (vif.type !== 'public') continue;
      if (vif.advertise.length === 0) {
        ctx.report({
          path: [...vif.path, 'advertise'],
          message: `public VIF ${vif.name} advertises no prefix: AWS needs at least one public prefix you own to route traffic back`,
        });
        continue;
      }
      vif.advertise.forEach((p) => {
        if (p.family !== 4) return;
        const range = NON_PUBLIC_V4.find((r) => overlaps(r, p));
        if (!range) return;
        const label = RANGE_LABEL[range.text] ?? range.text;
        ctx.report({
          path: [...vif.path, 'advertise', indexInDocument(p)],
          message: contains(range, p)
            ? `public VIF ${vif.name} advertises ${p.text}, which is ${label} space: a public VIF advertises public prefixes you own`
            : `public VIF ${vif.name} advertises ${p.text}, which covers ${range.text}, ${label} space: a public VIF advertises public prefixes you own`,
        });
      });
    }
  },
};
