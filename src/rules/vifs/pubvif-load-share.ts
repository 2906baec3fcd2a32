import { isPrivateAsn } from '../../model/allocate';
import { continentOf, isRegion } from '../../net/regions';
import { siteOfCarrier } from '../../model/load';
import type { Advertisement, Site, Vif } from '../../model/types';
import type { Rule } from '../types';

/** Where AWS propagates a public prefix, from its scope community (no community: global). */
type Scope = { kind: 'region' | 'continent' | 'global'; region: string };

function scopeOf(a: Advertisement, region: string): Scope {
  if (a.communities.includes('7224:9100')) return { kind: 'region', region };
  if (a.communities.includes('7224:9200')) return { kind: 'continent', region };
  return { kind: 'global', region };
}

/** Whether two scopes have a region in common; undefined when a continent is unknown. */
function scopesShareRegion(a: Scope, b: Scope): boolean | undefined {
  if (a.kind === 'global' || b.kind === 'global') return true;
  if (a.kind === 'region' && b.kind === 'region') return a.region === b.region;
  const ca = continentOf(a.region);
  const cb = continentOf(b.region);
  if (ca === undefined || cb === undefined) return undefined;
  return ca === cb;
}

/** The attributes AWS compares to share load: AS_PATH length, MED and communities (in any order). */
const attributesKey = (a: Advertisement): string => `${a.asPathPrepend}|${a.med}|${[...a.communities].sort().join(',')}`;

export const rule: Rule = {
  meta: {
    id: 'pubvif-load-share',
    severity: 'warning',
    area: 'vifs',
    description: 'Two public VIFs of one site advertise the same prefix with the same attributes and overlapping scopes, but AWS will not share load between them: they are in different regions, or the customer ASN is private.',
    why: 'Advertising a prefix with the same attributes over two public VIFs asks for load sharing, but AWS prefers the VIF in a prefix\'s home region and shares load across public VIFs only within one region and with a public customer ASN: the traffic takes one VIF and the other stays idle until it fails.',
    hint: 'to share load, use VIFs in the same region with a public ASN; otherwise make the preference explicit (AS_PATH prepending or a narrower scope community)',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    const bySite = new Map<Site, Vif[]>();
    for (const vif of ctx.topology.vifs) {
      if (vif.type !== 'public') continue;
      const site = siteOfCarrier(vif.carrier);
      // Regions compared only when known (topology.md: rules that compare regions stay quiet).
      if (!site || !isRegion(vif.carrier.location.region)) continue;
      let list = bySite.get(site);
      if (!list) bySite.set(site, (list = []));
      list.push(vif);
    }
    for (const vifs of bySite.values()) {
      for (let j = 1; j < vifs.length; j++) {
        for (let i = 0; i < j; i++) {
          const finding = noLoadSharing(vifs[i], vifs[j]);
          if (finding) ctx.report(finding);
        }
      }
    }
  },
};

/** The finding for a pair of public VIFs, reported on the later one's entry; undefined when fine. */
function noLoadSharing(first: Vif, second: Vif): { path: Advertisement['path']; message: string } | undefined {
  const r1 = first.carrier.location.region;
  const r2 = second.carrier.location.region;
  const privateAsn = [first, second].find((v) => v.asn !== undefined && isPrivateAsn(v.asn));
  if (r1 === r2 && !privateAsn) return undefined;
  const earlier = new Map(first.advertisements.map((a) => [`${a.prefix.text}|${attributesKey(a)}`, a]));
  for (const a of second.advertisements) {
    const twin = earlier.get(`${a.prefix.text}|${attributesKey(a)}`);
    if (!twin || !scopesShareRegion(scopeOf(twin, r1), scopeOf(a, r2))) continue;
    const why = r1 !== r2
      ? `${first.name} is in ${r1} and ${second.name} in ${r2}: AWS prefers the VIF in the prefix's home region and does not share load across regions`
      : `the customer ASN ${privateAsn!.asn} is private: AWS shares load across public VIFs only for a public ASN`;
    return {
      path: a.path,
      message: `${first.name} and ${second.name} advertise ${a.prefix.text} with the same attributes, but ${why}`,
    };
  }
  return undefined;
}
