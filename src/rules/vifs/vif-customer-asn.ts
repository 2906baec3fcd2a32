import type { Site, Vif } from '../../model/types';
import type { Rule } from '../types';
import { asnSourceSite, customerAsnProblem, MAX_ASN } from './lib/vif';

export const rule: Rule = {
  meta: {
    id: 'vif-customer-asn',
    severity: 'error',
    area: 'vifs',
    description: `The customer ASN of a VIF or of a site is outside 1–${MAX_ASN}, or is 23456 or 7224.`,
    why: 'AWS accepts customer ASNs 1 to 4294967294; 23456 (AS_TRANS) only stands in for 4-byte ASNs, and 7224 is the ASN AWS itself uses, so a session with either fails.',
    hint: 'use an ASN you own, or a private one (64512–65534 or 4200000000–4294967294)',
    source: 'https://docs.aws.amazon.com/ru_ru/directconnect/latest/UserGuide/bgp-specific-settings.html',
  },
  check(ctx) {
    // An ASN inherited from a site is one value: report it once, on the site, naming its VIFs.
    const bySite = new Map<Site, Vif[]>();
    for (const vif of ctx.topology.vifs) {
      if (vif.asn === undefined) continue;
      const problem = customerAsnProblem(vif.asn);
      if (!problem) continue;
      const site = asnSourceSite(vif);
      if (site) {
        const vifs = bySite.get(site);
        if (vifs) vifs.push(vif);
        else bySite.set(site, [vif]);
        continue;
      }
      ctx.report({ path: [...vif.path, 'asn'], message: `customer ASN ${vif.asn} of ${vif.name} ${problem}` });
    }
    // A site's ASN is the default of every VIF added later: checked even when no VIF uses it yet.
    for (const site of ctx.topology.sites) {
      const problem = site.asn === undefined ? undefined : customerAsnProblem(site.asn);
      if (!problem) continue;
      const vifs = bySite.get(site) ?? [];
      ctx.report({
        path: [...site.path, 'asn'],
        message: `customer ASN ${site.asn} of site ${site.name}${vifs.length > 0 ? ` (used by ${vifs.map((v) => v.name).join(', ')})` : ''} ${problem}`,
      });
    }
  },
};
