// The reliability Api on the TypeScript sources (jest). scripts/fuzz-long.js builds the same on dist/.
import { main } from '../../src/cli/main';
import { validateBytes } from '../../src/engine/validate';
import { buildRoutingIndex } from '../../src/routing/index';
import { RULE_IDS } from '../../src/rules/index';
import { parseSource } from '../../src/source/document';
import type { Api } from './properties';
import { registeredCommands } from './properties';

/** Whether the routing engine answers `route` yet (src/routing/index.ts starts as a placeholder). */
function routingImplemented(): boolean {
  const topology = validateBytes('probe.yaml', Buffer.from('version: 1\n')).topology;
  if (!topology) return false;
  try {
    return typeof (buildRoutingIndex(topology) as unknown as { route?: unknown }).route === 'function';
  } catch {
    return false;
  }
}

export async function sourceApi(): Promise<Api> {
  return {
    validateBytes,
    ruleIds: RULE_IDS,
    main,
    commands: await registeredCommands(main),
    routingImplemented: routingImplemented(),
    parseSource,
  };
}
