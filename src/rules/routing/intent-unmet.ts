import { formatPath } from '../../model/finding';
import type { Intent, Via } from '../../model/types';
import { viaHolds } from '../../routing/capacity';
import type { RouteResult } from '../../routing/types';
import type { Rule } from '../types';

const VIA_WORDS: Record<Via, string> = {
  'direct-connect': 'over Direct Connect',
  vpn: 'over a VPN',
  internet: 'over the internet',
  private: 'privately, without crossing the internet',
  any: 'at all',
};

/** Up to three rejections, in words: why nothing (better) carries the traffic. */
function reasons(r: RouteResult): string {
  const list = r.rejected.filter((x) => x.code !== 'down');
  const shown = list.slice(0, 3).map((x) => `${x.via}: ${x.why}`);
  return shown.join('; ') + (list.length > 3 ? `; and ${list.length - 3} more (dxplan route ${r.from} ${r.to})` : '');
}

/** "Direct Connect through private VIF vif-a", "the VPN vpn-1", "the internet". */
function pathSummary(r: RouteResult): string {
  switch (r.path) {
    case 'direct-connect-private':
      return `Direct Connect through private VIF ${r.via}`;
    case 'direct-connect-transit':
      return `Direct Connect through transit VIF ${r.via}`;
    case 'direct-connect-public':
      return `Direct Connect through public VIF ${r.via}`;
    case 'direct-connect-sitelink':
      return `Direct Connect SiteLink from VIF ${r.via}`;
    case 'transit-gateway':
      return `the transit gateway ${r.via}`;
    case 'vpc-endpoint':
      return `the VPC endpoint ${r.via}`;
    case 'vpc-internet':
      return 'the VPC\'s internet access';
    case 'vpn':
      return `the VPN ${r.via}`;
    case 'internet':
      return 'the internet';
    default:
      return 'no path';
  }
}

export const rule: Rule = {
  meta: {
    id: 'intent-unmet',
    severity: 'error',
    area: 'routing',
    description: 'An intent does not hold: no path, a path of another kind than `via`, or a path where `expect: unreachable`.',
    why:
      'Intents are what the network must guarantee; dxplan computes the path AWS and on-premise routing really ' +
      'take (longest prefix, Direct Connect over VPN, local preference) and reports when it breaks one.',
    hint: 'run `dxplan route <from> <to>` to see the path, the alternatives and why each candidate fails',
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html',
  },
  check(ctx) {
    const idx = ctx.routing;
    ctx.topology.intents.forEach((intent: Intent) => {
      const pair = `${intent.from} → ${intent.to}`;
      for (const side of ['from', 'to'] as const) {
        const e = idx.resolve(intent[side]);
        if ('error' in e) {
          const written = ctx.topology.writtenAt(intent[side]);
          ctx.report({
            path: [...intent.path, side],
            message: written
              ? `intent ${pair} cannot hold: ${intent[side]} is written at ${formatPath(written)} but not read as an entity there`
              : `intent ${pair} cannot hold: ${e.error}`,
            hint: written ? `fix the finding at ${formatPath(written)} (a misplaced or mis-indented block)` : undefined,
          });
          return;
        }
      }
      const r = idx.route(intent.from, intent.to);
      if ('error' in r) return;
      const via = intent.via;
      if (r.reachable === null) {
        // Not modelled (intent-unverified), except that Direct Connect certainly cannot carry it.
        if (via === 'direct-connect' && intent.expect === 'reachable') {
          ctx.report({ path: intent.path, message: `intent ${pair} does not hold: no Direct Connect path carries it. ${reasons(r)}` });
        }
        return;
      }
      if (intent.expect === 'unreachable') {
        if (r.reachable && viaHolds(via, r.path)) {
          const how = via === 'any' ? '' : ` ${VIA_WORDS[via]}`;
          ctx.report({
            path: intent.path,
            message: `intent ${pair} expects it unreachable${how}, but it is reachable over ${pathSummary(r)}: ${r.hops.map((h) => h.name).join(' → ')}`,
            hint: r.via ? `remove what carries it (${r.via}), or change the intent` : undefined,
          });
        }
        return;
      }
      if (!r.reachable) {
        ctx.report({ path: intent.path, message: `intent ${pair} does not hold: ${intent.to} is unreachable from ${intent.from}. ${reasons(r)}` });
        return;
      }
      if (!viaHolds(via, r.path)) {
        const why = [...r.explanation, ...r.rejected.filter((x) => x.code !== 'private-address-over-public' && x.code !== 'down' && !r.explanation.some((s) => s.includes(x.via))).slice(0, 2).map((x) => `${x.via}: ${x.why}.`)];
        ctx.report({
          path: intent.path,
          message: `intent ${pair} should go ${VIA_WORDS[via]}, but it goes over ${pathSummary(r)}. ${why.join(' ')}`,
        });
      }
    });
  },
};
