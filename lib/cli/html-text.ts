import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { isBlock, isSkipped, ITEM_MARK } from '../dom/extract-text';

/**
 * The visible text of an HTML page, for the command line: the same string the extension's
 * extractor (lib/dom/extract-text.ts) reads from a browser's DOM, produced in one pass
 * over htmlparser2's tokens without building a tree. Time and memory are linear in the
 * input, and nothing recurses, so 100,000 nested or unclosed elements cost what 100,000
 * paragraphs cost (a DOM built by happy-dom or parse5 is quadratic there, and a
 * recursive walk of it overflows the stack).
 */

/** Elements with no content and no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** An open tag that closes an open element of these names on top of the stack (HTML's implied end tags, the common ones). */
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};

interface Open {
  name: string;
  /** This element starts a part of the page Evident does not read. */
  skipped: boolean;
  block: boolean;
}

/** The few parts of an element that extract-text's rules read, from its tag and attributes. */
function elementView(name: string, attrs: Map<string, string>): Element {
  const style = attrs.get('style') ?? '';
  const last = (prop: string) =>
    [...style.matchAll(new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;!]*)`, 'gi'))].pop()?.[1]?.trim().toLowerCase() ?? '';
  // <title> and the rest of <head> are never page text; a parser puts them in <head>
  // even when the page leaves its <head> tag out.
  const tag = name === 'title' ? 'HEAD' : name.toUpperCase();
  return {
    tagName: tag,
    getAttribute: (n: string) => attrs.get(n) ?? null,
    hasAttribute: (n: string) => attrs.has(n),
    hasAttributes: () => attrs.size > 0,
    style: { display: last('display'), visibility: last('visibility') },
  } as unknown as Element;
}

export function htmlText(html: string): string {
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;
  /** A list item has opened and its first text is still to come (extract-text.ts reads it so). */
  let pendingItem = false;
  const stack: Open[] = [];
  /** How many elements of each name are open: a stray end tag is dropped in O(1). */
  const openCount = new Map<string, number>();
  let skipping = 0;
  let tagName = '';
  let attrs = new Map<string, string>();
  let attrName = '';
  let attrValue = '';
  let inBody = false;

  const breakBlock = () => {
    pendingBreak = length > 0;
  };
  const text = (value: string) => {
    if (skipping > 0 || value.length === 0) return;
    if (!inBody) {
      if (!/\S/.test(value)) return;
      enterBody();
    }
    if (pendingBreak) {
      parts.push('\n');
      length += 1;
      pendingBreak = false;
    }
    if (pendingItem) {
      parts.push(ITEM_MARK);
      length += ITEM_MARK.length;
      pendingItem = false;
    }
    parts.push(value.replace(/[\n\r\t\f\v]/g, ' '));
    length += value.length;
  };
  const pop = () => {
    const el = stack.pop()!;
    openCount.set(el.name, openCount.get(el.name)! - 1);
    if (el.skipped) skipping--;
    else if (el.block && skipping === 0) {
      breakBlock();
      if (el.name === 'li') pendingItem = false;
    }
  };
  const closeUpTo = (name: string) => {
    if (!openCount.get(name)) return;
    while (stack.length > 0 && stack[stack.length - 1]!.name !== name) pop();
    pop();
  };
  /** Body content ends an unclosed <head>, as a parser's insertion modes do. */
  const enterBody = () => {
    inBody = true;
    closeUpTo('head');
  };
  const open = (name: string, selfClosing: boolean) => {
    if (!inBody && (name === 'body' || (name !== 'html' && name !== 'head' && !ELEMENTS_OF_HEAD.has(name))))
      enterBody();
    const top = stack[stack.length - 1];
    if (top && CLOSES[name]?.includes(top.name)) pop();
    const view = elementView(name, attrs);
    const block = isBlock(view);
    const skipped = skipping === 0 && isSkipped(view);
    if (skipping === 0 && block) {
      breakBlock();
      if (name === 'li' && !skipped) pendingItem = true;
    }
    // Foreign elements (<svg/>) may close themselves; HTML elements may not.
    if (VOID.has(name) || (selfClosing && (name === 'svg' || name === 'math'))) return;
    stack.push({ name, skipped, block });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (skipped) skipping++;
  };

  let buffer = '';
  const slice = (start: number, end: number) => buffer.slice(start, end);
  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => text(slice(start, end)),
    ontextentity: (codepoint) => text(String.fromCodePoint(codepoint)),
    onopentagname: (start, end) => {
      tagName = slice(start, end).toLowerCase();
      attrs = new Map();
    },
    onattribname: (start, end) => {
      attrName = slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata: (start, end) => {
      attrValue += slice(start, end);
    },
    onattribentity: (codepoint) => {
      attrValue += String.fromCodePoint(codepoint);
    },
    onattribend: () => {
      if (!attrs.has(attrName)) attrs.set(attrName, attrValue);
    },
    onopentagend: () => open(tagName, false),
    onselfclosingtag: () => open(tagName, true),
    onclosetag: (start, end) => {
      const name = slice(start, end).toLowerCase();
      if (name === 'br') return open('br', false); // browsers read </br> as <br>
      // What follows </body> or </html> still goes into the body, as a parser puts it.
      if (name !== 'body' && name !== 'html') closeUpTo(name);
    },
    oncdata: () => undefined,
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  buffer = html;
  tokenizer.write(html);
  tokenizer.end();
  return parts.join('');
}

/** Elements a parser keeps in <head> before any body content. */
const ELEMENTS_OF_HEAD = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);
