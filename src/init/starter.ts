// The starter topology `dxplan init` writes: small, commented, and clean under every rule.
/** The starter, under a first comment line naming the schema (the CLI knows where it is installed). */
export function starterTopology(schemaLine: string): string {
  return `# ${schemaLine}\n${STARTER_BODY}`;
}

const STARTER_BODY = `# A dxplan topology: one hybrid network. Edit it, then run \`dxplan validate dxplan.yaml\`.
# Every entity has a name unique across the file; references are by name.
version: 1
name: my-network
defaultRegion: us-east-1          # region of a bare service name such as \`s3\`

sites:                            # on-premise sites
  - name: hq
    asn: 65010                    # your BGP ASN; VIFs inherit it
    cidrs: [10.0.0.0/16]
    routers:
      - name: hq-r1
      - name: hq-r2
    hosts:
      - name: app1
        ip: 10.0.1.10

locations:                        # Direct Connect locations, with their home region
  - name: loc-a
    region: us-east-1
  - name: loc-b
    region: us-east-1

connections:                      # two connections at two locations: high resiliency
  - name: dx-a
    type: dedicated
    bandwidth: 1Gbps
    location: loc-a
    router: hq-r1
  - name: dx-b
    type: dedicated
    bandwidth: 1Gbps
    location: loc-b
    router: hq-r2

vifs:                             # one private VIF per connection, both on the DX gateway
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

dxgws:                            # a Direct Connect gateway reaches VPCs in any region
  - name: dxgw-main
    asn: 64513
    associations:
      - gateway: vgw-prod         # allowedPrefixes default to the VPC's CIDRs

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
        kind: rds

traffic:                          # what flows, for \`dxplan cost\`
  - name: replication
    from: orders-db
    to: hq
    gbPerMonth: 2000

intents:                          # what must hold: \`validate\` reports a broken intent
  - from: app1
    to: orders-db
    via: direct-connect

policy:
  resiliency: high                # maximum | high | development | none
`;
