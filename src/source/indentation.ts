// The first indentation slip of a block YAML text, in words an engineer reads. The yaml package
// reports one slip as a cascade of parser errors ("Sequence item without - indicator", "Implicit
// keys need to be on a single line", ...); this finds the line that started it.

export interface IndentationSlip {
  /** Offset of the first character of the slipped line's content (or of its tab). */
  offset: number;
  line: number;
  message: string;
  hint: string;
}

interface Level {
  indent: number;
  /** A level opened by a `- ` item deeper than its parent key: only list items sit at it. */
  list: boolean;
  /** A mapping's level: the last key written at it. */
  key?: string;
  /** A mapping's level: list items follow a key that opened them at the key's own column (`key:` then `- a`). */
  items?: boolean;
}

/** What a content line starts with: `key` for `key: ...`, `- ` for a list item. */
function lineSubject(content: string): string {
  if (content.startsWith('- ') || content === '-') return 'the list item';
  const key = /^("[^"]*"|'[^']*'|[^\s:#][^:#]*?)\s*:(\s|$)/.exec(content);
  return key ? `\`${key[1].trim()}\`` : 'this line';
}

/** The value part ends the line with nothing after a key or a dash: a block opens below. */
function opensBlock(content: string): boolean {
  const bare = content.replace(/\s+#.*$/, '').trimEnd();
  return bare === '-' || bare.endsWith(':') || /:\s+[&!][^\s]*$/.test(bare) || /^-\s+[&!][^\s]*$/.test(bare);
}

/** A block scalar (`key: |`, `- >-`) opens: its lines are text, not structure. */
function opensBlockScalar(content: string): boolean {
  return /(^-|:)\s+[|>][-+0-9]*\s*(#.*)?$/.test(content);
}

/** Whether the line, outside quotes and comments, leaves a flow collection (`[`, `{`) open. */
function flowBalance(content: string, depth: number): number {
  let quote = '';
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || content[i - 1] === ' ')) break;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth;
}

const plural = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;

/**
 * The first line whose indentation breaks the block structure: a tab in the indentation, a line
 * indented between two levels, or a key indented deeper than its siblings under a line that
 * opens nothing. Undefined when the indentation is consistent.
 */
export function firstIndentationSlip(text: string): IndentationSlip | undefined {
  const stack: Level[] = [];
  let previousOpens = true;
  let flow = 0;
  let scalarIndent = -1; // inside a block scalar: lines indented deeper than this are its text
  let offset = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const lineStart = offset;
    offset += raw.length + 1;
    const indentMatch = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(indentMatch.length);
    if (content === '' || content.startsWith('#')) continue;
    const indent = indentMatch.length;
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    if (flow > 0) {
      flow = flowBalance(content, flow);
      continue;
    }
    if (content.startsWith('---') || content.startsWith('...') || content.startsWith('%')) continue;
    const tab = indentMatch.indexOf('\t');
    if (tab >= 0) {
      const spaces = stack.length > 0 ? stack[stack.length - 1].indent : 0;
      return {
        offset: lineStart + tab, line: n + 1,
        message: `${lineSubject(content)} is indented with a tab; YAML indents with spaces only`,
        hint: `replace the tab with spaces${spaces > 0 ? ` (its siblings are indented ${plural(spaces)})` : ''}`,
      };
    }
    let closed: Level | undefined;
    while (stack.length > 0 && stack[stack.length - 1].indent > indent) closed = stack.pop();
    const top = stack[stack.length - 1];
    const isItem = content.startsWith('- ') || content === '-';
    if (top && top.indent === indent && top.list && !isItem) {
      // A key at the column of the list's dashes: it belongs with the keys after the dash.
      return slip(lineStart + indent, n + 1, content, indent, closed ? closed.indent : indent + 2, 'between');
    }
    if (top && top.indent === indent && !top.list) {
      if (isItem && !previousOpens && !top.items) {
        // A list item among a mapping's keys, with no key above it opening a list.
        const item = content.replace(/\s+#.*$/, '');
        return {
          offset: lineStart + indent, line: n + 1,
          message: `\`${item.length > 40 ? `${item.slice(0, 40)}…` : item}\` is a list item among the keys of a mapping (indented ${plural(indent)}, like ${top.key ? `\`${top.key}\`` : 'the keys above it'}); no key above it opens a list`,
          hint: 'move it under the list it belongs to (after that list\'s other items, indented like them)',
        };
      }
      top.items = isItem;
      if (!isItem) top.key = lineSubject(content).replace(/^`|`$/g, '');
    }
    if (!top || top.indent < indent) {
      // Deeper than the level it returns to: a slip unless the line above opened a block here.
      if (!previousOpens && (closed || top)) {
        return closed
          ? slip(lineStart + indent, n + 1, content, indent, closed.indent, 'between')
          : slip(lineStart + indent, n + 1, content, indent, top!.indent, 'deeper');
      }
      stack.push({ indent, list: isItem, ...(isItem ? {} : { key: lineSubject(content).replace(/^`|`$/g, '') }) });
    }
    // A list item's mapping sits after the dash: `- name: x` opens a level at the key's column.
    let rest = content;
    let column = indent;
    while (rest.startsWith('- ')) {
      const after = /^-\s+/.exec(rest)![0].length;
      column += after;
      rest = rest.slice(after);
      if (rest !== '' && !rest.startsWith('#')) stack.push({ indent: column, list: false });
    }
    previousOpens = opensBlock(content);
    if (opensBlockScalar(content)) scalarIndent = indent;
    flow = flowBalance(content, 0);
  }
  return undefined;
}

function slip(offset: number, line: number, content: string, indent: number, siblings: number, how: 'deeper' | 'between'): IndentationSlip {
  const subject = lineSubject(content);
  return {
    offset, line,
    message: `${subject} is indented ${plural(indent)}; its siblings ${siblings}` +
      (how === 'deeper' ? ', and the line above opens no block under it' : ''),
    hint: `indent ${subject === 'this line' ? 'it' : subject} ${plural(siblings)}, like the lines it belongs with`,
  };
}
