/**
 * Reads the one `<Field …>` element of a createFieldAsXml SchemaXml: attributes, and CHOICES/CHOICE
 * children. A small scanner for this element only, not a general XML parser.
 */
import { sp } from '../errors';

export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

export function parseXmlElement(xml: string): XmlElement {
  let i = 0;
  const fail = (): never => {
    throw sp.badRequest(`The SchemaXml is not valid XML near position ${i}.`);
  };
  const skipWs = (): void => {
    while (i < xml.length && /\s/.test(xml[i])) i++;
  };
  const element = (depth: number): XmlElement => {
    if (depth > 8) fail();
    if (xml[i] !== '<') fail();
    i++;
    const nameMatch = /^[A-Za-z_][\w:.-]*/.exec(xml.slice(i));
    if (!nameMatch) return fail();
    const name = nameMatch[0];
    i += name.length;
    const attrs = new Map<string, string>();
    for (;;) {
      skipWs();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attr = /^([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
      if (!attr) fail();
      attrs.set(attr![1], decodeEntities(attr![3] ?? attr![4] ?? ''));
      i += attr![0].length;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= xml.length) fail();
      if (xml.startsWith(`</${name}`, i)) {
        i += name.length + 2;
        skipWs();
        if (xml[i] !== '>') fail();
        i++;
        return { name, attrs, children, text: decodeEntities(text) };
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) fail();
        i = end + 3;
      } else if (xml[i] === '<') children.push(element(depth + 1));
      else text += xml[i++];
    }
  };
  skipWs();
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) fail();
    i = end + 2;
    skipWs();
  }
  const root = element(0);
  skipWs();
  if (i !== xml.length) fail();
  return root;
}
