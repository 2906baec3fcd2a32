// Helpers for the routing and resiliency rule tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export { addedIds, edit, lineOf } from '../../helpers';

/**
 * A clean, redundant topology (no finding at all): site hq with two routers, two dedicated
 * connections at two us-east-1 locations on distinct AWS devices, a private VIF on each to
 * dxgw-main, associated with vgw-prod on VPC prod (10.1.0.0/16, resource orders-db).
 * Tests add top-level sections (vpns, tgws, traffic, intents, policy) by appending them.
 */
export const REDUNDANT = `version: 1
name: redundant
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers:
      - name: hq-r1
      - name: hq-r2
    hosts:
      - name: app1
        ip: 10.0.1.10
locations:
  - name: EqDC2
    region: us-east-1
  - name: CSVA1
    region: us-east-1
connections:
  - name: dx-a
    type: dedicated
    bandwidth: 10Gbps
    location: EqDC2
    router: hq-r1
    awsDevice: EqDC2-1abc
  - name: dx-b
    type: dedicated
    bandwidth: 10Gbps
    location: CSVA1
    router: hq-r2
    awsDevice: CSVA1-2xyz
vifs:
  - name: vif-a
    type: private
    connection: dx-a
    vlan: 101
    amazonAddress: 169.254.10.1/30
    customerAddress: 169.254.10.2/30
    bgpAuthKey: true
    gateway: dxgw-main
    advertise: [10.0.0.0/16]
  - name: vif-b
    type: private
    connection: dx-b
    vlan: 101
    amazonAddress: 169.254.20.1/30
    customerAddress: 169.254.20.2/30
    bgpAuthKey: true
    gateway: dxgw-main
    advertise: [10.0.0.0/16]
dxgws:
  - name: dxgw-main
    asn: 64513
    associations:
      - gateway: vgw-prod
vgws:
  - name: vgw-prod
    region: us-east-1
    vpc: prod
    asn: 64512
vpcs:
  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
    resources:
      - name: orders-db
        ip: 10.1.2.5
`;

/** The transit-gateway VPN trap: summaries over Direct Connect, every VPC /16 over the VPN on the same TGW. */
export const TGW_VPN_TRAP = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'multi-region-transit.yaml'), 'utf8')
  .replace('traffic:\n', 'vpns:\n  - { name: vpn-east, router: east-r1, gateway: tgw-use1, routing: bgp, advertise: [10.100.0.0/16] }\n\ntraffic:\n');
