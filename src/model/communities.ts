// The BGP communities AWS gives a meaning to on what the customer advertises over a VIF
// (https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html).

/** Local preference on a private or transit VIF: low, medium, high. */
export const LOCAL_PREFERENCE_COMMUNITIES: readonly string[] = ['7224:7100', '7224:7200', '7224:7300'];

/** Public VIF scope: local region, continent, global. */
export const SCOPE_COMMUNITIES: readonly string[] = ['7224:9100', '7224:9200', '7224:9300'];

/** The distinct local-preference communities in a list, in the order written. */
export function localPreferenceCommunitiesIn(communities: readonly string[]): string[] {
  return [...new Set(communities.filter((c) => LOCAL_PREFERENCE_COMMUNITIES.includes(c)))];
}
