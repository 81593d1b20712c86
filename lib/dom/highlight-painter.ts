import { VERDICTS } from '../core/claim-types';
import { markAtPoint } from './hit-test';
import { ACTIVE_MARK, markName, type Mark, type MarkPainter } from './mark-painter';

type HighlightWindow = Window & typeof globalThis & { Highlight?: typeof Highlight };

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as HighlightWindow | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/**
 * One Highlight per verdict (`evident-false`, …) in the document's registry, styled by
 * `::highlight()` rules in the content style sheet. The page's DOM is never touched.
 */
export function createHighlightPainter(doc: Document): MarkPainter {
  const win = doc.defaultView as HighlightWindow;
  const registry = win.CSS.highlights;
  const HighlightClass = win.Highlight!;
  const byVerdict = new Map<string, Highlight>();
  const highlightFor = (name: string, priority: number): Highlight => {
    let h = byVerdict.get(name);
    if (!h) {
      h = new HighlightClass();
      h.priority = priority;
      byVerdict.set(name, h);
      registry.set(name, h);
    }
    return h;
  };
  // Serious verdicts paint over milder ones if two ever touch; the active mark over all.
  const priorityOf = (name: string) => VERDICTS.indexOf(name.replace('evident-', '') as never) + 1; // unreviewed: 0
  const active = () => highlightFor(ACTIVE_MARK, VERDICTS.length + 1);

  return {
    kind: 'highlight',
    paint(marks) {
      for (const m of marks) highlightFor(markName(m), priorityOf(markName(m))).add(m.range);
    },
    unpaint(marks) {
      for (const m of marks) {
        byVerdict.get(markName(m))?.delete(m.range);
        byVerdict.get(ACTIVE_MARK)?.delete(m.range);
      }
    },
    setActive(mark: Mark | null) {
      active().clear();
      if (mark) active().add(mark.range);
    },
    markAt(event, marks) {
      return markAtPoint(doc, marks, event.clientX, event.clientY);
    },
    clear() {
      for (const name of byVerdict.keys()) registry.delete(name);
      byVerdict.clear();
    },
  };
}
