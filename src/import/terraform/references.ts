// Follows the `references` Terraform records for an attribute's expression in the plan's
// configuration, to find which resource a not-yet-known id (`(known after apply)`) will come
// from. Only a reference that names exactly one resource instance counts; anything that
// needs evaluation (locals, conditionals over several resources, instance keys picked by
// count.index) is left unresolved rather than guessed.
import { isObject, moduleCalls, type Json, type TfInput, type TfResource } from './plan';

/** A reference resolved to one resource instance, or to a literal id given in a variable. */
export type Target = { address: string } | { id: string };

interface Scope {
  /** Module instance address (`module.net`), empty at the root. */
  moduleAddress: string;
  calls: string[];
}

const MAX_DEPTH = 8;
/** References that only pick an instance or a path; they neither name nor veto a target. */
const NEUTRAL = /^(each|count|path|terraform)\./;

export class ReferenceResolver {
  private readonly instances = new Map<string, string[]>();

  constructor(private readonly input: TfInput) {
    for (const r of input.resources) {
      const base = r.address.replace(/\[[^\]]*\]$/, '');
      const list = this.instances.get(base) ?? [];
      list.push(r.address);
      this.instances.set(base, list);
    }
  }

  /** The one thing `resource.attribute` refers to in the configuration, if that is certain. */
  resolve(resource: TfResource, attribute: string): Target | undefined {
    const expr = resource.config?.expressions[attribute];
    if (!isObject(expr)) return undefined;
    const scope = { moduleAddress: resource.moduleAddress, calls: moduleCalls(resource.moduleAddress) };
    return this.fromExpression(expr, scope, 0);
  }

  private fromExpression(expr: Json, scope: Scope, depth: number): Target | undefined {
    if (typeof expr.constant_value === 'string' && expr.constant_value !== '') return { id: expr.constant_value };
    if (!Array.isArray(expr.references) || depth > MAX_DEPTH) return undefined;
    const found = new Map<string, Target>();
    for (const ref of expr.references) {
      if (typeof ref !== 'string' || NEUTRAL.test(ref)) continue;
      const target = this.fromReference(ref, scope, depth);
      if (target === 'skip') continue;
      if (target === undefined) return undefined; // something we cannot follow takes part
      found.set('address' in target ? `a:${target.address}` : `i:${target.id}`, target);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }

  private fromReference(ref: string, scope: Scope, depth: number): Target | undefined | 'skip' {
    const prefix = scope.moduleAddress === '' ? '' : `${scope.moduleAddress}.`;
    if (ref.startsWith('var.')) return this.fromVariable(ref.slice(4).split(/[.[]/)[0], scope, depth);
    if (ref.startsWith('module.')) {
      const m = /^module\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?/.exec(ref);
      if (!m) return undefined;
      if (m[2] === undefined) return 'skip'; // `module.net` accompanies `module.net.vpc_id`
      const calls = [...scope.calls, m[1]];
      const outputs = this.input.configModule(calls)?.outputs;
      const output = isObject(outputs) ? outputs[m[2]] : undefined;
      if (!isObject(output) || !isObject(output.expression)) return undefined;
      return this.fromExpression(output.expression, { moduleAddress: `${prefix}module.${m[1]}`, calls }, depth + 1);
    }
    const m = /^((?:data\.)?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)(\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?/.exec(ref);
    if (!m || /^(local|self)\./.test(ref)) return undefined;
    const base = `${prefix}${m[1]}`;
    const instances = this.instances.get(base) ?? [];
    if (m[2] !== undefined) {
      const address = `${base}${m[2]}`;
      return instances.includes(address) ? { address } : undefined;
    }
    // `aws_x.y` (alongside `aws_x.y.id`): certain only when there is one instance.
    return instances.length === 1 ? { address: instances[0] } : undefined;
  }

  private fromVariable(name: string, scope: Scope, depth: number): Target | undefined {
    if (scope.calls.length === 0) {
      const value = this.input.variable(name);
      return typeof value === 'string' && value !== '' ? { id: value } : undefined;
    }
    // Inside a module: the argument the calling module passes for this variable.
    const parentCalls = scope.calls.slice(0, -1);
    const call = this.input.configModule(parentCalls)?.module_calls;
    const thisCall = isObject(call) ? call[scope.calls[scope.calls.length - 1]] : undefined;
    const args = isObject(thisCall) && isObject(thisCall.expressions) ? thisCall.expressions : {};
    const arg = args[name];
    if (!isObject(arg)) return undefined;
    const parentAddress = scope.moduleAddress.replace(/\.?module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?$/, '');
    return this.fromExpression(arg, { moduleAddress: parentAddress, calls: parentCalls }, depth + 1);
  }
}
