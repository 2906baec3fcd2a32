// The command line: argv in, exit code out. Each command's module is loaded only when it
// runs, and `dxplan --version` answers before even commander loads, so it stays as fast as
// node itself.
import type { Command as CommandType } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUsageError, processIo, UsageError, type Io } from './io';

export function dxplanVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

type Action = (io: Io, ...args: never[]) => number | Promise<number>;

/** `validate`'s option defaults: commander's, and those of the plain path that skips it (plainValidate). */
const VALIDATE_DEFAULTS = { format: 'stylish', failOn: 'error', color: true } as const;

function buildProgram(io: Io, setExit: (code: number) => void): CommandType {
  const { Argument, Command, Option } = require('commander') as typeof import('commander');
  const program = new Command('dxplan')
    .description('Plan and check AWS Direct Connect connectivity from one YAML topology file.')
    .version(dxplanVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  program.addHelpText('after', `
Exit codes: 0 success, 1 findings (errors, a broken intent, no route), 2 usage error or unreadable input.
Examples:
  $ dxplan validate topo.yaml
  $ dxplan validate topo.yaml --format sarif > dxplan.sarif
  $ dxplan route app1 s3 -f topo.yaml
  $ dxplan rules vif-vlan-unique`);
  // Commands' modules are required inside the action, never at start-up: in the bundle
  // (scripts/build.js) a module's body runs on its first require, so a command costs nothing
  // until it runs. A new command follows the same pattern; a heavy package only it needs goes
  // in EXTERNAL in scripts/build.js, and its row in test/cli/pipe.test.ts.
  const run = (load: () => Action) => async (...args: unknown[]) => {
    setExit(await (load() as (io: Io, ...a: unknown[]) => number | Promise<number>)(io, ...args));
  };

  program.command('validate')
    .description('check topology files against the Direct Connect rules; exit 1 on findings (for CI)')
    .argument('[files...]', 'topology files (default: ./dxplan.yaml)')
    .option('-f, --file <file>', 'a topology file (same as the positional argument)')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github', 'junit']).default(VALIDATE_DEFAULTS.format))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning', 'info', 'never']).default(VALIDATE_DEFAULTS.failOn))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/validate').validateCommand));

  program.command('route')
    .description('the path traffic takes from one endpoint to another, hop by hop, and why')
    .argument('<from>', 'a host, site, VPC, resource, IP address, service (s3, s3@eu-west-1) or internet')
    .argument('<to>', 'as <from>')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/route').routeCommand));

  program.command('cost')
    .description('monthly cost of Direct Connect vs VPN vs internet for the declared traffic (or N GB a month), and the break-even')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .option('--gb <n>', 'what-if: N GB a month from defaultRegion to the first site, instead of the declared traffic')
    .option('--no-free-tier', 'do not take the 100 GB a month internet free allowance')
    .option('--bill', 'also list every fixed charge of the design (ports, cross-connects, TGW attachments, interface endpoints, VPNs), used by a flow or not')
    .option('--pricing <file>', 'a YAML file overriding built-in prices (a discount, a missing region)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--chart <file>', 'also write an SVG chart of cost against volume to this file')
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/cost').costCommand));

  program.command('diff')
    .description('what a change does: diagnostics added and fixed, routes that moved, monthly cost before → after; exit 1 when it adds errors')
    .argument('<old>', 'the topology before the change')
    .argument('<new>', 'the topology after the change')
    .addOption(new Option('--format <format>', 'output format (markdown: a pull-request comment)').choices(['table', 'markdown', 'json']).default('table'))
    .option('--pricing <file>', 'a YAML file overriding built-in prices (as for cost)')
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/diff').diffCommand));

  program.command('whatif')
    .description('every intent and traffic flow before and after the named objects fail; exit 1 when an intent breaks')
    .option('--down <names>', 'what fails: locations, AWS devices, connections, LAGs or LAG members, VIFs, routers, VPNs (comma-separated, repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/whatif').whatifCommand));

  program.command('resilience')
    .description('the single failures (or pairs) that break or move each flow, intent and site × VPC, and whether the traffic fits what survives')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .addOption(new Option('--depth <n>', 'single failures (1) or pairs too (2)').choices(['1', '2']).default('1'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'json']).default('table'))
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/resilience').resilienceCommand));

  program.command('graph')
    .description('a diagram of the topology (Mermaid for Markdown, Graphviz DOT, or SVG laid out by Graphviz)')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .addOption(new Option('--format <format>', 'diagram language').choices(['mermaid', 'dot', 'svg']).default('mermaid'))
    .option('--route <endpoints...>', 'highlight the path between two endpoints (and every equal-cost path): --route app1 orders-db')
    .action(run(() => require('./commands/graph').graphCommand));

  program.command('config')
    .description('the customer-router configuration of a VIF: sub-interface, BGP session, what to announce and with which attributes')
    .argument('[vif]', 'the VIF (or --all)')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .addOption(new Option('--vendor <vendor>', 'router syntax').choices(['cisco-ios', 'cisco-nxos', 'junos', 'arista-eos', 'generic']).makeOptionMandatory())
    .option('--interface <name>', 'the physical interface or port channel (default: a placeholder named in the header)')
    .option('--all', 'one file per VIF, into --out-dir')
    .option('--out-dir <dir>', 'where --all writes')
    .option('--force', 'with --all: replace files that exist')
    .action(run(() => require('./commands/config').configCommand));

  program.command('suggest')
    .description('what is free: a CIDR that overlaps nothing, a VLAN and /30 peer pair for a new VIF, a private ASN; --apply adds it to the file')
    .addArgument(new Argument('<what>', 'what to suggest').choices(['cidr', 'vif', 'asn']))
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .option('--size <length>', 'cidr: the prefix length of the block, e.g. /16')
    .option('--pool <cidr>', 'cidr: where to look (repeatable or comma-separated; default the RFC 1918 ranges)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--count <n>', 'cidr: how many free blocks to list (default 1)')
    .option('--on <connection|lag>', 'vif: the port the new VIF goes on')
    .addOption(new Option('--type <type>', 'vif: the VIF type').choices(['private', 'transit', 'public']).default('private'))
    .addOption(new Option('--for <object>', 'asn: what the ASN is for').choices(['dxgw', 'vgw', 'tgw', 'site']).default('dxgw'))
    .option('--apply', 'add what is suggested to the topology file, in place (comments and layout kept)')
    .option('--vpc <name>', 'cidr --apply: the name of the new VPC')
    .option('--region <region>', 'cidr --apply: the region of the new VPC (default: defaultRegion)')
    .option('--name <name>', 'vif --apply: the name of the new VIF')
    .option('--gateway <name>', 'vif --apply: the VGW or Direct Connect gateway of the new VIF')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(run(() => require('./commands/suggest').suggestCommand));

  program.command('report')
    .description('a design review as one self-contained HTML page: verdict, diagram, findings, routes, resilience, cost')
    .option('-f, --file <file>', 'the topology file (default: ./dxplan.yaml)')
    .option('-o, --output <file>', 'write the page to this file (default: stdout)')
    .addOption(new Option('--depth <n>', 'resilience: single failures (1) or pairs too (2)').choices(['1', '2']).default('1'))
    .option('--pricing <file>', 'a YAML file overriding built-in prices (as for cost)')
    .option('--no-free-tier', 'do not take the 100 GB a month internet free allowance')
    .action(run(() => require('./commands/report').reportCommand));

  program.command('rules')
    .description('list the rule catalog, or explain one rule: what, why, how to fix, source')
    .argument('[id]', 'a rule id')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/rules').rulesCommand));

  program.command('schema')
    .description('print the JSON Schema of the topology format (for editors and CI)')
    .action(run(() => require('./commands/schema').schemaCommand));

  program.command('init')
    .description('write a commented starter topology that validates clean')
    .argument('[file]', 'where to write it', 'dxplan.yaml')
    .option('--force', 'replace the file if it exists')
    .action(run(() => require('./commands/init').initCommand));

  program.command('import')
    .description('turn `terraform show -json` output or AWS CLI describe-* output into a topology to complete (TODOs mark what the source does not know)')
    .argument('<source>', 'what to import: terraform or aws')
    .argument('[files...]', 'terraform: the JSON of terraform show -json (a plan or a state; - for stdin); aws: describe-* JSON files or folders of them')
    .option('-o, --output <file>', 'write the topology to this file instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .option('--region <region>', 'aws: the region of EC2 objects that no ARN, DX object or folder name places')
    .option('--print-collect-script', 'aws: print the shell script of `aws ... --output json` calls that collects the files (dxplan never runs it)')
    .option('--regions <list>', 'aws, with --print-collect-script: the regions to collect, comma-separated')
    .addHelpText('after', `
Examples:
  $ dxplan import terraform plan.json -o topo.yaml
  $ dxplan import aws --print-collect-script --regions us-east-1,eu-west-1 > collect.sh
  $ sh collect.sh aws-estate && dxplan import aws aws-estate -o topo.yaml`)
    .action(run(() => require('./commands/import').importCommand));

  program.command('lsp')
    .description('a language server for editors: diagnostics as you type, hover, go to definition, references, completion, quick fixes, outline')
    .option('--stdio', 'speak the Language Server Protocol over stdin and stdout (the only transport; editors pass it)')
    .action(run(() => require('./commands/lsp').lspCommand));

  program.command('drift')
    .description('where the design and the AWS estate disagree: entities matched by awsId, then name; exit 1 on drift')
    .argument('<design>', 'the topology file (the design)')
    .argument('<aws...>', 'describe-* JSON files or folders of them (as for import aws)')
    .addOption(new Option('--format <format>', 'output format (markdown: a ticket or pull-request comment)').choices(['table', 'json', 'markdown']).default('table'))
    .option('--region <region>', 'the region of EC2 objects that no ARN, DX object or folder name places')
    .option('--no-color', 'no colour in the output')
    .action(run(() => require('./commands/drift').driftCommand));

  return program;
}

