// The one BGP decision process (routing.md, "BGP path selection"): what ranks Direct Connect
// routes of the same prefix once longest prefix and the gateway's route priority tie. AWS
// documents the order in "Routing policies and BGP communities" and its "Private virtual
// interface routing example" (https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html):
// local preference (7224:7xxx, else the Region default), AS_PATH length, MED, then equal cost
// over at most 16 paths. Every command reaches it through the forward and return queries.
import { contains, type Address, type Prefix } from '../net/prefix';
import { isPrivateAsn } from '../model/allocate';
import { LOCAL_PREFERENCE_COMMUNITIES } from '../model/communities';
import type { Advertisement, Vif } from '../model/types';
import { regionsDiffer } from './graph';

/** AWS spreads traffic over at most this many equal-cost paths; the rest wait as alternatives. */
export const ECMP_MAX_PATHS = 16;

const LP_HIGH = 300;
const LP_MEDIUM = 200;
const LP_LOW = 100;
/** An untagged VIF outside the sending region: AWS says only "a lower value"; dxplan ranks it below 7224:7100. */
const LP_REMOTE_DEFAULT = 50;

/** 7224:7100 low, 7224:7200 medium, 7224:7300 high. */
const LP_COMMUNITIES: ReadonlyMap<string, number> = new Map(LOCAL_PREFERENCE_COMMUNITIES.map((c, i) => [c, [LP_LOW, LP_MEDIUM, LP_HIGH][i]]));

/** What one advertised route carries into the decision. */
export interface BgpRank {
  localPref: number;
  /** "high (7224:7300)", "medium (untagged, at a location in us-east-1, the sending region)", ... */
  lpWords: string;
  /** Set where the local preference is dxplan's assumption (an untagged VIF outside the sending region). */
  lpAssumption?: string;
  /** 1 + the prepends (1 on a public VIF with a private ASN: AWS strips them). */
  asPath: number;
  med: number;
}

/** The BGP attributes the customer sets on one advertised prefix: the prefix entry's own, else the VIF's. */
export type AdvertisedAttributes = Pick<Advertisement, 'communities' | 'asPathPrepend' | 'med'>;


/**
 * The attributes of the advertised entry that covers `at` (a prefix AWS learned, or the source
 * address on-premise sends from), else the VIF's.
 */
export function attributesFor(vif: Vif, at?: Address | Prefix): AdvertisedAttributes {
  let best: Advertisement | undefined;
  if (at !== undefined) {
    for (const a of vif.advertisements) {
      if (a.prefix.family === at.family && contains(a.prefix, at) && (!best || a.prefix.length > best.prefix.length)) best = a;
    }
  }
  return best ?? vif;
}

/**
 * How AWS ranks a route learned over `vif` with `attrs`, when the traffic leaves from
 * `sendingRegion` (the region of the VPC behind the VGW or association, of the TGW, or of the service).
 */
export function bgpRank(vif: Vif, attrs: AdvertisedAttributes, sendingRegion: string | undefined): BgpRank {
  let localPref = 0;
  let tag = '';
  for (const c of attrs.communities) {
    const v = LP_COMMUNITIES.get(c.trim());
    // Tags are mutually exclusive (bgp-lp-conflict); with several, the highest is used.
    if (v !== undefined && v > localPref) {
      localPref = v;
      tag = c.trim();
    }
  }
  const rank: BgpRank = { localPref, lpWords: '', asPath: 1 + attrs.asPathPrepend, med: attrs.med };
  // AWS replaces a private customer ASN on a public VIF and strips its prepends.
  if (vif.type === 'public' && vif.asn !== undefined && isPrivateAsn(vif.asn)) rank.asPath = 1;
  if (localPref > 0) {
    rank.lpWords = `${localPref === LP_HIGH ? 'high' : localPref === LP_MEDIUM ? 'medium' : 'low'} (${tag})`;
    return rank;
  }
  const loc = vif.carrier.location;
  if (sendingRegion !== undefined && regionsDiffer(loc.region, sendingRegion)) {
    rank.localPref = LP_REMOTE_DEFAULT;
    rank.lpWords = `the Region default for an untagged VIF outside the sending region (${loc.name} is in ${loc.region}, the traffic leaves ${sendingRegion})`;
    rank.lpAssumption = 'AWS documents only "a lower value" for it; dxplan assumes it ranks below 7224:7100';
    return rank;
  }
  rank.localPref = LP_MEDIUM;
  rank.lpWords = sendingRegion !== undefined
    ? `medium (untagged, at ${loc.name} in ${loc.region}, the sending region)`
    : 'medium (untagged)';
  return rank;
}

