// The `route` expectations of the conformance suite (the repository's copy), checked against the
// engine directly (the CLI adds only formatting and the exit code).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_COPY } from '../shared-dir';
import { index } from './util';

interface RouteExpect {
  from: string;
  to: string;
  exit: number;
  path?: string;
  hopsInclude?: string[];
  hopsExclude?: string[];
  prefix?: string;
  rejectedInclude?: string[];
  rejectedCodes?: string[];
  alternativeCodes?: string[];
}

const suite = CONFORMANCE_COPY;
const cases = readdirSync(suite).filter((d) => existsSync(join(suite, d, 'expect.json')))
  .map((d) => ({ d, e: JSON.parse(readFileSync(join(suite, d, 'expect.json'), 'utf8')) as { route?: RouteExpect[] } }))
  .filter((c) => c.e.route);

describe('conformance route expectations', () => {
  test('the copy has cases with route expectations', () => expect(cases.length).toBeGreaterThan(5));
  test.each(cases.map((c) => [c.d, c.e.route!] as const))('%s', (d, routes) => {
    const idx = index(readFileSync(join(suite, d, 'topology.yaml'), 'utf8'));
    for (const x of routes) {
      const r = idx.route(x.from, x.to);
      if ('error' in r) throw new Error(`${x.from} -> ${x.to}: ${r.error}`);
      const names = r.hops.map((h) => h.name);
      const where = `${d}: ${x.from} -> ${x.to}`;
      expect([where, r.reachable ? 0 : 1]).toEqual([where, x.exit]);
      if (x.path) expect([where, r.path]).toEqual([where, x.path]);
      for (const h of x.hopsInclude ?? []) expect([where, names]).toEqual([where, expect.arrayContaining([h])]);
      for (const h of x.hopsExclude ?? []) expect([where, names.includes(h)]).toEqual([where, false]);
      if (x.prefix) expect([where, r.prefix]).toEqual([where, x.prefix]);
      for (const v of x.rejectedInclude ?? []) expect([where, r.rejected.map((e) => e.via)]).toEqual([where, expect.arrayContaining([v])]);
      for (const c of x.rejectedCodes ?? []) expect([where, r.rejected.map((e) => e.code)]).toEqual([where, expect.arrayContaining([c])]);
      for (const c of x.alternativeCodes ?? []) expect([where, r.alternatives.map((e) => e.code)]).toEqual([where, expect.arrayContaining([c])]);
    }
  });
});
