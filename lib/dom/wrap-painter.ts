import { MARK_TAG } from './extract-text';
import { markKind, type Mark, type MarkPainter } from './mark-painter';
import { coverShadow, createMarkStyle } from './mark-style';
import { compareRanges, textPiecesOf } from './text-ranges';

const TAG = MARK_TAG.toLowerCase();

/**
 * The fallback where the Highlight API is missing: each text node a mark covers is split
 * and its marked part wrapped in `<evident-mark>`. Unwrapping merges the pieces back into
 * the text nodes they came from, so the page ends with the nodes (and text) it began with.
 * The class names are this load's random ones (mark-style.ts): nothing on the element
 * says the verdict.
 */
export function createWrapPainter(doc: Document): MarkPainter {
  const style = createMarkStyle(doc, TAG);
  const wrappers = new Map<Mark, Element[]>();
  /** Text nodes that exist only because a wrap split them off: merged away on unwrap. */
  const splitOff = new WeakSet<Text>();

  const wrapPiece = (node: Text, start: number, end: number, mark: Mark): Element => {
    let target = node;
    if (end < target.data.length) splitOff.add(target.splitText(end));
    if (start > 0) {
      target = target.splitText(start);
      splitOff.add(target);
    }
    const el = doc.createElement(TAG);
    el.setAttribute('data-evident-mark', String(mark.id));
    el.className = style.names[markKind(mark)];
    target.parentNode!.replaceChild(el, target);
    el.appendChild(target);
    return el;
  };

  const unwrap = (el: Element): void => {
    const text = el.firstChild as Text | null;
    const parent = el.parentNode;
    if (!parent) return;
    if (!text) return void el.remove();
    parent.replaceChild(text, el);
    for (
      let next = text.nextSibling;
      next && next.nodeType === 3 && splitOff.has(next as Text);
      next = text.nextSibling
    ) {
      text.data += (next as Text).data;
      next.remove();
    }
    const prev = text.previousSibling;
    if (splitOff.has(text) && prev && prev.nodeType === 3) {
      (prev as Text).data += text.data;
      text.remove();
    }
  };

  return {
    kind: 'wrap',
    paint(marks) {
      // Last mark first, last piece first: a split only shortens the node it splits, so
      // the offsets of every piece still to wrap stay valid.
      const ordered = [...marks].sort((a, b) => compareRanges(b.range, a.range));
      for (const mark of ordered) {
        coverShadow(style, mark.range);
        const pieces = textPiecesOf(mark.range).reverse();
        const els = pieces.map((p) => wrapPiece(p.node, p.start, p.end, mark)).reverse();
        if (els.length === 0) continue;
        wrappers.set(mark, els);
        const range = doc.createRange();
        range.setStartBefore(els[0]!);
        range.setEndAfter(els[els.length - 1]!);
        mark.range = range;
      }
    },
    unpaint(marks) {
      for (const mark of marks) {
        wrappers.get(mark)?.forEach(unwrap);
        wrappers.delete(mark);
      }
    },
    setActive(mark) {
      for (const [m, els] of wrappers) for (const el of els) el.classList.toggle(style.names.active, m === mark);
    },
    markAt(event, marks) {
      const el = (event.target as Element | null)?.closest?.(`${TAG}[data-evident-mark]`);
      const id = Number(el?.getAttribute('data-evident-mark'));
      return marks.find((m) => m.id === id) ?? null;
    },
    repair() {
      return style.restore();
    },
    clear() {
      this.unpaint([...wrappers.keys()]);
      style.remove();
    },
  };
}
