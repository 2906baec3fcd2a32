// Helpers for the VIF rule tests: small, checked string edits on test/helpers.ts BASE.
export { BASE, findings, ruleIds, validateYaml } from '../../helpers';

/** Replaces the first occurrence of `from`, failing loudly when the text is not there. */
export function edit(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`test edit: ${JSON.stringify(from)} not found`);
  return yaml.replace(from, to);
}

/** 1-based line of the `nth` (0-based) line containing `needle`. */
export function lineOf(yaml: string, needle: string, nth = 0): number {
  const lines = yaml.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && seen++ === nth) return i + 1;
  }
  throw new Error(`test lineOf: ${JSON.stringify(needle)} #${nth} not found`);
}

/** A VIF list item: `name` first, then the given keys in order (values written as is). */
export function vif(name: string, fields: Record<string, string | number | boolean>): string {
  return [`  - name: ${name}`, ...Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`)].join('\n') + '\n';
}

/** Appends VIF items to BASE's `vifs` list (they become vifs[1], vifs[2], ...). */
export function addVifs(yaml: string, ...items: string[]): string {
  return edit(yaml, '\nvgws:\n', `\n${items.join('')}vgws:\n`);
}

/** Appends top-level sections (dxgws, tgws, lags, ...) at the end of the document. */
export function addSections(yaml: string, sections: string): string {
  return yaml.endsWith('\n') ? yaml + sections : `${yaml}\n${sections}`;
}

/** BASE's VIF, for replacing one of its lines. */
export const BASE_VIF = {
  vlan: '    vlan: 101\n',
  amazon: '    amazonAddress: 169.254.10.1/30\n',
  customer: '    customerAddress: 169.254.10.2/30\n',
  auth: '    bgpAuthKey: true\n',
  gateway: '    gateway: vgw-prod\n',
  advertise: '    advertise: [10.0.0.0/16]\n',
  type: '    type: private\n',
  connection: '    connection: dx-a\n',
};

/** A DXGW associated with vgw-prod, and a TGW on a second VPC behind a second DXGW. */
export const GATEWAYS = `dxgws:
  - name: dxgw-main
    asn: 64600
    associations:
      - gateway: vgw-prod
  - name: dxgw-transit
    asn: 64601
    associations:
      - gateway: tgw-east
        allowedPrefixes: [10.2.0.0/16]
tgws:
  - name: tgw-east
    region: us-east-1
    asn: 64602
    attachments: [shared]
`;

/** A second VPC for GATEWAYS' transit gateway (append to BASE's vpcs list, which ends the file). */
export const SHARED_VPC = `  - name: shared
    region: us-east-1
    cidrs: [10.2.0.0/16]
`;

/** BASE plus GATEWAYS and the shared VPC. */
export function withGateways(yaml: string): string {
  return addSections(yaml + SHARED_VPC, GATEWAYS);
}
