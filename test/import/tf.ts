// Builders for small Terraform JSON documents (the `terraform show -json` format) in tests.

export interface TfRes {
  address: string;
  values: Record<string, unknown>;
  /** Attributes known only after apply. */
  unknown?: string[];
  /** Configuration expressions by attribute (`{ references: [...] }` or `{ constant_value }`). */
  expressions?: Record<string, unknown>;
  action?: string;
}

interface PlanOptions {
  /** The aws provider's region; `null` for a provider block without one. */
  region?: string | null;
  variables?: Record<string, unknown>;
  /** Extra configuration for module calls, by call name (outputs, expressions). */
  moduleCalls?: Record<string, { expressions?: Record<string, unknown>; outputs?: Record<string, unknown> }>;
}

function split(address: string): { module: string; type: string; name: string; index?: string | number; configAddress: string } {
  const m = /^((?:module\.[A-Za-z0-9_-]+\.)*)([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[("[^"]*"|[0-9]+)\])?$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const index = m[4] === undefined ? undefined : m[4].startsWith('"') ? (JSON.parse(m[4]) as string) : Number(m[4]);
  return { module: m[1].replace(/\.$/, ''), type: m[2], name: m[3], index, configAddress: `${m[2]}.${m[3]}` };
}

/** A plan in Terraform's JSON format: planned_values, resource_changes, configuration. */
export function plan(resources: TfRes[], options: PlanOptions = {}): string {
  const region = options.region === undefined ? 'us-east-1' : options.region;
  const modules = new Map<string, Record<string, unknown>[]>();
  const configs = new Map<string, Map<string, Record<string, unknown>>>();
  const changes = resources.map((r) => {
    const s = split(r.address);
    const planned = { address: r.address, mode: 'managed', type: s.type, name: s.name, ...(s.index !== undefined ? { index: s.index } : {}), provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: r.values, sensitive_values: {} };
    modules.set(s.module, [...(modules.get(s.module) ?? []), planned]);
    const conf = configs.get(s.module) ?? new Map();
    conf.set(s.configAddress, { address: s.configAddress, mode: 'managed', type: s.type, name: s.name, provider_config_key: 'aws', expressions: r.expressions ?? {}, schema_version: 0 });
    configs.set(s.module, conf);
    return {
      address: r.address, ...(s.module ? { module_address: s.module } : {}), mode: 'managed', type: s.type, name: s.name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: [r.action ?? 'create'], before: null, after: r.values, after_unknown: Object.fromEntries((r.unknown ?? []).map((k) => [k, true])), before_sensitive: false, after_sensitive: {} },
    };
  });
  const childModules = [...modules.keys()].filter((m) => m !== '').map((m) => ({ resources: modules.get(m), address: m }));
  const moduleCalls: Record<string, unknown> = {};
  for (const m of [...configs.keys()].filter((k) => k !== '')) {
    const name = m.replace(/^module\./, '');
    const extra = options.moduleCalls?.[name] ?? {};
    moduleCalls[name] = { source: `./modules/${name}`, expressions: extra.expressions ?? {}, module: { outputs: extra.outputs ?? {}, resources: [...(configs.get(m)?.values() ?? [])] } };
  }
  const doc = {
    format_version: '1.2',
    terraform_version: '1.9.8',
    variables: Object.fromEntries(Object.entries(options.variables ?? {}).map(([k, v]) => [k, { value: v }])),
    planned_values: { root_module: { resources: modules.get('') ?? [], ...(childModules.length > 0 ? { child_modules: childModules } : {}) } },
    resource_changes: changes,
    configuration: {
      provider_config: {
        aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', ...(region === null ? {} : { expressions: { region: { constant_value: region } } }) },
      },
      root_module: { resources: [...(configs.get('')?.values() ?? [])], ...(Object.keys(moduleCalls).length > 0 ? { module_calls: moduleCalls } : {}) },
    },
  };
  return JSON.stringify(doc);
}

/** A state in Terraform's JSON format (`terraform show -json` on a state). */
export function state(resources: TfRes[]): string {
  return JSON.stringify({
    format_version: '1.0',
    terraform_version: '1.9.8',
    values: {
      root_module: {
        resources: resources.map((r) => {
          const s = split(r.address);
          return { address: r.address, mode: 'managed', type: s.type, name: s.name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: r.values, sensitive_values: {} };
        }),
      },
    },
  });
}
