// Small inline topologies for the gateway rule tests (not a test file itself).
export const HEAD = `version: 1
name: gw-test
defaultRegion: us-east-1
sites:
  - name: hq
    asn: 65010
    cidrs: [10.0.0.0/16]
    routers:
      - name: hq-r1
locations:
  - name: EqDC2
    region: us-east-1
connections:
  - name: dx-a
    type: dedicated
    bandwidth: 10Gbps
    location: EqDC2
    router: hq-r1
policy:
  resiliency: none
`;

/** One VIF list item; `n` picks a distinct VLAN and peer /30. */
export function vif(name: string, type: 'private' | 'transit', gateway: string, n: number, advertise = '[10.0.0.0/16]'): string {
  return `  - name: ${name}
    type: ${type}
    connection: dx-a
    vlan: ${100 + n}
    amazonAddress: 169.254.${n}.1/30
    customerAddress: 169.254.${n}.2/30
    mtu: 1500
    bgpAuthKey: true
    gateway: ${gateway}
    advertise: ${advertise}
`;
}

/** A whole topology: HEAD plus the given top-level sections (each a list body or omitted). */
export function topo(sections: { vifs?: string; vgws?: string; dxgws?: string; tgws?: string; vpcs?: string; vpns?: string }): string {
  let out = HEAD;
  for (const key of ['vifs', 'vgws', 'dxgws', 'tgws', 'vpcs', 'vpns'] as const) {
    const body = sections[key];
    if (body !== undefined) out += `${key}:\n${body}`;
  }
  return out;
}

/** 1-based line of the `nth` (0-based) line containing `needle`. */
export function lineOf(yaml: string, needle: string, nth = 0): number {
  const lines = yaml.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle)) {
      if (seen === nth) return i + 1;
      seen++;
    }
  }
  throw new Error(`"${needle}" (#${nth}) not in the YAML`);
}

/** A VGW-mode DXGW: private VIF -> dxgw-main -> vgw-prod -> prod. */
export const VGW_MODE = topo({
  vifs: vif('vif-prod', 'private', 'dxgw-main', 1),
  vgws: `  - name: vgw-prod
    region: us-east-1
    vpc: prod
    asn: 64512
`,
  dxgws: `  - name: dxgw-main
    asn: 64513
    associations:
      - gateway: vgw-prod
        allowedPrefixes: [10.1.0.0/16]
`,
  vpcs: `  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
`,
});

/** A TGW-mode DXGW: transit VIF -> dxgw-transit -> tgw-east -> prod, dev. */
export const TGW_MODE = topo({
  vifs: vif('vif-transit', 'transit', 'dxgw-transit', 1),
  dxgws: `  - name: dxgw-transit
    asn: 64513
    associations:
      - gateway: tgw-east
        allowedPrefixes: [10.1.0.0/16, 10.2.0.0/16]
`,
  tgws: `  - name: tgw-east
    region: us-east-1
    asn: 64514
    attachments: [prod, dev]
`,
  vpcs: `  - name: prod
    region: us-east-1
    cidrs: [10.1.0.0/16]
  - name: dev
    region: us-east-1
    cidrs: [10.2.0.0/16]
`,
});