export type BgpStep = 'local-preference' | 'as-path' | 'med';

/** Higher local preference, then shorter AS_PATH, then lower MED first. */
export function compareBgp(a: BgpRank, b: BgpRank): number {
  return b.localPref - a.localPref || a.asPath - b.asPath || a.med - b.med;
}

/** The step on which `loser` lost to `winner`, or undefined when they tie. */
export function decidingStep(loser: BgpRank, winner: BgpRank): BgpStep | undefined {
  if (loser.localPref !== winner.localPref) return 'local-preference';
  if (loser.asPath !== winner.asPath) return 'as-path';
  if (loser.med !== winner.med) return 'med';
  return undefined;
}

/** Why `loser` (over `loserVia`) lost to `winner` on `step`, in words; notes dxplan's assumptions. */
export function stepWhy(step: BgpStep, loserVia: string, loser: BgpRank, winnerVia: string, winner: BgpRank): string {
  switch (step) {
    case 'local-preference': {
      const assumed = [loser, winner].map((r) => r.lpAssumption).find((a) => a !== undefined);
      return `${loserVia}'s local preference is ${loser.lpWords} and ${winnerVia}'s is ${winner.lpWords}; the higher one wins${assumed ? ` (an assumption: ${assumed})` : ''}`;
    }
    case 'as-path':
      return `same local preference, but ${loserVia}'s AS_PATH is ${loser.asPath} long and ${winnerVia}'s ${winner.asPath} (1 + the prepends); the shorter one wins`;
    case 'med':
      return `same local preference and AS_PATH, but ${loserVia}'s MED is ${loser.med} and ${winnerVia}'s ${winner.med}; the lower one wins`;
  }
}

/** The step in words for a route's story: "on local preference", ... */
export const STEP_WORDS: Readonly<Record<BgpStep, string>> = {
  'local-preference': 'on local preference',
  'as-path': 'on AS_PATH length',
  med: 'on MED',
};

/** A route in the running: the steps before BGP, then its BGP rank (none for a VPN). */
export interface Contender {
  prefixLength: number;
  /** The step between longest prefix and BGP, lower first: a gateway's route priority, Direct Connect over VPN, the home Region. */
  priority: number;
  bgp?: BgpRank;
}

/** Longest prefix, then priority, then the BGP steps; callers break what still ties by name. */
export function compareContenders(a: Contender, b: Contender): number {
  return b.prefixLength - a.prefixLength
    || a.priority - b.priority
    || (a.bgp && b.bgp ? compareBgp(a.bgp, b.bgp) : 0);
}

export type RankCode = 'less-specific-prefix' | 'priority' | BgpStep | 'equal-cost' | 'ecmp-limit';

/** Why each of `sorted[1..]` is not `sorted[0]`: the step that decided, or equal cost (at most 16 paths share). */
export function rankCodes(sorted: readonly Contender[]): RankCode[] {
  const best = sorted[0];
  let sharing = 1;
  return sorted.slice(1).map((c): RankCode => {
    if (c.prefixLength !== best.prefixLength) return 'less-specific-prefix';
    if (c.priority !== best.priority) return 'priority';
    const step = c.bgp && best.bgp ? decidingStep(c.bgp, best.bgp) : undefined;
    if (step) return step;
    return ++sharing > ECMP_MAX_PATHS ? 'ecmp-limit' : 'equal-cost';
  });
}
