import type { Rule } from '../types';

export const MAX_ALLOWED_PREFIXES = 200;

export const rule: Rule = {
  meta: {
    id: 'dxgw-allowed-prefixes',
    severity: 'error',
    area: 'gateways',
    description: 'A TGW association without allowedPrefixes, or with more than 200.',
    why: 'For a transit gateway association the allowed prefixes are exactly what the Direct Connect gateway advertises to on-premise (the VPC CIDRs behind the TGW are not advertised by themselves); AWS accepts at most 200 per association.',
    hint: 'list the VPC CIDRs (or summaries of them) behind the transit gateway under allowedPrefixes, at most 200',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/allowed-to-prefixes.html',
  },
  check(ctx) {
    for (const dxgw of ctx.topology.dxgws) {
      for (const assoc of dxgw.associations) {
        const g = assoc.gateway;
        if (g.kind !== 'tgw') continue;
        if (assoc.allowedPrefixes === undefined) {
          const cidrs = g.attachments.flatMap((v) => v.cidrs.map((c) => c.text));
          ctx.report({
            path: assoc.path,
            message: `the association of ${dxgw.name} with transit gateway ${g.name} has no allowedPrefixes: on-premise learns no route to the VPCs behind ${g.name}`,
            hint: cidrs.length > 0
              ? `add allowedPrefixes: [${cidrs.slice(0, 5).join(', ')}${cidrs.length > 5 ? ', ...' : ''}]`
              : undefined,
          });
        } else if (assoc.allowedPrefixes.length > MAX_ALLOWED_PREFIXES) {
          ctx.report({
            path: [...assoc.path, 'allowedPrefixes'],
            message: `the association of ${dxgw.name} with transit gateway ${g.name} has ${assoc.allowedPrefixes.length} allowed prefixes, over the quota of ${MAX_ALLOWED_PREFIXES}`,
            hint: 'summarise the allowed prefixes into at most 200 supernets',
          });
        }
      }
    }
  },
};
