// `dxplan import aws`: the JSON of AWS CLI describe-* calls in, a topology to complete out.
import type { Note } from '../draft';
import { AwsImporter, type AwsImportOptions } from './map';
import { readEstate, type Estate, type InputFile } from './read';

export { AwsInputError, INPUT_KEYS, readEstate, type Estate, type InputFile } from './read';
export { collectScript } from './collect';

export interface AwsImportResult {
  /** The topology, with `# TODO` comments and `TODO` placeholders. */
  yaml: string;
  todos: (Note & { placeholder: boolean })[];
  /** The document paths of every `TODO` placeholder (drift compares nothing there). */
  todoPaths: (string | number)[][];
  /** Objects left out, merged or not placed, for stderr. */
  warnings: string[];
  todoCount: number;
  /** How many AWS objects became entities. */
  objects: number;
}

/** Converts an estate already read (drift reads it once for both uses). */
export function importEstate(estate: Estate, options: AwsImportOptions = {}): AwsImportResult {
  const importer = new AwsImporter(estate, options);
  const draft = importer.run();
  const files = estate.files.length === 1 ? estate.files[0] : `${estate.files.length} files`;
  const header = [
    ...(options.schemaLine !== undefined ? [options.schemaLine] : []),
    `Imported by \`dxplan import aws\` from ${oneLine(files)} (AWS CLI describe-* output).`,
    'AWS does not describe the on-premise side: replace every TODO (site names, address',
    'space, what each router advertises), then check the result with `dxplan validate`.',
  ];
  if (importer.objects === 0) draft.warn('no Direct Connect, VPN, transit gateway or VPC objects in the input');
  const yaml = draft.toYaml(header);
  return {
    yaml,
    todos: draft.todos.map(({ path, text, placeholder }) => ({ path, text, placeholder })),
    todoPaths: draft.todos.filter((t) => t.placeholder).map((t) => [...t.at]),
    warnings: draft.warnings,
    todoCount: draft.todoCount,
    objects: importer.objects,
  };
}

/** Reads the files and converts them; throws AwsInputError for a file that is not describe output. */
export function importAws(files: InputFile[], options: AwsImportOptions = {}): AwsImportResult {
  return importEstate(readEstate(files), options);
}

const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, '?');
