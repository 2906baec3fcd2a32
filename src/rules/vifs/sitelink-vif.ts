import type { Rule } from '../types';
import { soleGateway } from './lib/vif';

export const rule: Rule = {
  meta: {
    id: 'sitelink-vif',
    severity: 'error',
    area: 'vifs',
    description: '`sitelink: true` on a public VIF, or on a private VIF attached directly to a VGW (SiteLink needs a Direct Connect gateway).',
    why: 'SiteLink sends traffic between Direct Connect locations over the AWS backbone through a Direct Connect gateway: AWS offers it only on private and transit VIFs attached to one.',
    hint: 'attach the VIF to a Direct Connect gateway, or drop `sitelink`',
    source: 'https://aws.amazon.com/directconnect/faqs/',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      if (!vif.sitelink) continue;
      const gateway = soleGateway(vif);
      const why = vif.type === 'public' ? `${vif.name} is a public VIF; SiteLink exists only on private and transit VIFs`
        : gateway?.kind === 'vgw' ? `${vif.name} is attached to VGW ${gateway.name}; SiteLink needs a Direct Connect gateway`
          : undefined;
      if (why) ctx.report({ path: [...vif.path, 'sitelink'], message: `SiteLink is enabled, but ${why}` });
    }
  },
};