function parseCount(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/**
 * `dxplan validate [FILE...]` with no option: the lint step CI runs on every commit. It runs with
 * the options' defaults without loading commander (start-up time); anything else goes through it.
 */
function plainValidate(argv: readonly string[]): string[] | undefined {
  if (argv[0] !== 'validate') return undefined;
  const files = argv.slice(1);
  return files.every((a) => !a.startsWith('-')) ? files : undefined;
}

/** Runs dxplan with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // What commander prints for these, without loading it (start-up time).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${dxplanVersion()}\n`);
    return 0;
  }
  let commander: typeof import('commander') | undefined;
  try {
    const files = plainValidate(argv);
    if (files) return (require('./commands/validate') as typeof import('./commands/validate')).validateCommand(io, files, VALIDATE_DEFAULTS);
    commander = require('commander') as typeof import('commander');
    let code = 0;
    await buildProgram(io, (c) => { code = c; }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (commander && err instanceof commander.CommanderError) {
      // Help and version exit 0; any other commander error is a usage error (already printed).
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (isUsageError(err)) {
      io.stderr(`dxplan: ${err.message}\n`);
      return 2;
    }
    io.stderr(`dxplan: internal error: ${err instanceof Error ? err.message : String(err)}. Please report this.\n`);
    return 2;
  }
}
