import { locateOffset, type TextSegment } from './extract-text';

/**
 * Turns offsets into extracted text back into a DOM Range (hypothesis-style anchoring:
 * the matcher works on strings, this module is the only bridge to the page).
 * Returns null when either end falls on a block break or the nodes have left the page.
 */
export function rangeFromOffsets(segments: readonly TextSegment[], start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = locateOffset(segments, start, 'start');
  const to = locateOffset(segments, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text nodes a range covers, each with the part of it inside the range, in order. */
export function textPiecesOf(range: Range): { node: Text; start: number; end: number }[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    pieces.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return pieces.filter((p) => p.end > p.start);
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces;
}

/**
 * Document order for ranges anywhere on the page: in the document, in an open shadow root
 * or in a same-origin frame. Ranges with different roots cannot be compared directly (the
 * DOM throws), so each is placed by the element that hosts its tree in the top document.
 */
export function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  if (ra === b.startContainer.getRootNode()) return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  const x = placeInTop(a.startContainer);
  const y = placeInTop(b.startContainer);
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** The node of the top document that holds `node`: itself, or the shadow host or frame around it. */
function placeInTop(node: Node): Node {
  let n = node;
  for (let depth = 0; depth < 64; depth++) {
    const root = n.getRootNode();
    const host = root.nodeType === 11 ? (root as ShadowRoot).host : null;
    const frame = root.nodeType === 9 ? ((root as Document).defaultView?.frameElement ?? null) : null;
    const outer = host ?? frame;
    if (!outer) return n;
    n = outer;
  }
  return n;
}
