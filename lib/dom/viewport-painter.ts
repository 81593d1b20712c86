import { blockAround } from './extract-text';
import type { Mark, MarkPainter } from './mark-painter';

/**
 * Below this many marks in a document every mark is painted, as before: the seed pages
 * (3–7k words) carry 10–90, and painting them all costs a millisecond or two. A 1 MB article
 * carries thousands, and Chromium then spends seconds painting highlights nobody can see.
 */
const MIN_MARKS = 300;
/**
 * The most marks in one run (see below). A run is painted or taken off whole, so this bounds
 * what painting one costs; longer runs mean fewer changes to the highlights while the reader
 * scrolls, and each change makes Chromium repaint the whole document (on a 5 MB article 20–25 ms
 * of prepaint and paint, whatever the number of marks changed).
 */
export const RUN_MARKS = 100;
/** How many screens above and below the viewport marks are painted: a scroll rarely outruns it. */
const MARGIN_SCREENS = 3;

/** Where blocks are: what the painter reads of the layout (tests pass a fake). */
export interface Layout {
  /** A block's top and bottom, relative to the top of the viewport, in CSS pixels. */
  rect(block: Element): { top: number; bottom: number };
  /** The viewport's height. */
  height(): number;
}

export interface ViewportOptions {
  minMarks?: number;
  /** Marks per run; RUN_MARKS by default. */
  runMarks?: number;
  layout?: Layout;
  /**
   * Calls `moved` whenever the viewport may have moved over the page, and returns what stops
   * that; by default a scroll of the document or of anything in it (captured), and a resize.
   */
  onMove?: (moved: () => void) => () => void;
  /** Runs `fn` before the next frame is drawn; by default requestAnimationFrame. */
  frame?: (fn: () => void) => void;
}

/**
 * Marks that follow one another in the document, at most `runMarks` of them, ending where the
 * next run begins: `first` and `last` are the blocks (paragraphs, list items) of its first mark
 * and its last.
 */
interface Run {
  marks: Mark[];
  first: Element;
  last: Element;
  near: boolean;
}

