import { isInsideSkipped } from './extract-text';

/**
 * The parts of a page that are read on their own: the document's body, every open shadow
 * root (web components) and the body of every same-origin frame, however deeply nested.
 * extract-text.ts reads one root at a time and never crosses into another: a shadow tree
 * or a frame's document is not a child of the node that hosts it.
 *
 * Frames are read by the top frame's content script rather than by a content script of
 * their own: one reader per tab keeps one list of marks, so the badge, the popup's list and
 * the keyboard navigator count the frames' claims with the page's; a cross-origin frame
 * (an advertisement, an embedded video) has no `contentDocument` to read, and no content
 * script is loaded into it.
 */
export type TextRoot = Element | ShadowRoot;

/** The open shadow roots and same-origin frame bodies inside `node` or hosted by it, outermost first. */
export function innerRoots(node: Node): TextRoot[] {
  const found: TextRoot[] = [];
  const queue: Node[] = [node];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i]!;
    const doc = from.nodeType === 9 ? (from as Document) : from.ownerDocument;
    if (!doc) continue;
    const walker = doc.createTreeWalker(from, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
      if (el.nodeType !== 1) continue;
      const inner = rootInside(el);
      if (inner && !hostSkipped(el)) {
        found.push(inner);
        queue.push(inner);
      }
    }
  }
  return found;
}

/** True when the page hides a host, or it sits where Evident never reads (an iframe itself is one such tag). */
function hostSkipped(el: Element): boolean {
  if (!isFrame(el)) return isInsideSkipped(el);
  return frameLeftOut(el) || (el.parentElement ? isInsideSkipped(el.parentElement) : false);
}

const isFrame = (el: Element) => el.tagName.toUpperCase() === 'IFRAME' || el.tagName.toUpperCase() === 'FRAME';
/**
 * A frame the page hides with the attribute or marks `data-evident="off"`. A frame element is
 * itself never read as text (extract-text.ts skips the tag), so what it hosts is left out only
 * for these or for a skipped ancestor.
 */
const frameLeftOut = (el: Element) => el.hasAttribute('hidden') || el.getAttribute('data-evident') === 'off';

/**
 * The root that an element an extraction came to hosts, when Evident reads it (extract-text.ts,
 * OnElement; `skipped` as the walk judged the element): the roots innerRoots finds, as the walk
 * over a root's text comes to their hosts. The walk comes to an element only when none of its
 * ancestors under the root is skipped, which is what hostSkipped asks of them.
 */
export function rootHostedBy(el: Element, skipped: boolean): TextRoot | null {
  if (isFrame(el)) return frameLeftOut(el) ? null : rootInside(el);
  return skipped ? null : el.shadowRoot;
}

/** The shadow root or the frame body an element hosts, when Evident may read it. */
export function rootInside(el: Element): TextRoot | null {
  if (el.shadowRoot) return el.shadowRoot; // null for closed roots: those are the component's own
  if (el.tagName.toUpperCase() !== 'IFRAME' && el.tagName.toUpperCase() !== 'FRAME') return null;
  try {
    // null, or a SecurityError, for a frame of another origin
    return (el as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** True when a root is no longer read: its host left the page or the page hid it. */
export function rootSkipped(root: TextRoot): boolean {
  if (!root.isConnected) return true;
  if (root.nodeType === 11) return hostSkipped((root as ShadowRoot).host);
  const frame = root.ownerDocument?.defaultView?.frameElement ?? null;
  if (frame && (!frame.isConnected || hostSkipped(frame))) return true;
  return isInsideSkipped(root);
}
