import type { Prefix } from '../../net/prefix';
import { PrefixTrie } from '../../net/trie';
import type { Vpc } from '../../model/types';
import type { Rule } from '../types';
import { listNames, vifsByDxgw, vpcsBehind } from './lib/dxgw';

export const rule: Rule = {
  meta: {
    id: 'dxgw-supernet',
    severity: 'warning',
    area: 'gateways',
    description: 'A VIF on a DXGW advertises a prefix that covers CIDRs of two or more VPCs behind that DXGW.',
    why: 'Since November 2021, when on-premise advertises a supernet (such as 10.0.0.0/8 or 0.0.0.0/0) covering several VPCs behind the same Direct Connect gateway over the same VIF, those VPCs can reach each other through the Direct Connect endpoint, bypassing on-premise controls.',
    hint: 'advertise more specific prefixes that cover only on-premise networks, or put the VPCs behind separate Direct Connect gateways',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-gateways-intro.html',
  },
  check(ctx) {
    const vifsOn = vifsByDxgw(ctx.topology);
    for (const dxgw of ctx.topology.dxgws) {
      const vifs = vifsOn.get(dxgw);
      if (!vifs || vifs.length === 0) continue;
      const behind = vpcsBehind(dxgw);
      if (behind.length < 2) continue;
      const cidrs = new PrefixTrie<Vpc>();
      for (const b of behind) for (const c of b.vpc.cidrs) cidrs.insert(c, b.vpc);

      // One diagnostic per advertised prefix, naming every VIF on this DXGW that advertises it.
      const byPrefix = new Map<string, { prefix: Prefix; vifs: string[] }>();
      for (const vif of vifs) {
        for (const p of vif.advertise) {
          let entry = byPrefix.get(p.text);
          if (!entry) byPrefix.set(p.text, (entry = { prefix: p, vifs: [] }));
          // VIFs come in order, so a repeat within one VIF is always the last name.
          if (entry.vifs[entry.vifs.length - 1] !== vif.name) entry.vifs.push(vif.name);
        }
      }
      for (const { prefix, vifs: names } of byPrefix.values()) {
        // Every VPC CIDR inside the advertised prefix, grouped by VPC (first CIDR named).
        const covered = new Map<Vpc, string>();
        for (const e of cidrs.within(prefix)) {
          for (const vpc of e.values) if (!covered.has(vpc)) covered.set(vpc, e.prefix.text);
        }
        if (covered.size < 2) continue;
        const vpcs = [...covered].map(([vpc, cidr]) => `${vpc.name} (${cidr})`);
        ctx.report({
          path: dxgw.path,
          message: `${prefix.text}, advertised by ${names.length === 1 ? 'VIF' : 'VIFs'} ${listNames(names)}, covers CIDRs of ${covered.size} VPCs behind ${dxgw.name}: ${listNames(vpcs)}; they can reach each other through it`,
        });
      }
    }
  },
};
