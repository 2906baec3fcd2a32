// Small helpers for the connection rule tests.
export { addedIds, edit, lineOf } from '../../helpers';

export interface ConnSpec {
  type?: 'dedicated' | 'hosted';
  bandwidth?: string;
  location?: string;
  awsDevice?: string;
  macsec?: boolean;
  lag?: string;
}

/** One `connections` item (dedicated 10Gbps at EqDC2 on hq-r1 unless told otherwise). */
export function conn(name: string, s: ConnSpec = {}): string {
  let out =
    `  - name: ${name}\n    type: ${s.type ?? 'dedicated'}\n    bandwidth: ${s.bandwidth ?? '10Gbps'}\n` +
    `    location: ${s.location ?? 'EqDC2'}\n    router: hq-r1\n`;
  if (s.awsDevice !== undefined) out += `    awsDevice: ${s.awsDevice}\n`;
  if (s.macsec !== undefined) out += `    macsec: ${s.macsec}\n`;
  if (s.lag !== undefined) out += `    lag: ${s.lag}\n`;
  return out;
}

/** One `lags` item. */
export function lag(name: string, location = 'EqDC2', minimumLinks?: number): string {
  return `  - name: ${name}\n    location: ${location}\n` + (minimumLinks === undefined ? '' : `    minimumLinks: ${minimumLinks}\n`);
}

/** One private VIF to vgw-prod on `carrier`, with a distinct VLAN and peer /30 per `n`. */
export function vif(name: string, carrier: string, n = 0): string {
  return (
    `  - name: ${name}\n    type: private\n    connection: ${carrier}\n    vlan: ${101 + n}\n` +
    `    amazonAddress: 169.254.${10 + n}.1/30\n    customerAddress: 169.254.${10 + n}.2/30\n` +
    `    bgpAuthKey: true\n    gateway: vgw-prod\n    advertise: [10.0.0.0/16]\n`
  );
}

/**
 * A complete topology shaped like BASE (site hq, VGW and VPC prod in us-east-1) with the given
 * connections, LAGs and VIFs; locations EqDC2 and CSVA1 are both in us-east-1.
 */
export function topology(parts: { connections: string[]; lags?: string[]; vifs: string[] }): string {
  return `version: 1
name: test
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers:
      - name: hq-r1
      - name: hq-r2
locations:
  - name: EqDC2
    region: us-east-1
  - name: CSVA1
    region: us-east-1
connections:
${parts.connections.join('')}${parts.lags && parts.lags.length > 0 ? `lags:\n${parts.lags.join('')}` : ''}vifs:
${parts.vifs.join('')}vgws:
  - name: vgw-prod
    region: us-east-1
    vpc: prod
    asn: 64512
vpcs:
  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
policy:
  resiliency: none
`;
}

/** A valid LAG of two 10Gbps members at EqDC2 carrying one VIF: the LAG tests' baseline. */
export const LAG_OK = topology({
  connections: [conn('dx-a', { lag: 'lag-a' }), conn('dx-b', { lag: 'lag-a' })],
  lags: [lag('lag-a', 'EqDC2', 1)],
  vifs: [vif('vif-prod', 'lag-a')],
});
