import type { Carrier } from '../../model/types';
import type { Rule } from '../types';
import { carrierWords, listWords } from './lib/units';

export const rule: Rule = {
  meta: {
    id: 'res-same-device',
    severity: 'warning',
    area: 'resiliency',
    description: 'Two connections of a site at one location name the same AWS device (members of one LAG excepted).',
    why:
      'Redundant connections at one location protect against a device failure only when they end on different AWS ' +
      'devices; on the same device, one failure or maintenance window takes them all down.',
    hint: 'request the second connection on a different AWS device (the Resiliency Toolkit does this)',
    source: 'https://aws.amazon.com/directconnect/resiliency-recommendation/',
  },
  check(ctx) {
    const g = ctx.routing.graph;
    for (const site of ctx.topology.sites) {
      const groups = new Map<string, { location: string; device: string; units: Carrier[] }>();
      for (const c of g.connectionsOf(site)) {
        if (c.awsDevice === undefined) continue;
        const key = `${c.location.name}\u0000${c.awsDevice}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { location: c.location.name, device: c.awsDevice, units: [] }));
        // A LAG's members share a device by design: the LAG counts once.
        const unit: Carrier = c.lag ?? c;
        if (!group.units.includes(unit)) group.units.push(unit);
      }
      for (const group of groups.values()) {
        if (group.units.length < 2) continue;
        const names = group.units.map(carrierWords);
        ctx.report({
          path: site.path,
          message: `${listWords(names)} of ${site.name} at ${group.location} all end on AWS device ${group.device}: one device failure or maintenance window takes them down together`,
          hint: `move ${carrierWords(group.units[group.units.length - 1])} to another AWS device at ${group.location}, or to another location`,
        });
      }
    }
  },
};
