import type { Verdict } from '../core/claim-types';
import type { NumberCheck } from '../core/stated-numbers';
import { createHighlightPainter, supportsHighlights } from './highlight-painter';
import type { MarkKind } from './mark-style';
import { createViewportPainter } from './viewport-painter';
import { createWrapPainter } from './wrap-painter';

/** A claim shown on the page. */
export interface Mark {
  /** Unique on the page while it lives; the popup names marks by it. */
  id: number;
  claimId: string;
  verdict: Verdict;
  /** A claim no reviewed claim matches, judged by its topic's profile: drawn in a quieter style. */
  unreviewed?: boolean;
  score: number;
  reasons: string[];
  flags?: string[];
  pageSources?: string[];
  numberCheck?: NumberCheck;
  /** Why the verdict shown is not the reviewed claim's own (find-claims.ts). */
  asStated?: string;
  /** The page text the mark covers, as it was when marked. */
  text: string;
  range: Range;
}

/** Draws marks on a page and takes them off again; two ways to do it, one interface. */
export interface MarkPainter {
  readonly kind: 'highlight' | 'wrap';
  /** Draws marks; may replace `mark.range` with one around what it drew. */
  paint(marks: readonly Mark[]): void;
  unpaint(marks: readonly Mark[]): void;
  /** Shows one mark as the current one (keyboard focus, open popover), or none. */
  setActive(mark: Mark | null): void;
  /** The mark a click landed on, if any. */
  markAt(event: MouseEvent, marks: readonly Mark[]): Mark | null;
  /**
   * Puts back whatever the page took away (highlights cleared or unregistered, the style
   * sheet removed); true when something had been tampered with.
   */
  repair(marks: readonly Mark[]): boolean;
  /** Takes every mark off at once. */
  clear(): void;
}

/**
 * The CSS Custom Highlight API where the browser has it (no DOM change, so React and
 * Vue pages keep working), painted near the viewport only on a page with many marks
 * (viewport-painter.ts); wrapping in `evident-mark` elsewhere, or when asked to (a page
 * that keeps removing highlights).
 */
export function createMarkPainter(doc: Document, options: { wrap?: boolean } = {}): MarkPainter {
  return !options.wrap && supportsHighlights(doc) && !forcedColors(doc)
    ? createViewportPainter(createHighlightPainter(doc), doc)
    : createWrapPainter(doc);
}

/**
 * In forced-colours mode Chromium paints every custom highlight in the selection colours,
 * whatever its style says, so marks would look selected and lose their underline styles;
 * wrapped marks keep the styles (marks.css).
 */
function forcedColors(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(forced-colors: active)').matches ?? false;
}

/** The kind of mark a claim is drawn as: claims not reviewed individually share one quiet style. */
export const markKind = (mark: Pick<Mark, 'verdict' | 'unreviewed'>): MarkKind =>
  mark.unreviewed ? 'unreviewed' : mark.verdict;

/**
 * Marks in the page and in its same-origin frames: every document has its own highlight
 * registry and style sheets, so each gets its own painter, chosen by the mark's range.
 */
export function createFramePainters(doc: Document, options: { wrap?: boolean } = {}): MarkPainter {
  const painters = new Map<Document, MarkPainter>();
  const painterOf = (d: Document): MarkPainter => {
    let p = painters.get(d);
    if (!p) {
      p = createMarkPainter(d, options);
      painters.set(d, p);
    }
    return p;
  };
  const docOf = (m: Mark): Document => m.range.startContainer.ownerDocument ?? doc;
  const byDoc = (marks: readonly Mark[]) => {
    const groups = new Map<Document, Mark[]>();
    for (const m of marks) {
      const d = docOf(m);
      const g = groups.get(d);
      if (g) g.push(m);
      else groups.set(d, [m]);
    }
    return groups;
  };
  const top = painterOf(doc);
  // Most pages have no frame with a mark: then every mark is the top document's, and the
  // calls made for all marks (a repair every 250 ms, a click) need not ask each mark's range
  // for its document (on a 5 MB article that asking cost 0.6 s of main thread per load).
  const onlyTop = () => painters.size === 1;
  return {
    kind: top.kind,
    paint(marks) {
      for (const [d, ms] of byDoc(marks)) painterOf(d).paint(ms);
    },
    unpaint(marks) {
      if (onlyTop()) return top.unpaint(marks);
      for (const [d, ms] of byDoc(marks)) painters.get(d)?.unpaint(ms);
    },
    setActive(mark) {
      for (const [d, p] of painters) p.setActive(mark && docOf(mark) === d ? mark : null);
    },
    markAt(event, marks) {
      if (onlyTop()) return top.markAt(event, marks);
      const target = event.target as Node | null;
      const d = target ? (target.nodeType === 9 ? (target as Document) : target.ownerDocument) : doc;
      const p = d && painters.get(d);
      return p
        ? p.markAt(
            event,
            marks.filter((m) => docOf(m) === d),
          )
        : null;
    },
    repair(marks) {
      if (onlyTop()) return top.repair(marks);
      let tampered = false;
      const groups = byDoc(marks);
      for (const [d, p] of painters) if (p.repair(groups.get(d) ?? [])) tampered = true;
      return tampered;
    },
    clear() {
      for (const p of painters.values()) p.clear();
      painters.clear();
    },
  };
}
