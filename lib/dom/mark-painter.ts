import type { Verdict } from '../core/claim-types';
import { createHighlightPainter, supportsHighlights } from './highlight-painter';
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
  /** Takes every mark off at once. */
  clear(): void;
}

/**
 * The CSS Custom Highlight API where the browser has it (no DOM change, so React and
 * Vue pages keep working); wrapping in `evident-mark` elsewhere.
 */
export function createMarkPainter(doc: Document, options: { wrap?: boolean } = {}): MarkPainter {
  return !options.wrap && supportsHighlights(doc) && !forcedColors(doc)
    ? createHighlightPainter(doc)
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

/**
 * Verdict-named CSS identifiers, shared by highlights, wrapped marks and the style sheet;
 * claims not reviewed individually share one quiet style whatever their default verdict.
 */
export const markName = (mark: Pick<Mark, 'verdict' | 'unreviewed'>): string =>
  mark.unreviewed ? UNREVIEWED_MARK : `evident-${mark.verdict}`;
export const UNREVIEWED_MARK = 'evident-unreviewed';
export const ACTIVE_MARK = 'evident-active';
