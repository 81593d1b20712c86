import { blockAround } from './extract-text';
import type { Mark, MarkPainter } from './mark-painter';

/**
 * Below this many marks in a document every mark is painted, as before: the seed pages
 * (3–7k words) carry 10–90, and painting them all costs a millisecond or two. A 1 MB article
 * carries thousands, and Chromium then spends seconds painting highlights nobody can see.
 */
const MIN_MARKS = 300;
/** How far above and below the viewport marks are painted: a few screens, so a scroll rarely outruns it. */
const MARGIN = '300% 0px';

/** What the painter needs of an IntersectionObserver (tests pass a fake). */
export type BlockObserver = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;

export interface ViewportOptions {
  minMarks?: number;
  /** Makes the observer of marks' blocks; by default an IntersectionObserver of the document's window. */
  observe?: (onChange: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void) => BlockObserver;
}

/**
 * Paints only the marks within a few screens of the viewport once a document has many:
 * each mark's block (paragraph, list item) is watched with an IntersectionObserver, and its
 * marks are painted when it comes near and taken off when it goes far. Every mark stays a
 * mark (the claims list and badge count them all); the one made current (keyboard, popup,
 * open popover) is painted wherever it is. Highlights only: wrapped marks are page elements,
 * and wrapping and unwrapping them on scroll would rewrite the page.
 */
export function createViewportPainter(inner: MarkPainter, doc: Document, options: ViewportOptions = {}): MarkPainter {
  const win = doc.defaultView;
  const makeObserver =
    options.observe ??
    (win && typeof win.IntersectionObserver === 'function'
      ? (onChange: (entries: IntersectionObserverEntry[]) => void) =>
          new win.IntersectionObserver(onChange, { rootMargin: MARGIN })
      : null);
  if (inner.kind !== 'highlight' || !makeObserver) return inner;
  const minMarks = options.minMarks ?? MIN_MARKS;

  const blockOf = new Map<Mark, Element>();
  const byBlock = new Map<Element, Set<Mark>>();
  const near = new Set<Element>();
  const painted = new Set<Mark>();
  let active: Mark | null = null;
  let observer: BlockObserver | null = null;

  const show = (marks: Mark[]) => {
    const fresh = marks.filter((m) => !painted.has(m));
    for (const m of fresh) painted.add(m);
    if (fresh.length > 0) inner.paint(fresh);
  };
  const hide = (marks: Mark[]) => {
    const shown = marks.filter((m) => painted.has(m) && m !== active);
    for (const m of shown) painted.delete(m);
    if (shown.length > 0) inner.unpaint(shown);
  };

  const onChange = (entries: readonly { target: Element; isIntersecting: boolean }[]) => {
    const toShow: Mark[] = [];
    const toHide: Mark[] = [];
    for (const { target, isIntersecting } of entries) {
      const marks = byBlock.get(target);
      if (!marks) continue;
      if (isIntersecting) near.add(target);
      else near.delete(target);
      (isIntersecting ? toShow : toHide).push(...marks);
    }
    hide(toHide);
    show(toShow);
  };

  /** From now on only blocks near the viewport keep their marks painted (the observer's first report says which). */
  const startWatching = () => {
    observer = makeObserver(onChange);
    for (const block of byBlock.keys()) observer.observe(block);
  };

  return {
    kind: inner.kind,
    paint(marks) {
      const now: Mark[] = [];
      for (const m of marks) {
        const block = blockAround(m.range.startContainer) ?? doc.documentElement;
        blockOf.set(m, block);
        let set = byBlock.get(block);
        if (!set) {
          byBlock.set(block, (set = new Set()));
          observer?.observe(block);
        }
        set.add(m);
        if (!observer || near.has(block)) now.push(m);
      }
      show(now);
      if (!observer && blockOf.size >= minMarks) startWatching();
    },
    unpaint(marks) {
      const shown: Mark[] = [];
      for (const m of marks) {
        const block = blockOf.get(m);
        if (!block) continue;
        blockOf.delete(m);
        const set = byBlock.get(block)!;
        set.delete(m);
        if (set.size === 0) {
          byBlock.delete(block);
          near.delete(block);
          observer?.unobserve(block);
        }
        if (painted.delete(m)) shown.push(m);
        if (m === active) active = null;
      }
      if (shown.length > 0) inner.unpaint(shown);
    },
    setActive(mark) {
      // A far mark made current (the keyboard list, the popup) is painted before it is scrolled to.
      const previous = active;
      active = mark;
      if (mark && blockOf.has(mark)) show([mark]);
      inner.setActive(mark);
      const was = previous && previous !== mark ? blockOf.get(previous) : undefined;
      if (was && observer && !near.has(was)) hide([previous!]);
    },
    // Only a painted mark can be under the pointer, and only painted ones can have been taken
    // off by the page: the others are far from the viewport. (`painted` is a subset of the
    // marks given, which are never taken off the page without unpaint.)
    markAt(event, marks) {
      return inner.markAt(event, observer ? [...painted] : marks);
    },
    repair(marks) {
      return inner.repair(observer ? [...painted] : marks);
    },
    clear() {
      observer?.disconnect();
      observer = null;
      blockOf.clear();
      byBlock.clear();
      near.clear();
      painted.clear();
      active = null;
      inner.clear();
    },
  };
}
