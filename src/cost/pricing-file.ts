// `--pricing FILE`: a YAML file that overrides any figure of the built-in price table (a
// negotiated discount, a region the table lacks). It is checked like a topology: an unknown
// key or a wrongly typed value is a diagnostic with its file:line:column, and a file with any
// diagnostic is unusable (exit 2). Pure: text in, prices or diagnostics out.
import type { Diagnostic } from '../engine/load';
import type { Path } from '../model/types';
import { isRegion, REGIONS } from '../net/regions';
import { locate, parseSource, type SourceFile } from '../source/document';
import { suggest } from '../util/suggest';
import type { PriceTable } from './prices';
import { bandwidthMbps } from './rates';

type Spec =
  | { t: 'number' }
  | { t: 'positive' }
  | { t: 'date' }
  | { t: 'strings' }
  | { t: 'regions' }
  | { t: 'group' }
  | { t: 'numbers'; length: number; positive?: boolean }
  | { t: 'object'; title: string; fields: Readonly<Record<string, Spec>> }
  | { t: 'map'; title: string; key: 'region' | 'regionPattern' | 'bandwidth' | 'group'; value: Spec };

const num: Spec = { t: 'number' };
const obj = (title: string, fields: Record<string, Spec>): Spec => ({ t: 'object', title, fields });
const map = (title: string, key: 'region' | 'regionPattern' | 'bandwidth' | 'group', value: Spec): Spec => ({ t: 'map', title, key, value });
const regional = (title: string): Spec => obj(title, { default: num, regions: map(`${title} by region`, 'region', num) });

/** The shape of a pricing file: every key of PriceTable, each optional. */
export const PRICING_SCHEMA: Spec = obj('pricing file', {
  asOf: { t: 'date' },
  sources: { t: 'strings' },
  hoursPerMonth: { t: 'positive' },
  ports: obj('ports', {
    dedicated: map('dedicated port prices', 'bandwidth', num),
    dedicatedJapan: map('dedicated port prices at Japan locations', 'bandwidth', num),
    hosted: map('hosted port prices', 'bandwidth', num),
    hostedJapan: map('hosted port prices at Japan locations', 'bandwidth', num),
    japanRegions: { t: 'regions' },
  }),
  directConnectTransfer: obj('directConnectTransfer', {
    regionGroups: map('region groups', 'regionPattern', { t: 'group' }),
    locationGeography: map('location geographies', 'group', { t: 'group' }),
    rates: map('Direct Connect transfer rates', 'group', map('Direct Connect transfer rates', 'group', num)),
  }),
  internetTransfer: obj('internetTransfer', {
    freeGb: num,
    tierGb: { t: 'numbers', length: 3, positive: true },
    regions: map('internet transfer rates', 'region', { t: 'numbers', length: 4 }),
  }),
  vpn: obj('vpn', { connectionHour: regional('connectionHour') }),
  transitGateway: obj('transitGateway', { attachmentHour: regional('attachmentHour'), perGb: regional('perGb') }),
  interfaceEndpoint: obj('interfaceEndpoint', { azHour: regional('azHour'), perGb: regional('perGb') }),
  natGateway: obj('natGateway', { perGb: regional('perGb') }),
  sitelink: obj('sitelink', {
    vifHour: num,
    perGb: map('SiteLink transfer rates', 'group', map('SiteLink transfer rates', 'group', num)),
  }),
});

