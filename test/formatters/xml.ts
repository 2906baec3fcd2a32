// A small XML 1.0 well-formedness checker for the formatter tests: it parses elements,
// attributes and text, checks nesting, quoting, entity references and allowed characters,
// and returns the tree (attribute values and text decoded). Throws on anything malformed.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`unterminated reference in ${where}: ${m}`);
    if (body in ENTITIES) return ENTITIES[body];
    const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; in ${where}`);
    const c = String.fromCodePoint(num[1] ? parseInt(num[1], 16) : parseInt(num[2], 10));
    if (FORBIDDEN.test(c)) throw new Error(`reference to a forbidden character in ${where}`);
    return c;
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error(`forbidden character U+${xml.match(FORBIDDEN)![0].codePointAt(0)!.toString(16)}`);
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  const attr = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (text) {
      const top = stack[stack.length - 1];
      if (top === root && text.trim()) throw new Error('text outside the root element');
      top.text += decode(text, `<${top.name}> text`);
      rest = rest.slice(text.length);
      continue;
    }
    const m = tag.exec(rest);
    if (!m) throw new Error(`malformed markup at: ${rest.slice(0, 40)}`);
    const [all, close, name, attrText, selfClose] = m;
    rest = rest.slice(all.length);
    if (close) {
      if (attrText || selfClose) throw new Error(`malformed end tag </${name}>`);
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (const a of attrText.matchAll(attr)) {
      if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      el.attrs[a[1]] = decode(a[2] ?? a[3], `${name}@${a[1]}`);
    }
    const parent = stack[stack.length - 1];
    if (parent === root && root.children.length > 0) throw new Error('more than one root element');
    parent.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0];
}
