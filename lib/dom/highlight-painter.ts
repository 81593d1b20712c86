import { VERDICTS } from '../core/claim-types';
import { MARK_TAG } from './extract-text';
import { markAtPoint } from './hit-test';
import { markKind, type Mark, type MarkPainter } from './mark-painter';
import { coverShadow, createMarkStyle, type MarkKind, type MarkStyle } from './mark-style';

type HighlightWindow = Window & typeof globalThis & { Highlight?: typeof Highlight };

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as HighlightWindow | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/** Serious verdicts paint over milder ones if two ever touch; the current mark over all. */
function priorityOf(kind: MarkKind): number {
  if (kind === 'active') return VERDICTS.length + 1;
  return kind === 'unreviewed' ? 0 : VERDICTS.indexOf(kind) + 1;
}

/**
 * One Highlight per kind of mark in the document's registry, under this load's random
 * names (mark-style.ts), styled by `::highlight()` rules. The page's DOM is never touched
 * beyond one style sheet. The registry belongs to the page too: `repair` puts back what
 * the page clears or deletes.
 */
export function createHighlightPainter(doc: Document): MarkPainter {
  const win = doc.defaultView as HighlightWindow;
  const registry = win.CSS.highlights;
  const HighlightClass = win.Highlight!;
  /**
   * Made with the first mark, not before: a `::highlight()` rule makes Chromium restyle the
   * whole document (80 ms on a 5 MB article), so it is added once, when there is something
   * to draw, and never before the page has been read (reading checks elements' visibility,
   * which would pay for that restyle inside Evident's own slices).
   */
  let style: MarkStyle | null = null;
  const byKind = new Map<MarkKind, Highlight>();
  const highlightFor = (kind: MarkKind): Highlight => {
    let h = byKind.get(kind);
    if (!h) {
      style ??= createMarkStyle(doc, MARK_TAG.toLowerCase());
      h = new HighlightClass();
      h.priority = priorityOf(kind);
      byKind.set(kind, h);
      registry.set(style.names[kind], h);
    }
    return h;
  };
  let activeMark: Mark | null = null;

  return {
    kind: 'highlight',
    paint(marks) {
      for (const m of marks) {
        const h = highlightFor(markKind(m));
        coverShadow(style!, m.range);
        h.add(m.range);
      }
    },
    unpaint(marks) {
      for (const m of marks) {
        byKind.get(markKind(m))?.delete(m.range);
        if (m === activeMark) this.setActive(null);
      }
    },
    setActive(mark: Mark | null) {
      activeMark = mark;
      if (!mark && !byKind.has('active')) return; // nothing drawn as current: nothing to take off
      const active = highlightFor('active');
      active.clear();
      if (mark) active.add(mark.range);
    },
    markAt(event, marks) {
      return markAtPoint(doc, marks, event.clientX, event.clientY);
    },
    repair(marks) {
      if (!style) return false; // nothing drawn yet: nothing the page could take
      let tampered = style.restore();
      for (const [kind, h] of byKind) {
        if (registry.get(style.names[kind]) !== h) {
          registry.set(style.names[kind], h);
          tampered = true;
        }
        if (h.priority !== priorityOf(kind)) {
          h.priority = priorityOf(kind);
          tampered = true;
        }
      }
      const counts = new Map<MarkKind, number>();
      for (const m of marks) {
        const kind = markKind(m);
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        const h = highlightFor(kind);
        if (!h.has(m.range)) {
          h.add(m.range);
          tampered = true;
        }
      }
      // Ranges the page added to our highlights (to paint its own text as a claim) go.
      for (const [kind, h] of byKind) {
        if (kind === 'active' || h.size === (counts.get(kind) ?? 0)) continue;
        h.clear();
        for (const m of marks) if (markKind(m) === kind) h.add(m.range);
        tampered = true;
      }
      const active = byKind.get('active');
      if (active && (active.size !== (activeMark ? 1 : 0) || (activeMark && !active.has(activeMark.range)))) {
        this.setActive(activeMark);
        tampered = true;
      }
      return tampered;
    },
    clear() {
      for (const [kind, h] of byKind) if (registry.get(style!.names[kind]) === h) registry.delete(style!.names[kind]);
      byKind.clear();
      style?.remove();
      style = null;
    },
  };
}
