import type { Rule } from '../types';
import { prefixList, trieOf } from './list';

export const rule: Rule = {
  meta: {
    id: 'host-outside-site',
    severity: 'error',
    area: 'addressing',
    description: "A host's ip is in none of its site's cidrs.",
    why:
      "dxplan routes to and from a host by its site's cidrs, the prefixes the site advertises over BGP; " +
      'an address outside them is not reachable the way the topology says.',
    hint: "use an address inside one of the site's cidrs, or add the host's range to the site's cidrs",
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    for (const site of ctx.topology.sites) {
      // A site that declares no (valid) address space gives nothing to check against:
      // `cidrs` is optional, and an unparseable entry is cidr-invalid's concern.
      if (site.cidrs.length === 0 || site.hosts.length === 0) continue;
      const trie = trieOf(site.cidrs);
      for (const host of site.hosts) {
        if (trie.longestMatch(host.ip)) continue;
        ctx.report({
          path: [...host.path, 'ip'],
          message: `host ${host.name}'s ip ${host.ip.text} is in none of site ${site.name}'s cidrs (${prefixList(site.cidrs)})`,
          hint: `use an address inside ${site.name}'s cidrs, or add the range of ${host.ip.text} to them`,
        });
      }
    }
  },
};
