import { validateBytes } from '../../engine/validate';
import { formatSuggestTable } from '../../formatters/suggest';
import type { Carrier, Topology, VifType } from '../../model/types';
import { bitsOf, parsePrefix, type Prefix } from '../../net/prefix';
import { isRegion } from '../../net/regions';
import { suggestAsn, suggestCidr, suggestVif, type AsnTarget, type Suggestion } from '../../planning/suggest';
import { appendToList } from '../../source/append';
import { decodeUtf8 } from '../../source/document';
import { suggest as didYouMean } from '../../util/suggest';
import { loadTopologyInput } from '../inputs';
import { readTopologyFile, replaceFileAtomic, terminalWidth, UsageError, type Io } from '../io';

export interface SuggestOptions {
  file?: string;
  format: 'table' | 'json';
  size?: string;
  pool?: string[];
  count?: string;
  on?: string;
  type: VifType;
  for: AsnTarget;
  apply?: boolean;
  vpc?: string;
  region?: string;
  name?: string;
  gateway?: string;
}

/** What --apply adds: a new item of one top-level list. */
interface Addition {
  section: 'vpcs' | 'vifs';
  entity: Record<string, unknown>;
}

// AWS accepts IPv4 VPC blocks from /16 to /28 (vpc-cidr-size).
const VPC_V4_LARGEST = 16;
const VPC_V4_SMALLEST = 28;

function parseSize(size: string | undefined): number {
  if (size === undefined) throw new UsageError('suggest cidr needs --size, e.g. --size /16');
  const m = /^\/?([0-9]{1,3})$/.exec(size);
  if (!m || Number(m[1]) > 128) throw new UsageError(`--size takes a prefix length such as /16, not "${size}"`);
  return Number(m[1]);
}

function parsePools(pools: string[] | undefined): Prefix[] | undefined {
  if (!pools) return undefined;
  return pools.flatMap((p) => p.split(',')).map((text) => {
    const r = parsePrefix(text.trim());
    if (!r.ok) throw new UsageError(`--pool: ${r.error}`);
    return r.value;
  });
}

function parseCount(count: string | undefined): number {
  if (count === undefined) return 1;
  if (!/^[0-9]+$/.test(count) || Number(count) < 1 || Number(count) > 1000) throw new UsageError(`--count takes a whole number from 1 to 1000, not "${count}"`);
  return Number(count);
}

function carrierNamed(t: Topology, name: string | undefined): Carrier {
  if (!name) throw new UsageError('suggest vif needs --on <connection|lag>');
  const entity = t.byName.get(name);
  if (entity?.kind === 'connection' || entity?.kind === 'lag') return entity;
  const ports = [...t.connections, ...t.lags].map((c) => c.name);
  const near = didYouMean(name, ports);
  const what = entity ? `${name} is a ${entity.kind}, not a connection or LAG` : `no connection or LAG is named ${name}`;
  throw new UsageError(`--on: ${what}${near ? ` (did you mean ${near}?)` : ''}`);
}

function newName(t: Topology, option: string, name: string | undefined): string {
  if (!name) throw new UsageError(`--apply needs ${option} NAME for the new entity`);
  if (t.byName.has(name)) throw new UsageError(`${option}: the name ${name} is already used in the topology (names are unique across the file)`);
  return name;
}

function cidrAddition(t: Topology, s: Suggestion & { suggest: 'cidr' }, options: SuggestOptions, family: 4 | 6): Addition {
  const name = newName(t, '--vpc', options.vpc);
  if (family === 4 && (s.size < VPC_V4_LARGEST || s.size > VPC_V4_SMALLEST)) {
    throw new UsageError(`a VPC takes IPv4 blocks from /${VPC_V4_LARGEST} to /${VPC_V4_SMALLEST}, not /${s.size}`);
  }
  const region = options.region ?? t.defaultRegion;
  if (!region) throw new UsageError('--apply needs --region for the new VPC (the topology has no defaultRegion)');
  if (!isRegion(region)) throw new UsageError(`--region: ${region} is not an AWS region`);
  return { section: 'vpcs', entity: { name, region, cidrs: [s.blocks[0]] } };
}

