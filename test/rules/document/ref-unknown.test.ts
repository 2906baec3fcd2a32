// ref-unknown on the ends of a traffic flow (issue 13, item 1): a mistyped name, a host dropped
// by a mis-indented block, and what `cost` says about the flow it cannot price.
import { cli, tempDir } from '../../cli/run';
import { BASE, edit, findings, lineOf } from '../../helpers';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const RULE = 'ref-unknown';
const WITH_NAS = edit(BASE, '      - name: app1\n        ip: 10.0.1.10\n', '      - name: app1\n        ip: 10.0.1.10\n      - name: nas\n        ip: 10.0.1.20\n');
const flows = (...lines: string[]): string => `${WITH_NAS}traffic:\n${lines.join('\n')}\n`;

describe('ref-unknown: traffic ends', () => {
  it('a mistyped flow end is ref-unknown on that end, with did you mean', () => {
    const yaml = flows('  - {from: orders-db, to: nas, gbPerMonth: 100}', '  - {from: nass, to: orders-db, gbPerMonth: 5000}');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['traffic', 1, 'from']);
    expect(d.line).toBe(lineOf(yaml, 'from: nass'));
    expect(d.message).toContain('the flow nass → orders-db cannot be routed: nass is not a host');
    expect(d.message).toContain('did you mean nas?');
  });

  it('stays quiet on every kind of end a route accepts', () => {
    const yaml = flows(
      '  - {from: orders-db, to: nas, gbPerMonth: 1}', '  - {from: prod, to: hq, gbPerMonth: 1}',
      '  - {from: s3, to: app1, gbPerMonth: 1}', '  - {from: s3@eu-west-1, to: 10.0.1.10, gbPerMonth: 1}',
      '  - {from: internet, to: 10.1.2.5, gbPerMonth: 1}',
    );
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('leaves a misspelt region in a service to region-unknown', () => {
    const yaml = flows('  - {from: s3@us-east1, to: hq, gbPerMonth: 1}');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, 'region-unknown')).toHaveLength(1);
  });

  it('a `name:` in an x- block of a file without other findings is not an entity left out: the plain message, no "fix the finding at"', () => {
    const yaml = `${WITH_NAS}x-notes:\n  owner: {name: backup-nas}\ntraffic:\n  - {from: orders-db, to: backup-nas, gbPerMonth: 100}\n`;
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.message).not.toContain('written at');
    expect(d.message).toMatch(/^the flow orders-db → backup-nas cannot be routed: /);
  });

  it('a flow naming a host that a mis-indented block left out is a finding that says where the host is written', () => {
    const indented = edit(BASE, '      - name: hq-r2\n    hosts:\n      - name: app1\n        ip: 10.0.1.10\n',
      '      - name: hq-r2\n        hosts:\n          - name: app1\n            ip: 10.0.1.10\n');
    const yaml = `${indented}traffic:\n  - {from: orders-db, to: app1, gbPerMonth: 100}\n`;
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['traffic', 0, 'to']);
    expect(d.message).toBe('the flow orders-db → app1 names app1, written at sites[0].routers[1].hosts[0] but not read as an entity there; the flow is left out of cost and capacity checks');
    // An intent naming it says the same (intent-unmet reports every broken intent).
    const [i] = findings(`${indented}intents:\n  - {from: app1, to: orders-db}\n`, 'intent-unmet');
    expect(i.message).toBe('intent app1 → orders-db cannot hold: app1 is written at sites[0].routers[1].hosts[0] but not read as an entity there');
  });
});

describe('cost with a flow it cannot price', () => {
  it('says in the heading and in JSON which declared flow it left out of the totals', async () => {
    const dir = tempDir();
    const file = join(dir, 'topo.yaml');
    writeFileSync(file, flows('  - {from: orders-db, to: nas, gbPerMonth: 20000}', '  - {from: nass, to: orders-db, gbPerMonth: 5000}'));
    const table = await cli(['cost', '-f', file, '--no-color']);
    expect(table.stdout.split('\n')[1]).toBe('1 of 2 declared flows left out, not in any total: nass → orders-db (see the notes below)');
    const json = JSON.parse((await cli(['cost', '-f', file, '--format', 'json'])).stdout);
    expect(json.unpricedFlows).toEqual(['nass → orders-db']);
    writeFileSync(file, flows('  - {from: orders-db, to: nas, gbPerMonth: 20000}'));
    const clean = await cli(['cost', '-f', file, '--format', 'json']);
    expect(JSON.parse(clean.stdout).unpricedFlows).toBeUndefined();
    expect((await cli(['cost', '-f', file, '--no-color'])).stdout).not.toContain('left out');
  });
});
