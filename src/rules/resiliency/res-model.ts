import type { Resiliency } from '../../model/types';
import type { Rule } from '../types';
import { carrierWords, listWords, siteUnits, type Unit } from './lib/units';

// AWS's Maximum and High resiliency models put the connections on separate customer devices as
// well as separate AWS devices and locations ("Maximum resiliency: separate connections
// terminating on separate devices in more than one location"; the Resiliency Toolkit's
// diagrams show one customer router per connection):
// https://aws.amazon.com/directconnect/resiliency-recommendation/ and
// https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html
const NEEDS: Record<Exclude<Resiliency, 'none'>, string> = {
  maximum: 'Direct Connect at 2 or more locations, each with 2 or more connections on distinct AWS devices and distinct customer routers',
  high: 'Direct Connect at 2 or more locations, on distinct customer routers',
  development: '2 or more connections on distinct AWS devices',
};

const FIX: Record<Exclude<Resiliency, 'none'>, string> = {
  maximum: 'have two connections on distinct AWS devices and distinct customer routers at each of two Direct Connect locations',
  high: 'add a connection (with its VIFs) at a second Direct Connect location, on another customer router',
  development: 'add a second connection on another AWS device, with its VIFs',
};

function distinct<T>(items: T[]): number {
  return new Set(items).size;
}

/** Two of the units differ in both keys: neither one failure of the first kind nor of the second takes both. */
function diversePair(units: Unit[], a: (u: Unit) => string | undefined, b: (u: Unit) => string | undefined): boolean {
  return units.some((u, i) => units.slice(i + 1).some((v) => a(u) !== a(v) && b(u) !== b(v)));
}

const routerKey = (u: Unit): string => u.router ?? `\u0001${u.carrier.name}`;

/** Whether the units meet the model (rules.md, res-model). */
export function meets(target: Exclude<Resiliency, 'none'>, units: Unit[]): boolean {
  if (target === 'development') return distinct(units.map((u) => u.deviceKey)) >= 2;
  if (target === 'high') return diversePair(units, (u) => u.location, routerKey);
  const byLocation = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byLocation.get(u.location);
    if (list) list.push(u);
    else byLocation.set(u.location, [u]);
  }
  return [...byLocation.values()].filter((list) => diversePair(list, (u) => u.deviceKey, routerKey)).length >= 2;
}

/**
 * A failure that takes a unit down: a location, an AWS device (a unit with no device id: the
 * connection or LAG itself), or a customer router.
 */
interface Failure {
  words: string;
  kills: (u: Unit) => boolean;
}

function failuresOf(units: Unit[]): { locations: Failure[]; devices: Failure[]; routers: Failure[] } {
  const locations = new Map<string, Failure>();
  const devices = new Map<string, Failure>();
  const routers = new Map<string, Failure>();
  for (const u of units) {
    if (!locations.has(u.location)) locations.set(u.location, { words: `location ${u.location}`, kills: (x) => x.location === u.location });
    if (!devices.has(u.deviceKey)) {
      const words = u.device !== undefined ? `AWS device ${u.device}` : `${u.carrier.kind === 'lag' ? 'LAG' : 'connection'} ${u.carrier.name}`;
      devices.set(u.deviceKey, { words, kills: (x) => x.deviceKey === u.deviceKey });
    }
    if (u.router !== undefined && !routers.has(u.router)) routers.set(u.router, { words: `router ${u.router}`, kills: (x) => x.router === u.router });
  }
  return { locations: [...locations.values()], devices: [...devices.values()], routers: [...routers.values()] };
}

/**
 * The failure the target guards against that leaves the site with no Direct Connect at all,
 * as words: a device for development, a location for high, a location and then a device for
 * maximum. Undefined when none does (three locations with one device each do not meet maximum,
 * yet no location-and-device pair cuts them all).
 */
export function breakingFailure(target: Exclude<Resiliency, 'none'>, units: Unit[]): string | undefined {
  if (units.length === 0) return undefined;
  const { locations, devices, routers } = failuresOf(units);
  const singles = target === 'development' ? [...devices, ...locations] : [...locations, ...devices, ...routers];
  const single = singles.find((f) => units.every(f.kills));
  if (single) return single.words;
  if (target !== 'maximum') return undefined;
  for (const l of locations) {
    for (const d of devices) if (units.every((u) => l.kills(u) || d.kills(u))) return `${l.words} and ${d.words} together`;
  }
  return undefined;
}

function describe(target: Exclude<Resiliency, 'none'>, units: Unit[]): string {
  if (units.length === 0) return 'no connection that carries a VIF';
  const withRouter = target !== 'development';
  const parts = units.map((u) => `${carrierWords(u.carrier)} (${u.location}${u.device !== undefined ? `, device ${u.device}` : ''}${withRouter && u.router ? `, router ${u.router}` : ''})`);
  return units.length === 1 ? `only ${parts[0]}` : listWords(parts, 8);
}

export const rule: Rule = {
  meta: {
    id: 'res-model',
    severity: 'error',
    area: 'resiliency',
    description: '`policy.resiliency` is not met for a site with Direct Connect (maximum, high or development, as AWS defines them).',
    why:
      'AWS recommends Maximum resiliency (two locations, two devices each) or High resiliency (two locations) for ' +
      'production; Development and Test (two devices at one location) protects only against a device failure. ' +
      'Maximum and High also call for separate customer routers: four connections on one router fail together. ' +
      'A connection without `awsDevice` counts as a device of its own; when no connection of a site names one, ' +
      'an info says that AWS device diversity was assumed, not verified.',
    hint: 'add connections until the site meets the model, or lower policy.resiliency',
    source: 'https://aws.amazon.com/directconnect/resiliency-recommendation/',
  },
  check(ctx) {
    const target = ctx.topology.policy.resiliency;
    if (target === 'none') return;
    const g = ctx.routing.graph;
    for (const site of ctx.topology.sites) {
      if (g.carriersOf(site).length === 0) continue; // no Direct Connect at this site
      const units = siteUnits(g, site);
      if (meets(target, units)) {
        if (target !== 'high' && units.every((u) => u.device === undefined)) {
          ctx.report({
            path: site.path,
            assumption: true,
            message: `policy.resiliency ${target} holds for ${site.name} only if its connections end on distinct AWS devices: ` +
              `none names its \`awsDevice\`, so device diversity was assumed, not verified`,
            hint: 'add `awsDevice:` to each connection (the AWS device id in the console or the LOA)',
          });
        }
        continue;
      }
      const failure = breakingFailure(target, units);
      ctx.report({
        path: site.path,
        message: `policy.resiliency ${target} needs ${NEEDS[target]}; ${site.name} has ${describe(target, units)}` +
          (failure ? `; losing ${failure} leaves ${site.name} without Direct Connect` : ''),
        hint: FIX[target],
      });
    }
  },
};
