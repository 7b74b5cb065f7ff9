/**
 * A strict little XML reader for tests: it rejects what is not well-formed (unbalanced or crossed
 * tags, a raw `<` or `&`, unknown entities, unquoted or repeated attributes, several roots) and
 * returns the element tree with decoded text, so tests can read the JUnit report back.
 */

/** An element read back: its name, decoded attributes, children and decoded text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]*/;

/** Reads an XML document; throws an `Error` saying where it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const chunk = lt === -1 ? rest : rest.slice(0, lt);
    const top = stack.at(-1);
    if (chunk.length > 0) {
      if (!top) {
        if (chunk.trim() !== '') throw new Error(`text outside the root: ${chunk.slice(0, 40)}`);
      } else top.text += decode(chunk);
    }
    if (lt === -1) break;
    rest = rest.slice(lt);
    const end = rest.indexOf('>');
    if (end === -1) throw new Error('unterminated tag');
    const tag = rest.slice(1, end);
    rest = rest.slice(end + 1);
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (open?.name !== tag.slice(1)) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const element = parseTag(selfClosing ? tag.slice(0, -1) : tag);
    if (top) top.children.push(element);
    else if (root) throw new Error(`a second root <${element.name}>`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

function parseTag(tag: string): XmlElement {
  const name = NAME.exec(tag)?.[0];
  if (!name) throw new Error(`bad tag <${tag.slice(0, 40)}>`);
  const attributes: Record<string, string> = {};
  let rest = tag.slice(name.length);
  while (rest.trim() !== '') {
    const match = /^\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/.exec(rest);
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`bad attribute in <${name}>: ${rest.slice(0, 40)}`);
    if (match[1] in attributes) throw new Error(`repeated attribute ${match[1]} in <${name}>`);
    attributes[match[1]] = decode(match[2]);
    rest = rest.slice(match[0].length);
  }
  return { name, attributes, children: [], text: '' };
}

function decode(text: string): string {
  if (text.includes(']]>')) throw new Error('"]]>" in text');
  return text.replace(/&([^;\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`raw "&" in: ${text.slice(0, 60)}`);
    if (ref in ENTITIES) return ENTITIES[ref] ?? '';
    const code = /^#(\d+)$/.exec(ref)?.[1] ?? /^#x([\da-f]+)$/i.exec(ref)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${ref};`);
    return String.fromCodePoint(Number.parseInt(code, ref.startsWith('#x') ? 16 : 10));
  });
}

/** Every element named `name` under `element` (depth first). */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ]);
}
