// Reads `terraform show -json` output (a plan or a state) into a flat list of resource
// instances with their values, which attributes are `(known after apply)`, and the
// configuration facts the planned values lack (references between resources, the
// provider's region).
// Format: https://developer.hashicorp.com/terraform/internals/json-format

export type Json = Record<string, unknown>;

/** The input is not Terraform JSON output; the message is one line for the user. */
export class TerraformInputError extends Error {}

export interface TfResource {
  /** Full instance address: `module.net.aws_vpc.prod`, `aws_dx_connection.dx["a"]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  /** The resource name in the configuration (`prod`). */
  name: string;
  /** count index or for_each key, when the resource has one. */
  index?: string | number;
  /** The module instance address (`module.net`), empty for the root module. */
  moduleAddress: string;
  values: Json;
  /** Attributes Terraform knows only after apply (change.after_unknown). */
  unknown: ReadonlySet<string>;
  /** The planned action (`create`, `update`, `no-op`, ...) when this is a plan. */
  action?: string;
  /** The resource's block in the configuration, when the plan carries one. */
  config?: ConfigResource;
}

export interface ConfigResource {
  address: string;
  providerConfigKey?: string;
  expressions: Json;
}

export interface TfInput {
  kind: 'plan' | 'state';
  formatVersion: string;
  terraformVersion?: string;
  resources: TfResource[];
  /** Region of the provider configuration the resource uses, when the plan states it. */
  providerRegion(resource: TfResource): string | undefined;
  /** The configuration of the module reached by these module calls (`[]` is the root). */
  configModule(calls: readonly string[]): Json | undefined;
  /** The value of a root module input variable, as the plan records it. */
  variable(name: string): unknown;
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the text of `terraform show -json`; throws TerraformInputError with a one-line reason. */
export function readTerraformJson(text: string, file: string): TfInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith('PK\u0003\u0004')) {
    throw new TerraformInputError(`${file} is a binary plan file; convert it first: terraform show -json ${file} > plan.json`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (err) {
    if (/^\s*\{"@level"/.test(body)) {
      throw new TerraformInputError(`${file} is \`terraform plan -json\` log output, not a plan; run: terraform plan -out tfplan && terraform show -json tfplan > plan.json`);
    }
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new TerraformInputError(`${file} is not JSON (${reason}); expected the output of terraform show -json`);
  }
  if (!isObject(doc)) throw new TerraformInputError(`${file} is not Terraform JSON output: expected an object from terraform show -json`);
  const formatVersion = doc.format_version;
  if (typeof formatVersion !== 'string') {
    throw new TerraformInputError(`${file} is not Terraform JSON output (no format_version); make it with: terraform show -json tfplan > plan.json`);
  }
  if (!/^1\./.test(formatVersion)) {
    throw new TerraformInputError(`${file} has format_version ${formatVersion}; dxplan reads Terraform JSON format 1.x`);
  }

  const plannedRoot = isObject(doc.planned_values) ? doc.planned_values.root_module : undefined;
  const stateRoot = isObject(doc.values) ? doc.values.root_module : undefined;
  const priorRoot = isObject(doc.prior_state) && isObject(doc.prior_state.values) ? doc.prior_state.values.root_module : undefined;
  const kind: TfInput['kind'] = isObject(doc.planned_values) || Array.isArray(doc.resource_changes) ? 'plan' : 'state';
  if (plannedRoot === undefined && stateRoot === undefined && priorRoot === undefined) {
    throw new TerraformInputError(`${file} holds no resources (no planned_values or values): is it an empty state?`);
  }

  const changes = new Map<string, Json>();
  if (Array.isArray(doc.resource_changes)) {
    for (const rc of doc.resource_changes) {
      if (isObject(rc) && typeof rc.address === 'string' && isObject(rc.change) && rc.deposed === undefined) changes.set(rc.address, rc.change);
    }
  }
  const config = isObject(doc.configuration) ? doc.configuration : {};
  const configIndex = indexConfiguration(config.root_module, []);

  const resources: TfResource[] = [];
  const seen = new Set<string>();
  const add = (root: unknown, onlyData: boolean) => {
    for (const raw of walkModules(root)) {
      const r = toResource(raw, changes, configIndex);
      if (!r || seen.has(r.address) || (onlyData && r.mode !== 'data')) continue;
      seen.add(r.address);
      resources.push(r);
    }
  };
  if (plannedRoot !== undefined) {
    add(plannedRoot, false);
    // Data sources read while planning sit in prior_state; managed resources there that are
    // missing from planned_values are being destroyed.
    add(priorRoot, true);
  } else {
    add(stateRoot ?? priorRoot, false);
  }
  resources.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));

  const variables = isObject(doc.variables) ? doc.variables : {};
  const providers = isObject(config.provider_config) ? config.provider_config : {};
  return {
    kind,
    formatVersion,
    terraformVersion: typeof doc.terraform_version === 'string' ? doc.terraform_version : undefined,
    resources,
    providerRegion: (r) => providerRegion(r, providers, variables),
    configModule: (calls) => {
      let module: unknown = config.root_module;
      for (const call of calls) {
        const calls2 = isObject(module) && isObject(module.module_calls) ? module.module_calls : {};
        const next = calls2[call];
        module = isObject(next) ? next.module : undefined;
      }
      return isObject(module) ? module : undefined;
    },
    variable: (name) => {
      const v = variables[name];
      return isObject(v) ? v.value : undefined;
    },
  };
}

