import type { VifType } from '../../model/types';
import type { Rule } from '../types';

/** rules.md: private 1500/8500/9001 (the API now says 8500, the User Guide 9001), transit 1500/8500, public 1500. */
export const VALID_MTU: Readonly<Record<VifType, readonly number[]>> = {
  private: [1500, 8500, 9001],
  transit: [1500, 8500],
  public: [1500],
};

function list(values: readonly number[]): string {
  return values.length === 1 ? `${values[0]}` : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

export const rule: Rule = {
  meta: {
    id: 'vif-mtu',
    severity: 'error',
    area: 'vifs',
    description: 'A private VIF\'s MTU is not 1500, 8500 or 9001; a transit VIF\'s not 1500 or 8500; a public VIF\'s not 1500.',
    why: 'AWS offers only these MTUs per VIF type and rejects any other value; jumbo frames exist only on private and transit VIFs.',
    hint: 'use 1500, or the jumbo MTU of the VIF type (private 9001 or 8500, transit 8500)',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/set-jumbo-frames-vif.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const valid = VALID_MTU[vif.type];
      if (valid.includes(vif.mtu)) continue;
      ctx.report({
        path: [...vif.path, 'mtu'],
        message: `MTU ${vif.mtu} of ${vif.name} is not valid for a ${vif.type} VIF: use ${list(valid)}`,
        hint: vif.type === 'public' ? 'public VIFs have no jumbo frames: set mtu: 1500 or drop the key' : undefined,
      });
    }
  },
};
