import { SLICE_MS } from './extract-text';
import { measureSince } from './measure-main-thread';
import { yieldToPage } from './yield-to-page';

/**
 * Whether the text read so far names a topic (lib/core/name-check.ts), given the next text
 * nodes' text in page order. The extension asks its background, where the check's code is
 * warm and its word list already built: the page only walks its text nodes and sends them.
 */
export type AskNames = (pieces: string[]) => Promise<boolean> | boolean;

/** Text that is never the page's prose: its words do not make a page worth reading. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NOT_PROSE_SELECTOR = 'script, style, noscript, template';

/**
 * The elements under `root` (itself included) whose text is not prose, found at once: the walk
 * below then asks a text node only for its parent, not for the parent's name too (a page that
 * names no topic pays this walk over every text node it has, in script that runs once and cold).
 * The names are checked as nodeName gives them (an SVG `<script>` is read, as before).
 */
function notProse(root: Node): Set<Node> {
  const found = new Set<Node>();
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return found;
  const within = root as Element | Document | DocumentFragment;
  if (root.nodeType === 1 && NOT_PROSE.has(root.nodeName)) found.add(root);
  for (const el of within.querySelectorAll(NOT_PROSE_SELECTOR)) if (NOT_PROSE.has(el.nodeName)) found.add(el);
  return found;
}

/** Text nodes read between two looks at the clock. */
const NODES_PER_LOOK = 64;
/** At most this much text per question (UTF-16 code units): a 5 MB page is asked in pieces, and stops at its first name. */
const MAX_CHARS = 256 * 1024;
/**
 * The first question is about the top of the page only (about 64,000 characters: a typical
 * article whole, and a long one's title, headings and first sections, where an article names
 * its subject): a page that names a topic there sends no more of its text for this check, and
 * is then read and sent once, for the scan. A page that names none is asked about the rest in
 * the questions after it. (At 8 KiB, a 30 KB page that names no topic asked twice: each
 * question is a round trip whose reply costs the page's main thread a task and a slice.)
 */
const FIRST_CHARS = 64 * 1024;
/** How long content added later waits before its names are checked, so bursts coalesce. */
const SETTLE_MS = 300;

/**
 * Whether the text under `roots` names any topic, read text node by text node in slices of
 * about 8 ms (`evident-name-check` measures), each slice's text asked about at its end. This is
 * all a page that names no topic ever pays; it reads more than extraction would (hidden text
 * too), so it may say yes where the full read finds nothing, never the reverse.
 */
export async function readNames(roots: Node | readonly Node[], ask: AskNames, signal: AbortSignal): Promise<boolean> {
  let pieces: string[] = [];
  let size = 0;
  let limit = FIRST_CHARS;
  let start = performance.now();
  /** Asks about the slice read so far; true when it names a topic. */
  const flush = async (): Promise<boolean> => {
    measureSince('evident-name-check', start);
    const batch = pieces;
    pieces = [];
    size = 0;
    limit = MAX_CHARS;
    if (batch.length > 0 && (await ask(batch))) return true;
    await yieldToPage();
    start = performance.now();
    return false;
  };
  for (const root of Array.isArray(roots) ? (roots as readonly Node[]) : [roots as Node]) {
    if (root.nodeType === 3) {
      pieces.push((root as Text).data);
      continue;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const skipped = notProse(root);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = 1, node = walker.nextNode() as Text | null; node; n++, node = walker.nextNode() as Text | null) {
      if (skipped.size === 0 || !skipped.has(node.parentNode!)) {
        const data = node.data;
        pieces.push(data);
        size += data.length + 16; // a node costs something even when it is short
      }
      if ((n % NODES_PER_LOOK === 0 && performance.now() - start > SLICE_MS) || size > limit) {
        if (await flush()) return true;
        if (signal.aborted) return false;
      }
    }
  }
  return (await flush()) && !signal.aborted;
}

/**
 * Resolves true as soon as the page names a topic: at once if its text does now, or when
 * content added later does (infinite scroll, a single-page app's next view). Resolves
 * false when `signal` aborts first. `onFirstRead` hears whether the text already on the page
 * names one, once it has all been read: a page that does not is then waiting for new content,
 * not still being read.
 */
export function whenPageNamesTopic(
  root: Element,
  ask: AskNames,
  signal: AbortSignal,
  onFirstRead?: (named: boolean) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const added: Node[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') added.push(r.target);
        else added.push(...Array.from(r.addedNodes));
      }
      clearTimeout(timer);
      timer = setTimeout(checkAdded, SETTLE_MS);
    });
    const finish = (named: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(named);
    };
    const onAbort = () => finish(false);
    const checkAdded = async () => {
      const nodes = added.splice(0).filter((n) => n.isConnected);
      if (nodes.length > 0 && !signal.aborted && (await readNames(nodes, ask, signal))) finish(true);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    void readNames(root, ask, signal).then((named) => {
      onFirstRead?.(named);
      if (named) finish(true);
    });
  });
}
