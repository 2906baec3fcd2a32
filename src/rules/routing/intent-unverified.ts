import type { Intent } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'intent-unverified',
    severity: 'info',
    area: 'routing',
    description: 'An intent whose answer dxplan does not model (routing.md, Inside AWS): neither met nor broken.',
    why:
      'Some real paths are outside the topology: VPC peering, transit gateway peering, a VPC whose internet access is not ' +
      'said, two sites joined by your own WAN. Calling them unreachable would fail CI for a network that works; dxplan ' +
      'says instead that it could not check the intent.',
    hint: 'model the missing piece where the format has it (vpcs[].internet, a transit gateway attaching both VPCs, SiteLink), or check the intent by other means',
    source: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  check(ctx) {
    const idx = ctx.routing;
    ctx.topology.intents.forEach((intent: Intent) => {
      const r = idx.route(intent.from, intent.to);
      // Direct Connect certainly cannot carry what has no modelled path: intent-unmet reports that one.
      if ('error' in r || r.reachable !== null || (intent.via === 'direct-connect' && intent.expect === 'reachable')) return;
      const why = r.rejected.find((x) => x.code === 'not-modelled')?.why ?? r.explanation.join(' ');
      ctx.report({
        path: intent.path,
        message: `intent ${intent.from} → ${intent.to} is not verified: ${why}`,
      });
    });
  },
};
