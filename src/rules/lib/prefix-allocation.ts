// Inbound prefix controls: how many prefixes AWS accepts per family on a VIF, and the pools
// they are allocated from (https://docs.aws.amazon.com/directconnect/latest/UserGuide/prefix-controls.html).
import type { Family } from '../../net/prefix';
import type { Path, Vif } from '../../model/types';
import { DEFAULT_PREFIX_ALLOCATION, familyKey, MAX_PREFIX_ALLOCATION, prefixAllocationOf } from '../../model/vif';

/** Routes a public VIF's session accepts per family; prefix allocations do not apply to it. */
export const PUBLIC_VIF_PREFIX_LIMIT = 1000;

/** The prefix pool of a dedicated connection per family, by port speed in Mbps. */
export const PREFIX_POOL_BY_MBPS: ReadonlyMap<number, number> = new Map([
  [1000, 5000], [10000, 5000], [100000, 30000], [400000, 50000],
]);

/** What allocations on one Direct Connect gateway may add up to, both families together. */
export const DXGW_PREFIX_ALLOCATIONS_MAX = 10000;

/**
 * Why AWS would refuse the VIF's written allocation for `family`, or undefined when it is
 * accepted (or not written). vif-prefix-allocation reports these.
 */
export function refusedAllocation(vif: Vif, family: Family): string | undefined {
  const written = vif.prefixAllocation?.[familyKey(family)];
  if (written === undefined) return undefined;
  if (vif.type === 'public') return 'prefix allocations do not apply to a public VIF';
  if (vif.carrier.kind === 'connection' && vif.carrier.type === 'hosted' && written !== DEFAULT_PREFIX_ALLOCATION) {
    return `a VIF on a hosted connection keeps the default of ${DEFAULT_PREFIX_ALLOCATION}`;
  }
  if (written > MAX_PREFIX_ALLOCATION) return `at most ${MAX_PREFIX_ALLOCATION.toLocaleString('en-US')} may be allocated to one VIF per family`;
  return undefined;
}

/**
 * Prefixes of `family` AWS accepts on a private or transit VIF: its allocation, or the default
 * where AWS would refuse the allocation written (vif-prefix-allocation's finding, not counted twice).
 */
export function acceptedPrefixAllocation(vif: Vif, family: Family): number {
  return refusedAllocation(vif, family) === undefined ? prefixAllocationOf(vif, family) : DEFAULT_PREFIX_ALLOCATION;
}

/** Where a VIF's allocation for `family` is written, else the VIF itself. */
export function allocationPath(vif: Vif, family: Family): Path {
  const written = vif.prefixAllocation;
  if (!written) return vif.path;
  return written[familyKey(family)] === undefined ? written.path : [...written.path, familyKey(family)];
}
