import type { NameCheck } from '../core/name-check';
import { SLICE_MS } from './extract-text';
import { measureSince } from './measure-main-thread';
import { yieldToPage } from './yield-to-page';

/** Text that is never the page's prose: its words do not make a page worth reading. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Characters of text read between two looks at the clock: well under a millisecond's work. */
const BATCH_CHARS = 4096;
/** How long content added later waits before its names are checked, so bursts coalesce. */
const SETTLE_MS = 300;

/**
 * Whether the text under `root` names any topic (lib/core/name-check.ts), read text node by
 * text node in slices of about 8 ms (`evident-name-check` measures). This is all a page
 * that names no topic ever pays; it reads more than extraction would (hidden text too), so
 * it may say yes where the full read finds nothing, never the reverse.
 */
export async function readNames(root: Node, check: NameCheck, signal: AbortSignal): Promise<boolean> {
  if (root.nodeType === 3) return check.feed((root as Text).data);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let done = false; !done;) {
    const start = performance.now();
    let named = false;
    // Text goes to the check in batches (one call per batch is cheaper than one per node);
    // the clock is read between batches.
    while (!done && !named && performance.now() - start < SLICE_MS) {
      const batch: string[] = [];
      for (let size = 0; size < BATCH_CHARS;) {
        const node = walker.nextNode() as Text | null;
        if (!node) {
          done = true;
          break;
        }
        if (NOT_PROSE.has(node.parentNode?.nodeName ?? '')) continue;
        batch.push(node.data);
        size += node.data.length + 16; // a node costs something even when it is short
      }
      named = check.feed(...batch);
    }
    measureSince('evident-name-check', start);
    if (named) return true;
    if (done) return false;
    await yieldToPage();
    if (signal.aborted) return false;
  }
  return false;
}

/**
 * Resolves true as soon as the page names a topic: at once if its text does now, or when
 * content added later does (infinite scroll, a single-page app's next view). Resolves
 * false when `signal` aborts first.
 */
export function whenPageNamesTopic(root: Element, check: NameCheck, signal: AbortSignal): Promise<boolean> {
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
      const nodes = added.splice(0);
      for (const node of nodes) {
        if (signal.aborted) return;
        if (node.isConnected && (await readNames(node, check, signal))) return finish(true);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    void readNames(root, check, signal).then((named) => {
      if (named) finish(true);
    });
  });
}
