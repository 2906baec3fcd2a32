// Topologies and helpers for the failure-analysis tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTopology } from '../../src/engine/load';
import { buildRoutingIndex, type RoutingIndex } from '../../src/routing/index';
import { whatIf, type WhatIfReport, type WhatIfRow } from '../../src/failure/index';

/**
 * hq reaches prod over two equal-cost private VIFs: vif-a on LAG lag-a (two 10 Gbps members on
 * device EqDC2-1 at EqDC2, minimumLinks 2) and vif-b on dx-b (10 Gbps, CSVA1-1 at CSVA1), with
 * vpn-1 on hq-r2 as the backup. One intent (direct-connect) and one 5,000,000 GB flow back to hq.
 */
export const LAGGED = `version: 1
name: failure-test
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers: [{ name: hq-r1 }, { name: hq-r2 }]
    hosts: [{ name: app1, ip: 10.0.1.10 }]
locations:
  - { name: EqDC2, region: us-east-1 }
  - { name: CSVA1, region: us-east-1 }
connections:
  - { name: dx-a1, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, awsDevice: EqDC2-1, lag: lag-a }
  - { name: dx-a2, type: dedicated, bandwidth: 10Gbps, location: EqDC2, router: hq-r1, awsDevice: EqDC2-1, lag: lag-a }
  - { name: dx-b, type: dedicated, bandwidth: 10Gbps, location: CSVA1, router: hq-r2, awsDevice: CSVA1-1 }
lags:
  - { name: lag-a, location: EqDC2, minimumLinks: 2 }
vifs:
  - { name: vif-a, type: private, connection: lag-a, vlan: 101, gateway: dxgw-main, advertise: [10.0.0.0/16] }
  - { name: vif-b, type: private, connection: dx-b, vlan: 101, gateway: dxgw-main, advertise: [10.0.0.0/16] }
dxgws:
  - { name: dxgw-main, asn: 64513, associations: [{ gateway: vgw-prod }] }
vgws:
  - { name: vgw-prod, region: us-east-1, vpc: prod }
vpcs:
  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
    resources: [{ name: orders-db, ip: 10.1.2.5 }]
vpns:
  - { name: vpn-1, router: hq-r2, gateway: vgw-prod, advertise: [10.0.0.0/16] }
traffic:
  - { name: sync, from: orders-db, to: hq, gbPerMonth: 5000000 }
intents:
  - { from: app1, to: orders-db, via: direct-connect }
`;

export const SPEC_EXAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'spec-example.yaml'), 'utf8');

export function index(yaml: string): RoutingIndex {
  const loaded = loadTopology('test.yaml', Buffer.from(yaml, 'utf8'));
  if (!loaded.topology) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return buildRoutingIndex(loaded.topology);
}

export function scenario(yaml: string, down: string[]): WhatIfReport {
  const r = whatIf(index(yaml), down);
  if ('error' in r) throw new Error(r.error);
  return r;
}

/** The row for a flow (by name) or an intent (by `from → to`). */
export function rowOf(r: WhatIfReport, key: string): WhatIfRow {
  const row = r.rows.find((w) => w.row.name === key || `${w.row.from} → ${w.row.to}` === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

/** "status: via, via" after the scenario. */
export function after(r: WhatIfReport, key: string): string {
  const w = rowOf(r, key);
  return `${w.after.status}: ${w.after.path.legs.map((l) => l.via).join(', ') || 'none'}`;
}
