// Whole designs from the BGP conformance cases (copied into fixtures/routing/ so the repository
// stands alone): what `route` answers and what `validate` reports for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateYaml } from '../helpers';
import { alts, hopNames, index } from './util';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', 'routing', `${name}.yaml`), 'utf8');

function rules(yaml: string, severity: string): string[] {
  return [...new Set(validateYaml(yaml).diagnostics.filter((d) => d.severity === severity).map((d) => d.rule))].sort();
}

function routeOf(yaml: string, from: string, to: string) {
  const r = index(yaml).route(from, to);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('two untagged VIFs in two regions (region default local preference)', () => {
  const yaml = fixture('region-default-local-preference');

  it('the us-east-1 location carries the VPC\'s traffic both ways; the us-west-2 one is a local-preference alternative', () => {
    const back = routeOf(yaml, 'db', 'hq');
    expect(hopNames(back)).toEqual(['db', 'prod', 'vgw-prod', 'dxgw', 'vif-east', 'EqDC2', 'dx-east', 'hq-r1', 'hq']);
    expect(alts(back)).toEqual(['vif-west [local-preference]']);
    expect(back.mtu).toBe(9001);
    const fwd = routeOf(yaml, 'hq', 'db');
    expect(fwd.via).toBe('vif-east');
    expect(alts(fwd)).toEqual(['vif-west [local-preference]']);
    expect(fwd.return?.symmetric).toBe(true);
  });

  it('the whole 400,000 GB lands on one 1 Gbps port: traffic-exceeds-capacity, and the failover is too small', () => {
    expect(rules(yaml, 'error')).toEqual(['traffic-exceeds-capacity']);
    expect(rules(yaml, 'warning')).toEqual(['res-failover-capacity']);
  });
});