function* walkModules(module: unknown): Generator<Json> {
  if (!isObject(module)) return;
  if (Array.isArray(module.resources)) for (const r of module.resources) if (isObject(r)) yield r;
  if (Array.isArray(module.child_modules)) for (const child of module.child_modules) yield* walkModules(child);
}

/** `module.a["x"].module.b` → ["a", "b"]: the module calls, without instance keys. */
export function moduleCalls(moduleAddress: string): string[] {
  const calls: string[] = [];
  for (const m of moduleAddress.matchAll(/(?:^|\.)module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?/g)) calls.push(m[1]);
  return calls;
}

/** Splits an instance address into its module address, mode, type, name and index. */
export function parseAddress(address: string): { moduleAddress: string; mode: 'managed' | 'data'; type: string; name: string; index?: string | number } | undefined {
  const m = /^((?:module\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?\.)*)(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\[("(?:[^"\\]|\\.)*"|[0-9]+)\])?$/.exec(address);
  if (!m) return undefined;
  const rawIndex = m[5];
  const index = rawIndex === undefined ? undefined : rawIndex.startsWith('"') ? (JSON.parse(rawIndex) as string) : Number(rawIndex);
  return { moduleAddress: m[1].replace(/\.$/, ''), mode: m[2] ? 'data' : 'managed', type: m[3], name: m[4], index };
}

function toResource(raw: Json, changes: Map<string, Json>, configIndex: Map<string, ConfigResource>): TfResource | undefined {
  if (typeof raw.address !== 'string' || typeof raw.type !== 'string') return undefined;
  const parsed = parseAddress(raw.address);
  if (!parsed) return undefined;
  const change = changes.get(raw.address);
  const values: Json = { ...(isObject(change?.after) ? change.after : {}), ...(isObject(raw.values) ? raw.values : {}) };
  const unknown = new Set<string>();
  if (isObject(change?.after_unknown)) {
    for (const [key, flag] of Object.entries(change.after_unknown)) if (containsTrue(flag)) unknown.add(key);
  }
  const actions = Array.isArray(change?.actions) ? change.actions.filter((a): a is string => typeof a === 'string') : [];
  const configAddress = `${parsed.mode === 'data' ? 'data.' : ''}${parsed.type}.${parsed.name}`;
  return {
    address: raw.address,
    mode: raw.mode === 'data' || parsed.mode === 'data' ? 'data' : 'managed',
    type: raw.type,
    name: typeof raw.name === 'string' ? raw.name : parsed.name,
    index: typeof raw.index === 'string' || typeof raw.index === 'number' ? raw.index : parsed.index,
    moduleAddress: parsed.moduleAddress,
    values,
    unknown,
    action: actions.length === 0 ? undefined : actions.includes('delete') && actions.includes('create') ? 'replace' : actions.join('+'),
    config: configIndex.get(`${moduleCalls(parsed.moduleAddress).join('.')}|${configAddress}`),
  };
}

/** after_unknown marks an unknown value `true`, or nests `true` inside lists and objects. */
function containsTrue(flag: unknown): boolean {
  if (flag === true) return true;
  if (Array.isArray(flag)) return flag.some(containsTrue);
  if (isObject(flag)) return Object.values(flag).some(containsTrue);
  return false;
}

function indexConfiguration(module: unknown, calls: string[], index = new Map<string, ConfigResource>()): Map<string, ConfigResource> {
  if (!isObject(module)) return index;
  if (Array.isArray(module.resources)) {
    for (const r of module.resources) {
      if (!isObject(r) || typeof r.address !== 'string') continue;
      index.set(`${calls.join('.')}|${r.address}`, {
        address: r.address,
        providerConfigKey: typeof r.provider_config_key === 'string' ? r.provider_config_key : undefined,
        expressions: isObject(r.expressions) ? r.expressions : {},
      });
    }
  }
  if (isObject(module.module_calls)) {
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (isObject(call)) indexConfiguration(call.module, [...calls, name], index);
    }
  }
  return index;
}

function providerRegion(resource: TfResource, providers: Json, variables: Json): string | undefined {
  const key = resource.config?.providerConfigKey;
  const candidates: Json[] = [];
  if (key !== undefined) {
    const direct = providers[key] ?? providers[key.replace(/^.*:/, '')];
    if (isObject(direct)) candidates.push(direct);
  }
  if (candidates.length === 0) {
    // No configuration for this resource: only an unambiguous single aws provider will do.
    const aws = Object.values(providers).filter((p): p is Json => isObject(p) && p.name === 'aws');
    if (aws.length === 1) candidates.push(aws[0]);
  }
  const provider = candidates[0];
  if (!provider || !isObject(provider.expressions)) return undefined;
  const region = provider.expressions.region;
  if (!isObject(region)) return undefined;
  if (typeof region.constant_value === 'string') return region.constant_value;
  // `region = var.region` in the root module: the plan records the variable's value.
  const refs = Array.isArray(region.references) ? region.references : [];
  const rootProvider = typeof provider.module_address !== 'string' || provider.module_address === '';
  if (rootProvider && refs.length === 1 && typeof refs[0] === 'string' && refs[0].startsWith('var.')) {
    const variable = variables[refs[0].slice(4)];
    if (isObject(variable) && typeof variable.value === 'string') return variable.value;
  }
  return undefined;
}
