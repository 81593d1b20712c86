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