function vifAddition(t: Topology, s: Suggestion & { suggest: 'vif' }, options: SuggestOptions): Addition {
  const name = newName(t, '--name', options.name);
  if (s.type === 'public') throw new UsageError('a public VIF peers on public addresses that dxplan cannot pick: add it by hand');
  if (s.vlan === undefined || !s.amazonAddress || s.asn === undefined) throw new UsageError(`nothing to add: ${s.notes.join('; ')}`);
  if (!options.gateway) throw new UsageError(`--apply needs --gateway for a ${s.type} VIF (a ${s.type === 'transit' ? 'Direct Connect gateway' : 'VGW or Direct Connect gateway'})`);
  const gateway = t.byName.get(options.gateway);
  const kinds = s.type === 'transit' ? ['dxgw'] : ['vgw', 'dxgw'];
  if (!gateway || !kinds.includes(gateway.kind)) {
    const near = didYouMean(options.gateway, [...(s.type === 'transit' ? [] : t.vgws), ...t.dxgws].map((g) => g.name));
    throw new UsageError(`--gateway: ${gateway ? `${options.gateway} is a ${gateway.kind}` : `nothing is named ${options.gateway}`}; a ${s.type} VIF needs a ${kinds.join(' or ')}${near ? ` (did you mean ${near}?)` : ''}`);
  }
  return {
    section: 'vifs',
    entity: {
      name,
      type: s.type,
      connection: s.carrier,
      vlan: s.vlan,
      asn: s.asn,
      amazonAddress: s.amazonAddress,
      customerAddress: s.customerAddress,
      gateway: options.gateway,
    },
  };
}

/** Writes the addition into the file in place; returns the findings the new entity draws. */
function apply(io: Io, file: string, addition: Addition): string[] {
  const read = readTopologyFile(io, file);
  if (!read.ok) throw new UsageError(`cannot edit ${file}: it is over the size limit`);
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) throw new UsageError(`cannot edit ${file}: it is not UTF-8 text`);
  const edited = appendToList(decoded.text, addition.section, addition.entity);
  if (!edited.ok) throw new UsageError(`cannot edit ${file}: ${edited.error}`);
  const hadBom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf;
  const bytes = Buffer.from(`${hadBom ? '\ufeff' : ''}${edited.text}`, 'utf8');
  const before = validateBytes(file, read.bytes).diagnostics;
  const after = validateBytes(file, bytes);
  const name = addition.entity.name as string;
  if (!after.topology?.byName.has(name)) throw new UsageError(`cannot edit ${file}: the new entry would not load; add it by hand`);
  replaceFileAtomic(io, file, bytes);
  const old = new Set(before.map((d) => `${d.rule}\0${d.message}`));
  return after.diagnostics.filter((d) => !old.has(`${d.rule}\0${d.message}`)).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);
}

export function suggestCommand(io: Io, what: 'cidr' | 'vif' | 'asn', options: SuggestOptions): number {
  if (!options.apply && (options.vpc || options.name || options.gateway || options.region)) {
    throw new UsageError('--vpc, --region, --name and --gateway describe what --apply adds: add --apply, or leave them out');
  }
  const size = what === 'cidr' ? parseSize(options.size) : 0;
  const pool = parsePools(options.pool);
  const count = parseCount(options.count);
  if (options.apply && count > 1) throw new UsageError('--apply adds one entity: leave --count out');
  if (options.apply && what === 'asn') throw new UsageError('--apply adds a VPC (suggest cidr) or a VIF (suggest vif); set an ASN by hand');
  const input = loadTopologyInput(io, options.file, options);
  if ('exit' in input) return input.exit;
  const t = input.topology;

  let result: Suggestion;
  let family: 4 | 6 = 4;
  if (what === 'cidr') {
    family = pool?.[0]?.family ?? 4;
    if (pool && pool.some((p) => p.family !== family)) throw new UsageError('--pool: give pools of one address family');
    if (size > bitsOf(family)) throw new UsageError(`--size /${size} is longer than an IPv${family} prefix can be`);
    result = suggestCidr(t, size, pool, count);
  } else if (what === 'vif') {
    result = suggestVif(t, carrierNamed(t, options.on), options.type);
  } else {
    result = suggestAsn(t, options.for);
  }
  const found = result.suggest === 'cidr' ? result.blocks.length > 0 : result.suggest === 'asn' ? result.asn !== undefined : result.vlan !== undefined;

  let applied: { file: string; added: Record<string, unknown>; findings: string[] } | undefined;
  if (options.apply && found) {
    const addition = result.suggest === 'cidr' ? cidrAddition(t, result, options, family) : vifAddition(t, result as Suggestion & { suggest: 'vif' }, options);
    const findings = apply(io, input.file, addition);
    applied = { file: input.file, added: { [addition.section]: addition.entity }, findings };
  }

  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(applied ? { ...result, applied } : result, null, 2)}\n`);
  } else {
    io.stdout(formatSuggestTable(result, terminalWidth(io)));
  }
  if (applied && options.format !== 'json') {
    const [section, entity] = Object.entries(applied.added)[0] as [string, { name: string }];
    io.stderr(`added ${entity.name} to ${section} in ${applied.file}\n`);
    for (const f of applied.findings) io.stderr(`  the new entry draws: ${f}\n`);
  }
  return found ? 0 : 1;
}
