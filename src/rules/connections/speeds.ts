// Port speeds and LAG helpers shared by the connection rules (not a rule module).
import type { Connection, Lag } from '../../model/types';

/** Dedicated port speeds, in Mbps: 1, 10, 100 and 400 Gbps. */
export const DEDICATED_MBPS: readonly number[] = [1_000, 10_000, 100_000, 400_000];

/** Hosted connection capacities, in Mbps: 50–500 Mbps, 1, 2, 5, 10 and 25 Gbps. */
export const HOSTED_MBPS: readonly number[] = [50, 100, 200, 300, 400, 500, 1_000, 2_000, 5_000, 10_000, 25_000];

export const isDedicatedSpeed = (mbps: number): boolean => DEDICATED_MBPS.includes(mbps);
export const isHostedSpeed = (mbps: number): boolean => HOSTED_MBPS.includes(mbps);

/** 10000 → "10Gbps", 500 → "500Mbps" (the bandwidth form the topology uses). */
export function formatMbps(mbps: number): string {
  return mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000}Gbps` : `${mbps}Mbps`;
}

/** "1, 10, 100 or 400 Gbps"-style list of speeds. */
export function speedList(speeds: readonly number[]): string {
  const texts = speeds.map(formatMbps);
  return texts.length > 1 ? `${texts.slice(0, -1).join(', ')} or ${texts[texts.length - 1]}` : texts.join('');
}

/**
 * A LAG's dedicated members, in file order. A hosted member is lag-dedicated-only's concern
 * alone: the other LAG rules leave it out, since the fix is to take it out of the LAG.
 */
export function dedicatedMembers(lag: Lag): Connection[] {
  return lag.members.filter((m) => m.type === 'dedicated');
}

/**
 * The LAG's bandwidth: that of its first dedicated member with a valid dedicated speed (a LAG
 * has no bandwidth of its own; a member with an invalid speed is conn-dedicated-speed's concern).
 */
export function referenceMember(lag: Lag): Connection | undefined {
  return lag.members.find((m) => m.type === 'dedicated' && isDedicatedSpeed(m.bandwidthMbps));
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
