import type { Resiliency } from '../../model/types';
import type { Rule } from '../types';
import { carrierWords, listWords, siteUnits, type Unit } from './lib/units';

const NEEDS: Record<Exclude<Resiliency, 'none'>, string> = {
  maximum: 'Direct Connect at 2 or more locations, each with 2 or more connections on distinct AWS devices',
  high: 'Direct Connect at 2 or more locations',
  development: '2 or more connections on distinct AWS devices',
};

const FIX: Record<Exclude<Resiliency, 'none'>, string> = {
  maximum: 'have two connections on distinct AWS devices at each of two Direct Connect locations',
  high: 'add a connection (with its VIFs) at a second Direct Connect location',
  development: 'add a second connection on another AWS device, with its VIFs',
};

function distinct<T>(items: T[]): number {
  return new Set(items).size;
}

/** Whether the units meet the model (rules.md, res-model). */
export function meets(target: Exclude<Resiliency, 'none'>, units: Unit[]): boolean {
  if (target === 'development') return distinct(units.map((u) => u.deviceKey)) >= 2;
  if (target === 'high') return distinct(units.map((u) => u.location)) >= 2;
  const byLocation = new Map<string, Set<string>>();
  for (const u of units) {
    let devices = byLocation.get(u.location);
    if (!devices) byLocation.set(u.location, (devices = new Set()));
    devices.add(u.deviceKey);
  }
  return [...byLocation.values()].filter((d) => d.size >= 2).length >= 2;
}

/** A failure that takes a unit down: a location, or an AWS device (a unit with no device id: the connection or LAG itself). */
interface Failure {
  words: string;
  kills: (u: Unit) => boolean;
}

function failuresOf(units: Unit[]): { locations: Failure[]; devices: Failure[] } {
  const locations = new Map<string, Failure>();
  const devices = new Map<string, Failure>();
  for (const u of units) {
    if (!locations.has(u.location)) locations.set(u.location, { words: `location ${u.location}`, kills: (x) => x.location === u.location });
    if (!devices.has(u.deviceKey)) {
      const words = u.device !== undefined ? `AWS device ${u.device}` : `${u.carrier.kind === 'lag' ? 'LAG' : 'connection'} ${u.carrier.name}`;
      devices.set(u.deviceKey, { words, kills: (x) => x.deviceKey === u.deviceKey });
    }
  }
  return { locations: [...locations.values()], devices: [...devices.values()] };
}

/**
 * The failure the target guards against that leaves the site with no Direct Connect at all,
 * as words: a device for development, a location for high, a location and then a device for
 * maximum. Undefined when none does (three locations with one device each do not meet maximum,
 * yet no location-and-device pair cuts them all).
 */
export function breakingFailure(target: Exclude<Resiliency, 'none'>, units: Unit[]): string | undefined {
  if (units.length === 0) return undefined;
  const { locations, devices } = failuresOf(units);
  const singles = target === 'development' ? [...devices, ...locations] : [...locations, ...devices];
  const single = singles.find((f) => units.every(f.kills));
  if (single) return single.words;
  if (target !== 'maximum') return undefined;
  for (const l of locations) {
    for (const d of devices) if (units.every((u) => l.kills(u) || d.kills(u))) return `${l.words} and ${d.words} together`;
  }
  return undefined;
}

function describe(units: Unit[]): string {
  if (units.length === 0) return 'no connection that carries a VIF';
  const parts = units.map((u) => `${carrierWords(u.carrier)} (${u.location}${u.device !== undefined ? `, device ${u.device}` : ''})`);
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
      'production; Development and Test (two devices at one location) protects only against a device failure.',
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
      if (meets(target, units)) continue;
      const failure = breakingFailure(target, units);
      ctx.report({
        path: site.path,
        message: `policy.resiliency ${target} needs ${NEEDS[target]}; ${site.name} has ${describe(units)}` +
          (failure ? `; losing ${failure} leaves ${site.name} without Direct Connect` : ''),
        hint: FIX[target],
      });
    }
  },
};
