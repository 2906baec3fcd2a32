// Tables on a terminal fit its width (issue 13, item 11), and resilience opens with a one-line
// verdict. Off a terminal the tables keep their natural widths.
import { cli } from '../cli/run';
import { conformanceTopology } from '../shared-dir';

const SPEC = 'fixtures/spec-example.yaml';
// eslint-disable-next-line no-control-regex
const visible = (s: string): number => [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
const widest = (out: string): number => Math.max(...out.split('\n').filter((l) => /^[│┌├└]/.test(l)).map(visible));

describe.each([
  ['resilience', ['resilience', '-f', SPEC, '--depth', '2']],
  ['whatif', ['whatif', '--down', 'EqDC2', '-f', SPEC]],
])('%s on a terminal', (_name, argv) => {
  test.each([100, 80])('fits %i columns', async (columns) => {
    const wide = await cli(argv, { tty: true });
    expect(widest(wide.stdout)).toBeGreaterThan(columns);
    const fitted = await cli(argv, { tty: true, columns });
    expect(widest(fitted.stdout)).toBeLessThanOrEqual(columns);
    expect(fitted.code).toBe(wide.code);
  });

  test('off a terminal the width is ignored', async () => {
    expect((await cli(argv, { columns: 80 })).stdout).toBe((await cli(argv)).stdout);
  });
});

describe('the resilience verdict comes first', () => {
  test('no single point of failure: the worst case and what it leaves', async () => {
    const r = await cli(['resilience', '-f', SPEC]);
    expect(r.stdout.split('\n')[0]).toBe('No single failure breaks anything; worst case: location CSVA1 down → 10 Gbps left for intent app1 → orders-db (via direct-connect).');
  });

  test('active/standby at depth 2: the pair that breaks it is named', async () => {
    const r = await cli(['resilience', '-f', conformanceTopology('27-local-preference-community'), '--depth', '2']);
    expect(r.stdout.split('\n')[0]).toMatch(/^No single failure breaks anything; a pair does: location CSVA1 and location EqDC2 down break intent app1 → orders-db/);
  });

  test('a single point of failure is named first', async () => {
    const r = await cli(['resilience', '-f', conformanceTopology('14-res-model-high-one-location')]);
    expect(r.stdout.split('\n')[0]).toBe('1 of 1 row has a single point of failure; first: location EqDC2 down breaks hq → prod.');
  });
});
