// The POSIX shell script `dxplan import aws --print-collect-script` prints: the read-only
// `aws ... --output json` calls whose output `import aws` and `drift` read. The user runs it
// with their own credentials; dxplan never runs it and never holds credentials.

/** Calls made in every region, into that region's folder: the file name, then the call. */
const REGIONAL: readonly [string, string][] = [
  ['dx-connections.json', 'directconnect describe-connections'],
  ['dx-lags.json', 'directconnect describe-lags'],
  ['dx-virtual-interfaces.json', 'directconnect describe-virtual-interfaces'],
  ['dx-locations.json', 'directconnect describe-locations'],
  ['vpcs.json', 'ec2 describe-vpcs'],
  ['vpn-gateways.json', 'ec2 describe-vpn-gateways'],
  ['transit-gateways.json', 'ec2 describe-transit-gateways'],
  ['transit-gateway-attachments.json', 'ec2 describe-transit-gateway-attachments'],
  ['vpn-connections.json', 'ec2 describe-vpn-connections'],
  ['customer-gateways.json', 'ec2 describe-customer-gateways'],
  ['vpc-endpoints.json', 'ec2 describe-vpc-endpoints'],
];

/** The script; `regions` are checked region codes (none: the CLI's configured region). */
export function collectScript(regions: readonly string[]): string {
  const regionList = regions.length > 0 ? regions.join(' ') : '';
  const lines = [
    '#!/bin/sh',
    '# Collects what `dxplan import aws` and `dxplan drift` read: read-only AWS CLI describe',
    '# calls, run with your own credentials (dxplan never holds any). Needs the AWS CLI v2.',
    '# Usage: sh collect.sh [folder]   (default folder: aws-estate)',
    '# Then:  dxplan import aws aws-estate -o topo.yaml',
    'set -eu',
    'out="${1:-aws-estate}"',
    regionList !== ''
      ? `regions="${regionList}"`
      : 'regions="$(aws configure get region)"',
    'if [ -z "$regions" ]; then echo "no region: pass --regions to dxplan import aws --print-collect-script" >&2; exit 2; fi',
    'mkdir -p "$out"',
    'for region in $regions; do',
    '  mkdir -p "$out/$region"',
    ...REGIONAL.map(([file, call]) => `  aws ${call} --region "$region" --output json > "$out/$region/${file}"`),
    'done',
    '# Direct Connect gateways are global: list them once, then their associations and attachments.',
    'first="${regions%% *}"',
    'aws directconnect describe-direct-connect-gateways --region "$first" --output json > "$out/dx-gateways.json"',
    'for id in $(aws directconnect describe-direct-connect-gateways --region "$first" --query \'directConnectGateways[].directConnectGatewayId\' --output text); do',
    '  aws directconnect describe-direct-connect-gateway-associations --direct-connect-gateway-id "$id" --region "$first" --output json > "$out/dx-gateway-associations-$id.json"',
    '  aws directconnect describe-direct-connect-gateway-attachments --direct-connect-gateway-id "$id" --region "$first" --output json > "$out/dx-gateway-attachments-$id.json"',
    'done',
    'echo "wrote $out; next: dxplan import aws $out -o topo.yaml" >&2',
  ];
  return `${lines.join('\n')}\n`;
}
