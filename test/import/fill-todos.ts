// Plays the user after `dxplan import terraform`: replaces every `TODO` placeholder with a
// plausible value, keeping the comments. An unexpected placeholder key throws, so a new kind
// of TODO in the importer has to be taught here (and thought about) first.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';

const TODO = 'TODO';

export function fillTodos(yaml: string): string {
  const doc = parseDocument(yaml);
  // The site first: other placeholders name its routers.
  const site = doc.getIn(['sites', 0], true);
  if (isMap(site)) {
    if (site.get('name') === TODO) site.set('name', 'onprem');
    if (site.get('cidrs') === TODO) site.set('cidrs', doc.createNode(['10.0.0.0/16'], { flow: true }));
    if (site.get('routers') === TODO) site.set('routers', doc.createNode([{ name: 'onprem-r1' }]));
  }
  const routers = names(doc, ['sites', 0, 'routers']);
  const locations = names(doc, ['locations']);
  let n = 0;
  // One number per entity, so a VIF's two peer addresses land in one /30.
  const entityNumbers = new Map<unknown, number>();
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.value) || pair.value.value !== TODO) return;
      n++;
      const owner = path[path.length - 1];
      if (!entityNumbers.has(owner)) entityNumbers.set(owner, n);
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const section = sectionOf(path);
      pair.value = doc.createNode(fill(key, section, entityNumbers.get(owner) ?? n, { routers, locations }), { flow: true }) as Node;
    },
  });
  const left = doc.toString().match(/:\s+TODO\s*(#|$)/m);
  if (left) throw new Error(`a TODO placeholder is left: ${left[0]}`);
  return doc.toString({ lineWidth: 0 });
}

function names(doc: Document, path: (string | number)[]): string[] {
  const list = doc.getIn(path, true);
  if (!isSeq(list)) return [];
  return list.items.map((item) => (isMap(item) ? item.get('name') : undefined)).filter((v): v is string => typeof v === 'string');
}

/** The top-level key the pair sits under (`vifs`, `vpcs`, ...). */
function sectionOf(path: readonly unknown[]): string {
  const top = path.find((node): node is Pair => isPair(node));
  return top && isScalar(top.key) ? String(top.key.value) : '';
}

function fill(key: string, section: string, n: number, ctx: { routers: string[]; locations: string[] }): unknown {
  const first = (list: string[], what: string) => {
    if (list.length === 0) throw new Error(`no ${what} to fill a ${key} placeholder in ${section}`);
    return list[0];
  };
  switch (key) {
    case 'router': return first(ctx.routers, 'router');
    case 'location': return first(ctx.locations, 'location');
    case 'region': return 'us-east-1';
    case 'cidrs': return [`10.${100 + n}.0.0/16`];
    case 'allowedPrefixes': return [`10.${150 + n}.0.0/16`];
    case 'advertise': return ['198.51.100.0/24'];
    case 'vlan': return 3000 + n;
    case 'asn': return 64600 + n;
    case 'amazonAddress': return `169.254.${100 + n}.1/30`;
    case 'customerAddress': return `169.254.${100 + n}.2/30`;
    case 'bgpAuthKey': return true;
    case 'awsDevice': return `device-${n}`;
    case 'azs': return 2;
    case 'type': return section === 'connections' ? 'dedicated' : (() => { throw new Error(`no fill for type in ${section}`); })();
    case 'bandwidth': return '10Gbps';
    case 'service': return 's3';
    case 'routing': return 'bgp';
    default:
      throw new Error(`fillTodos does not know how to fill "${key}" in ${section}`);
  }
}
