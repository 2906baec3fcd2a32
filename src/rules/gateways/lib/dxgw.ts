// Shared views of the Direct Connect gateway side for the gateway rules. Each helper builds
// its answer in one pass over the topology (maps keyed by entity), so no rule is quadratic.
import type { Dxgw, DxgwAssociation, Tgw, Topology, Vgw, Vif, Vpc } from '../../../model/types';

/**
 * The private and transit VIFs attached to each DXGW, in file order. A VIF whose `gateway`
 * is a list is pvif-one-gateway's concern and a public VIF with a gateway is vif-gateway's,
 * so neither counts here.
 */
export function vifsByDxgw(topology: Topology): Map<Dxgw, Vif[]> {
  const out = new Map<Dxgw, Vif[]>();
  for (const vif of topology.vifs) {
    if (vif.gatewayIsList || vif.type === 'public') continue;
    const g = vif.gateways[0];
    if (!g || g.kind !== 'dxgw') continue;
    let list = out.get(g);
    if (!list) out.set(g, (list = []));
    list.push(vif);
  }
  return out;
}

/** A VPC behind a DXGW, with the association it is reached through. */
export interface VpcBehind {
  vpc: Vpc;
  assoc: DxgwAssociation;
  /** The VGW or TGW of the association, for messages. */
  via: Vgw | Tgw;
}

/** The VPCs behind one association: the VGW's VPC, or the VPCs attached to the TGW. */
export function vpcsOfAssociation(assoc: DxgwAssociation): Vpc[] {
  const g = assoc.gateway;
  if (g.kind === 'vgw') return g.vpc ? [g.vpc] : [];
  return g.attachments;
}

/**
 * The VPCs behind a DXGW (VGW associations' VPCs and the VPCs attached to its TGW
 * associations), each once, in association order; a VPC reached through several
 * associations keeps the first.
 */
export function vpcsBehind(dxgw: Dxgw): VpcBehind[] {
  const seen = new Set<Vpc>();
  const out: VpcBehind[] = [];
  for (const assoc of dxgw.associations) {
    for (const vpc of vpcsOfAssociation(assoc)) {
      if (seen.has(vpc)) continue;
      seen.add(vpc);
      out.push({ vpc, assoc, via: assoc.gateway });
    }
  }
  return out;
}

/** "VGW vgw-prod" / "transit gateway tgw-east". */
export function gatewayLabel(g: Vgw | Tgw): string {
  return g.kind === 'vgw' ? `VGW ${g.name}` : `transit gateway ${g.name}`;
}

/** Lists at most `max` items, then "and N more". */
export function listNames(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** 1 → "1st", 2 → "2nd", 21 → "21st", 12 → "12th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1: return `${n}st`;
    case 2: return `${n}nd`;
    case 3: return `${n}rd`;
    default: return `${n}th`;
  }
}
