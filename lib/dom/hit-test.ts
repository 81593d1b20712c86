import type { Mark } from './mark-painter';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point (the standard API, then WebKit/Blink's older one). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The highlighted mark under a click. Highlights have no elements to receive events, so
 * the click's caret position is tested against each range; the range's boxes must also
 * hold the point, because a caret snaps to the nearest text even from blank margins.
 */
export function markAtPoint(doc: Document, marks: readonly Mark[], x: number, y: number): Mark | null {
  const caret = caretAt(doc, x, y);
  for (const mark of marks) {
    // A caret never lands inside a shadow tree (it stops at the host): there the boxes alone decide.
    if (mark.range.startContainer.getRootNode() !== doc) {
      if (boxesHold(mark.range, x, y)) return mark;
      continue;
    }
    if (!caret) continue;
    let inside = false;
    try {
      inside = mark.range.isPointInRange(caret.node, caret.offset);
    } catch {
      continue; // a point in another document or a doctype: not ours
    }
    if (inside && boxesHold(mark.range, x, y)) return mark;
  }
  return null;
}

function boxesHold(range: Range, x: number, y: number): boolean {
  const slack = 2; // px: a click on the very edge of a glyph still counts
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}