/** Whether `b` is `a` or comes after it in the document. */
function atOrAfter(a: Element, b: Element): boolean {
  return a === b || (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Paints only the marks within a few screens of the viewport once a document has many. The
 * marks are grouped into runs of consecutive marks in document order, and after each scroll (at
 * most once a frame) the runs whose first and last blocks reach into the margin are found, from
 * two reads of a clean layout per run. A run is painted or taken off whole. (An IntersectionObserver
 * of every mark's block had Chromium compute thousands of intersections in every frame, 26 ms a
 * scroll step on a 5 MB article, and changed the highlights, so repainted the whole document,
 * each time one block crossed the margin; an observer of the runs' ends alone misses a jump
 * from one end of the page to the other, which crosses nothing.) Within a run, blocks are taken
 * to follow one another down the page. Every mark stays a mark (the claims list and
 * badge count them all); the one made current (keyboard, popup, open popover) is painted
 * wherever it is. Highlights only: wrapped marks are page elements, and wrapping and
 * unwrapping them on scroll would rewrite the page.
 */
export function createViewportPainter(inner: MarkPainter, doc: Document, options: ViewportOptions = {}): MarkPainter {
  const win = doc.defaultView;
  if (inner.kind !== 'highlight' || (!win && !(options.layout && options.onMove && options.frame))) return inner;
  const minMarks = options.minMarks ?? MIN_MARKS;
  const runMarks = Math.max(1, options.runMarks ?? RUN_MARKS);
  const layout: Layout = options.layout ?? {
    rect: (block) => block.getBoundingClientRect(),
    height: () => win!.innerHeight,
  };
  const frame =
    options.frame ??
    ((fn: () => void) =>
      typeof win!.requestAnimationFrame === 'function' ? win!.requestAnimationFrame(fn) : win!.setTimeout(fn, 16));
  const onMove =
    options.onMove ??
    ((moved: () => void) => {
      const stop = new AbortController();
      doc.addEventListener('scroll', moved, { capture: true, passive: true, signal: stop.signal });
      win!.addEventListener('resize', moved, { passive: true, signal: stop.signal });
      return () => stop.abort();
    });

  /** Every mark given, in the order given, until there are enough to place by runs. */
  const before: Mark[] = [];
  /** The runs in document order (of their first blocks); `open` is the one the next mark may join. */
  const runs: Run[] = [];
  let open: Run | null = null;
  const runOf = new Map<Mark, Run>();
  const painted = new Set<Mark>();
  let active: Mark | null = null;
  /** Set while the runs are placed (past minMarks): what stops listening for scrolls. */
  let stopMoves: (() => void) | null = null;
  const watching = () => stopMoves !== null;
  let scheduled = false;
  /** Something scrolled, or the viewport was resized, since the runs were last placed: all are placed again. */
  let moved = true;
  /**
   * The block that ended the last run when the runs were last placed, and where it was then:
   * while it has not moved, nothing above it has grown or shrunk (see `place`).
   */
  let probe: { block: Element; top: number } | null = null;
  /** Runs made or changed (their marks, their ends) since the last placing: placed even when nothing moved. */
  const changed = new Set<Run>();

  const show = (marks: readonly Mark[]) => {
    const fresh = marks.filter((m) => !painted.has(m));
    for (const m of fresh) painted.add(m);
    if (fresh.length > 0) inner.paint(fresh);
  };
  const hide = (marks: readonly Mark[]) => {
    const shown = marks.filter((m) => painted.has(m) && m !== active);
    for (const m of shown) painted.delete(m);
    if (shown.length > 0) inner.unpaint(shown);
  };

  /** Paints the runs within the margin and takes off the others. */
  const place = () => {
    scheduled = false;
    if (!watching()) return;
    const height = layout.height();
    const top = -MARGIN_SCREENS * height;
    const bottom = (1 + MARGIN_SCREENS) * height;
    // Every run, not a binary search over them: a page whose blocks are not laid out in document
    // order (a sidebar first in the source, columns) would hide a search's answer. Two reads of a
    // clean layout per run, and a run holds up to RUN_MARKS marks: 400 reads a frame for 20,000.
    // Unless nothing moved: a scan's new marks, section after section, place only their own runs
    // (on a 5 MB article placing every run after each of its 80 sections took 16,000 reads,
    // 90 ms). Without a scroll or a resize, a block moves when the page grows or shrinks above
    // it, which moves the end of the last run too (the probe: one read); a change that does not
    // (as much added above a run as taken away between it and the last) is followed at the next
    // scroll, and runs are painted three screens ahead.
    const whole = moved || !probe || layout.rect(probe.block).top !== probe.top;
    moved = false;
    const toShow: Mark[] = [];
    const toHide: Mark[] = [];
    const placing = whole ? runs : runs.filter((run) => changed.has(run));
    changed.clear();
    for (const run of placing) {
      const near = layout.rect(run.last).bottom >= top && layout.rect(run.first).top <= bottom;
      if (near === run.near) continue;
      run.near = near;
      (near ? toShow : toHide).push(...run.marks);
    }
    const end = runs[runs.length - 1]?.last;
    probe = end ? { block: end, top: layout.rect(end).top } : null;
    hide(toHide);
    show(toShow);
  };
  const schedule = () => {
    if (scheduled || !watching()) return;
    scheduled = true;
    frame(place);
  };

  const blockOf = (m: Mark) => blockAround(m.range.startContainer) ?? doc.documentElement;
  /** Where a run beginning at `block` goes in `runs`: after every run that begins at or before it. */
  const slotFor = (block: Element): number => {
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atOrAfter(runs[mid]!.first, block)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /**
   * Files `m` under the open run when it follows that run's last mark and comes before the next
   * run's first (runs do not overlap, so their blocks stay in document order), else under a new
   * run, which becomes the open one. A new run is far until placed; a near run that grows stays so.
   */
  const file = (m: Mark): Run => {
    const block = blockOf(m);
    let run = open;
    if (run && run.marks.length < runMarks && atOrAfter(run.last, block)) {
      const next = run === runs[runs.length - 1] ? undefined : runs[runs.indexOf(run) + 1];
      if (next && atOrAfter(next.first, block)) run = null;
    } else run = null;
    if (run) {
      run.last = block;
      run.marks.push(m);
    } else {
      run = { marks: [m], first: block, last: block, near: false };
      runs.splice(slotFor(block), 0, run);
      open = run;
    }
    changed.add(run);
    runOf.set(m, run);
    return run;
  };

  const startWatching = () => {
    for (const m of before) file(m);
    before.length = 0;
    // Their marks are painted; placing takes off those of the runs that are far.
    for (const run of runs) run.near = true;
    stopMoves = onMove(() => {
      moved = true;
      schedule();
    });
    moved = true;
    schedule();
  };

  return {
    kind: inner.kind,
    paint(marks) {
      if (!watching()) {
        before.push(...marks);
        show(marks);
        if (before.length >= minMarks) startWatching();
        return;
      }
      const now: Mark[] = [];
      for (const m of marks) if (file(m).near) now.push(m);
      show(now);
      schedule();
    },
    unpaint(marks) {
      const gone = new Set(marks);
      const shown = marks.filter((m) => painted.delete(m));
      if (active && gone.has(active)) active = null;
      if (!watching()) {
        const keep = before.filter((m) => !gone.has(m));
        before.length = 0;
        before.push(...keep);
      }
      const left = new Set<Run>();
      for (const m of marks) {
        const run = runOf.get(m);
        if (!run) continue;
        runOf.delete(m);
        left.add(run);
      }
      // A run's ends follow the marks it still has: a block taken off the page has no place.
      for (const run of left) {
        run.marks = run.marks.filter((m) => !gone.has(m));
        if (run.marks.length === 0) {
          runs.splice(runs.indexOf(run), 1);
          changed.delete(run);
          if (open === run) open = null;
          continue;
        }
        run.first = blockOf(run.marks[0]!);
        run.last = blockOf(run.marks[run.marks.length - 1]!);
        changed.add(run);
      }
      if (shown.length > 0) inner.unpaint(shown);
      if (left.size > 0) schedule();
    },
    setActive(mark) {
      // A far mark made current (the keyboard list, the popup) is painted before it is scrolled to.
      const previous = active;
      active = mark;
      if (mark && (runOf.has(mark) || before.includes(mark))) show([mark]);
      inner.setActive(mark);
      const was = previous && previous !== mark ? runOf.get(previous) : undefined;
      if (was && !was.near) hide([previous!]);
    },
    // Only a painted mark can be under the pointer, and only painted ones can have been taken
    // off by the page: the others are far from the viewport. (`painted` is a subset of the
    // marks given, which are never taken off the page without unpaint.)
    markAt(event, marks) {
      return inner.markAt(event, watching() ? [...painted] : marks);
    },
    repair(marks) {
      return inner.repair(watching() ? [...painted] : marks);
    },
    clear() {
      stopMoves?.();
      stopMoves = null;
      before.length = 0;
      runs.length = 0;
      changed.clear();
      moved = true;
      probe = null;
      open = null;
      runOf.clear();
      painted.clear();
      active = null;
      inner.clear();
    },
  };
}