export type PricingResult = { ok: true; prices: PriceTable; asOf: string } | { ok: false; diagnostics: Diagnostic[] };

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const GROUP = /^[a-z][a-z0-9-]*$/;
const PATTERN = /^[a-z]{2}(-[a-z0-9]+)*-?\*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly source: SourceFile) {}

  report(rule: string, path: Path, message: string, hint: string, onKey = false): void {
    const pos = locate(this.source, path, onKey);
    this.diagnostics.push({ rule, severity: 'error', message, hint, file: this.source.file, line: pos.line, column: pos.column, path });
  }

  check(value: unknown, spec: Spec, path: Path): void {
    const where = path.length > 0 ? path.join('.') : 'the pricing file';
    const wrong = (what: string, hint: string) => this.report('schema-type', path, `${where} must be ${what}, not ${describe(value)}`, hint);
    switch (spec.t) {
      case 'number':
      case 'positive':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (spec.t === 'positive' && value === 0)) {
          wrong(spec.t === 'positive' ? 'a number above 0' : 'a number of 0 or more (USD)', 'write a plain number, e.g. 0.02');
        }
        return;
      case 'date':
        if (typeof value !== 'string' || !DATE.test(value)) wrong('a date written YYYY-MM-DD', "e.g. asOf: '2026-10-01'");
        return;
      case 'strings':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) wrong('a list of texts', 'e.g. sources: [negotiated rates, 2026 contract]');
        return;
      case 'regions':
        if (!Array.isArray(value)) return wrong('a list of region codes', 'e.g. [ap-northeast-1, ap-northeast-3]');
        value.forEach((v, i) => {
          if (typeof v !== 'string') this.report('schema-type', [...path, i], `${where}[${i}] must be a region code, not ${describe(v)}`, 'e.g. ap-northeast-1');
          else this.checkRegion(v, [...path, i], false);
        });
        return;
      case 'group':
        if (typeof value !== 'string' || !GROUP.test(value)) wrong('a region group name', 'e.g. us, europe, japan, asia, india, oceania, southamerica');
        return;
      case 'numbers':
        if (!Array.isArray(value) || value.length !== spec.length) {
          return wrong(`a list of ${spec.length} numbers`, spec.length === 4 ? 'the four tier rates in $/GB, e.g. [0.09, 0.085, 0.07, 0.05]' : 'e.g. [10240, 40960, 102400]');
        }
        value.forEach((v, i) => this.check(v, spec.positive ? { t: 'positive' } : num, [...path, i]));
        return;
      case 'object':
        if (!isMapping(value)) return wrong('a mapping', `give ${where} as key: value lines`);
        for (const [key, v] of Object.entries(value)) {
          if (key.startsWith('x-')) continue;
          const field = Object.prototype.hasOwnProperty.call(spec.fields, key) ? spec.fields[key] : undefined;
          if (!field) {
            const near = suggest(key, Object.keys(spec.fields));
            this.report('schema-unknown-key', [...path, key], `unknown key \`${key}\` in ${spec.title}`,
              near ? `did you mean \`${near}\`?` : `valid keys: ${Object.keys(spec.fields).join(', ')}`, true);
            continue;
          }
          this.check(v, field, [...path, key]);
        }
        return;
      case 'map':
        if (!isMapping(value)) return wrong('a mapping', `give ${where} as key: value lines`);
        for (const [key, v] of Object.entries(value)) {
          if (this.checkKey(key, spec, [...path, key])) this.check(v, spec.value, [...path, key]);
        }
        return;
    }
  }

  private checkKey(key: string, spec: Extract<Spec, { t: 'map' }>, path: Path): boolean {
    switch (spec.key) {
      case 'bandwidth':
        if (bandwidthMbps(key) === undefined) {
          this.report('schema-type', path, `\`${key}\` in ${spec.title} is not a bandwidth`, 'write it like 10Gbps or 500Mbps', true);
          return false;
        }
        return true;
      case 'group':
        if (!GROUP.test(key)) {
          this.report('schema-type', path, `\`${key}\` in ${spec.title} is not a region group name`, 'lower-case letters, digits and dashes, e.g. europe', true);
          return false;
        }
        return true;
      case 'regionPattern':
        if (PATTERN.test(key)) return true;
        return this.checkRegion(key, path, true);
      case 'region':
        return this.checkRegion(key, path, true);
    }
  }

  private checkRegion(code: string, path: Path, onKey: boolean): boolean {
    if (isRegion(code)) return true;
    const near = suggest(code, REGIONS);
    this.report('region-unknown', path, `${code} is not an AWS region code`, near ? `did you mean ${near}?` : 'use a region code such as us-east-1', onKey);
    return false;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Deep merge: mappings merge key by key, anything else (numbers, lists) replaces. */
function merge(base: unknown, over: unknown): unknown {
  if (isMapping(base) && isMapping(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (k.startsWith('x-')) continue;
      out[k] = Object.prototype.hasOwnProperty.call(base, k) ? merge(base[k], v) : v;
    }
    return out;
  }
  return over;
}

/** Applies a pricing file's text to `base`; diagnostics (located in `file`) when it is unusable. */
export function applyPricingFile(base: PriceTable, file: string, text: string): PricingResult {
  const parsed = parseSource(file, text);
  if (!parsed.ok) {
    return {
      ok: false,
      diagnostics: parsed.problems.map((p) => ({
        rule: p.rule, severity: 'error', message: p.message, hint: p.hint, file,
        line: p.position?.line ?? 1, column: p.position?.column ?? 1, path: p.path,
      })),
    };
  }
  const data = parsed.source.data;
  if (data === null || data === undefined) return { ok: true, prices: base, asOf: base.asOf };
  const checker = new Checker(parsed.source);
  checker.check(data, PRICING_SCHEMA, []);
  if (checker.diagnostics.length > 0) return { ok: false, diagnostics: checker.diagnostics };
  const prices = merge(base, data) as PriceTable;
  return { ok: true, prices, asOf: prices.asOf };
}
