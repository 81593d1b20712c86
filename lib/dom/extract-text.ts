/**
 * Reads a page's visible text as one string, with a map back to the text nodes it came
 * from. Block boundaries become "\n" (not mapped to any node), so sentences never run
 * from one block into the next; inside a text node, every character keeps its offset.
 */
import { measureSince } from './measure-main-thread';
import { yieldToPage } from './yield-to-page';

/** One text node's place in the extracted string. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
]);

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'STRIKE',
  'TT',
  'BIG',
]);

/** The element that wraps marked text where the CSS Custom Highlight API is missing. */
export const MARK_TAG = 'EVIDENT-MARK';

/** True for elements whose text Evident never reads (DESIGN.md, "The pipeline", step 1). */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // Our own UI is skipped; the text inside an `evident-mark` is the page's and is read.
  if (SKIP_TAGS.has(tag) || (tag.startsWith('EVIDENT-') && tag !== MARK_TAG)) return true;
  // Most elements of an article carry no attribute at all (an inline style is one): one question
  // spares them the six below, each a call into the DOM, on every element of every page read.
  if (el.hasAttributes() && skippedByAttributes(el)) return true;
  // Browsers know what style sheets hide; where checkVisibility is missing (happy-dom,
  // the CLI) the attribute and inline-style checks above are all there is.
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' && !check.call(el, { visibilityProperty: true });
}

/** isSkipped's checks of an element's attributes and inline style. */
function skippedByAttributes(el: Element): boolean {
  if (el.getAttribute('data-evident') === 'off' || el.hasAttribute('data-evident-ui')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const html = el as HTMLElement;
  return !!html.style && (html.style.display === 'none' || html.style.visibility === 'hidden');
}

/** Reads all of `root` at once: the CLI, tests, and blocks the page marker re-reads. */
export function extractText(root: Node): ExtractedText {
  const walk = createWalk(root);
  walk.step(Infinity);
  return walk.result();
}

/** How long one slice of reading may hold the page's main thread: well under a 50 ms long task, and a frame's worth. */
export const SLICE_MS = 8;

/**
 * Reads `root` like extractText, in slices of about `sliceMs` that give the page its turn
 * in between (scheduler.yield where there is one), so a 5 MB article causes no long task.
 * Each slice is an `evident-extract` measure on the page's timeline. Rejects with the
 * signal's reason when it aborts. `onElement` is told of every element the walk comes to.
 */
export async function extractTextSliced(
  root: Node,
  options: { signal?: AbortSignal; sliceMs?: number; onElement?: OnElement } = {},
): Promise<ExtractedText> {
  const walk = createWalk(root, options.onElement);
  for (;;) {
    options.signal?.throwIfAborted();
    const start = performance.now();
    const done = walk.step(start + (options.sliceMs ?? SLICE_MS));
    measureSince('evident-extract', start);
    if (done) return walk.result();
    await yieldToPage();
  }
}

/**
 * What a list item's text is read after, as a page's own text shows a bulleted line: the
 * engine reads items under a lead-in, and a short item with no marker would read as a heading.
 * Like a block's "\n", it maps to no text node.
 */
export const ITEM_MARK = '- ';
/** Closes a list item on the walk's stack. */
const ITEM_END = Symbol('list item end');

/**
 * Told of every element an extraction comes to, in page order, whether or not it reads it
 * (`skipped`: isSkipped's answer for the element itself; none of its ancestors under the root is
 * skipped, or the walk would not have come to it). The page marker finds the shadow roots and
 * frames to read this way (extract-roots.ts, rootHostedBy), in the same slices as the text,
 * rather than in a walk of its own over every element of the page before the first slice.
 */
export type OnElement = (el: Element, skipped: boolean) => void;

/** The reading state of one extraction: a depth-first walk kept on an explicit stack, so it can stop anywhere. */
function createWalk(root: Node, onElement?: OnElement) {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  /** A list item has opened and its first text is still to come: it is read after a "- ". */
  let pendingItem = false;
  /** Nodes still to visit; `null` closes a block (its end is a break too), ITEM_END a list item. */
  const stack: (Node | null | typeof ITEM_END)[] = [root];
  const breakBlock = () => {
    pendingBreak = length > 0;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) return;
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
      // White space is replaced one for one, so offsets into the node survive.
      parts.push(value.replace(/[\n\r\t\f\v]/g, ' '));
      segments.push({ node: node as Text, start: length, end: length + value.length });
      length += value.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const block = node.nodeType === 1 && isBlock(el);
    const skipped = node.nodeType === 1 && isSkipped(el);
    if (onElement && node.nodeType === 1) onElement(el, skipped);
    if (skipped) {
      if (block) breakBlock();
      return;
    }
    if (block) {
      breakBlock();
      if (el.tagName.toUpperCase() === 'LI') {
        pendingItem = true;
        stack.push(ITEM_END);
      } else stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  return {
    /** Visits nodes until `deadline` (a performance.now() time) passes; true when all are read. */
    step(deadline: number): boolean {
      // The clock is read every 64 nodes: reading it costs more than visiting a node.
      for (let n = 1; stack.length > 0; n++) {
        if ((n & 63) === 0 && performance.now() > deadline) return false;
        const node = stack.pop()!;
        if (node === null) breakBlock();
        else if (node === ITEM_END) {
          breakBlock();
          pendingItem = false;
        } else visit(node);
      }
      return true;
    },
    result: (): ExtractedText => ({ text: parts.join(''), segments }),
  };
}

/** The text node and offset that hold character `offset` of the extracted text. */
export function locateOffset(
  segments: readonly TextSegment[],
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start || (bias === 'end' && offset === s.start && mid > 0 && segments[mid - 1]!.end === offset))
      hi = mid - 1;
    else if (offset > s.end || (offset === s.end && bias === 'start')) lo = mid + 1;
    else return { node: s.node, offset: offset - s.start };
  }
  return null;
}

/** True when `node` or one of its ancestors is an element Evident never reads. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** True for elements that start a new block of text (anything but inline tags). */
export function isBlock(el: Element): boolean {
  return !INLINE_TAGS.has(el.tagName.toUpperCase()) && el.tagName.toUpperCase() !== MARK_TAG;
}

/**
 * The nearest block around `node` (itself if it is a block): the smallest part of a page
 * that can be read again on its own without cutting a sentence in two.
 */
export function blockAround(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el;
}
