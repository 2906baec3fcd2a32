// The parts of the yaml package that document.ts uses, loaded on first use: a file the fast
// reader (fast-yaml.ts) takes never loads the package, about 30 ms of a command's start-up.
// Each name is a getter on this module's exports, so `isMap(node)` in document.ts (compiled to
// a property read) reaches the package's own function or class.
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (loaded ??= require('yaml') as typeof Yaml);

export declare const isAlias: typeof Yaml.isAlias;
export declare const isMap: typeof Yaml.isMap;
export declare const isPair: typeof Yaml.isPair;
export declare const isScalar: typeof Yaml.isScalar;
export declare const isSeq: typeof Yaml.isSeq;
export declare const parseDocument: typeof Yaml.parseDocument;
export declare const Document: typeof Yaml.Document;
export declare const visit: typeof Yaml.visit;
export declare const LineCounter: typeof Yaml.LineCounter;
export type LineCounter = Yaml.LineCounter;
export declare const Pair: typeof Yaml.Pair;
export type Pair<K = unknown, V = unknown> = Yaml.Pair<K, V>;
export declare const YAMLMap: typeof Yaml.YAMLMap;
export type YAMLMap<K = unknown, V = unknown> = Yaml.YAMLMap<K, V>;
export declare const YAMLSeq: typeof Yaml.YAMLSeq;
export type YAMLSeq<T = unknown> = Yaml.YAMLSeq<T>;

const NAMES = ['isAlias', 'isMap', 'isPair', 'isScalar', 'isSeq', 'parseDocument', 'Document', 'visit', 'LineCounter', 'Pair', 'YAMLMap', 'YAMLSeq'] as const;
for (const name of NAMES) Object.defineProperty(exports, name, { enumerable: true, get: () => yaml()[name] });
