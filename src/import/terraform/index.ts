// `dxplan import terraform`: `terraform show -json` output in, a topology to complete out.
import { Importer } from './map';
import { readTerraformJson } from './plan';
import type { Note } from '../draft';

export { TerraformInputError } from './plan';
export { TODO } from '../draft';

export interface ImportResult {
  /** The topology, with `# TODO` comments and `TODO` placeholders. */
  yaml: string;
  /** Every TODO in the output, placeholders and notes about keys to add. */
  todos: (Note & { placeholder: boolean })[];
  /** Values Terraform knows only after apply: the topology path and the Terraform attribute. */
  unknowns: Note[];
  /** Resources that could not be placed in the topology. */
  warnings: string[];
  /** How many `TODO` markers the output holds. */
  todoCount: number;
  /** How many resources of the supported types were read. */
  resources: number;
}

export const SUPPORTED_TYPES: readonly string[] = [
  'aws_dx_connection', 'aws_dx_lag', 'aws_dx_connection_association',
  'aws_dx_private_virtual_interface', 'aws_dx_public_virtual_interface', 'aws_dx_transit_virtual_interface',
  'aws_dx_hosted_private_virtual_interface', 'aws_dx_hosted_transit_virtual_interface',
  'aws_dx_hosted_private_virtual_interface_accepter', 'aws_dx_hosted_transit_virtual_interface_accepter',
  'aws_dx_gateway', 'aws_dx_gateway_association',
  'aws_vpn_gateway', 'aws_vpn_gateway_attachment', 'aws_vpc', 'aws_vpc_ipv4_cidr_block_association',
  'aws_ec2_transit_gateway', 'aws_ec2_transit_gateway_vpc_attachment',
  'aws_vpn_connection', 'aws_vpn_connection_route', 'aws_customer_gateway', 'aws_vpc_endpoint',
];

/**
 * Converts the text of `terraform show -json` (plan or state) into a topology whose first comment
 * is `schemaLine` (the CLI's yaml-language-server line); throws TerraformInputError.
 */
export function importTerraform(text: string, file: string, schemaLine: string): ImportResult {
  const input = readTerraformJson(text, file);
  const importer = new Importer(input);
  importer.run();
  const { draft } = importer;
  const source = `${input.kind === 'plan' ? 'plan' : 'state'}${input.terraformVersion ? ` of Terraform ${input.terraformVersion}` : ''}`;
  const header = [
    schemaLine,
    `Imported by \`dxplan import terraform\` from ${oneLine(file)} (a ${source}).`,
    'Terraform does not describe the on-premise side and some values are known only after',
    'apply: replace every TODO, then check the result with `dxplan validate`.',
  ];
  const resources = input.resources.filter((r) => SUPPORTED_TYPES.includes(r.type)).length;
  if (resources === 0) draft.warn('no Direct Connect, VPN, transit gateway or VPC resources in this plan');
  const yaml = draft.toYaml(header);
  return {
    yaml,
    todos: draft.todos.map(({ path, text, placeholder }) => ({ path, text, placeholder })),
    unknowns: draft.unknowns.map(({ path, text }) => ({ path, text })),
    warnings: draft.warnings,
    todoCount: draft.todoCount,
    resources,
  };
}

const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, '?');
