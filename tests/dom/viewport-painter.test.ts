// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mark, MarkPainter } from '../../lib/dom/mark-painter';
import { createViewportPainter } from '../../lib/dom/viewport-painter';

/** A highlight painter that only records which marks it holds. */
function recordingPainter(kind: MarkPainter['kind'] = 'highlight') {
  const held = new Set<Mark>();
  let active: Mark | null = null;
  const painter: MarkPainter = {
    kind,
    paint: (marks) => marks.forEach((m) => held.add(m)),
    unpaint: (marks) => marks.forEach((m) => held.delete(m)),
    setActive: (mark) => void (active = mark),
    markAt: (_, marks) => marks[0] ?? null,
    repair: (marks) => marks.some((m) => !held.has(m)),
    clear: () => held.clear(),
  };
  return { painter, held, active: () => active };
}

/**
 * A page the test scrolls: paragraph i is 50 px tall and starts at i × 100 px; the viewport
 * is 10 px tall, so with its margin of three screens above and below, `view(i)` (the viewport's
 * top at paragraph i) brings paragraph i alone near.
 */
function fakePage() {
  let at = 0;
  let moved: (() => void) | null = null;
  const options = {
    layout: {
      rect: (block: Element) => {
        const top = (paragraphs.indexOf(block as HTMLParagraphElement) - at) * 100;
        return { top, bottom: top + 50 };
      },
      height: () => 10,
    },
    onMove: (fn: () => void) => {
      moved = fn;
      return () => void (moved = null);
    },
    frame: (fn: () => void) => fn(),
  };
  const view = (i: number) => {
    at = i;
    moved?.();
  };
  return { options, view, listening: () => moved !== null };
}

let paragraphs: HTMLParagraphElement[] = [];
beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 12 }, (_, i) => `<p>Claim <b>number ${i}</b> here.</p>`).join('');
  paragraphs = [...document.querySelectorAll('p')];
});

/** A mark on the bold words of paragraph `i`. */
function markIn(i: number): Mark {
  const range = document.createRange();
  range.selectNodeContents(paragraphs[i]!.querySelector('b')!.firstChild!);
  return { id: i + 1, claimId: `c${i}`, verdict: 'false', score: 1, reasons: [], text: `number ${i}`, range };
}

describe('the viewport painter', () => {
  it('paints every mark while a page has fewer than its threshold', () => {
    const inner = recordingPainter();
    const page = fakePage();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 20, ...page.options });
    painter.paint(paragraphs.map((_, i) => markIn(i)));
    expect(inner.held.size).toBe(12);
    expect(page.listening()).toBe(false);
  });

  it('past the threshold, paints the runs of marks near the viewport and follows the scroll, jumps included', () => {
    const inner = recordingPainter();
    const page = fakePage();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 4, runMarks: 3, ...page.options });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks.slice(0, 4)); // runs 0-2, then 3 (open); placed at once: the viewport is at the top
    expect(inner.held).toEqual(new Set(marks.slice(0, 3)));
    painter.paint(marks.slice(4)); // later sections: painted only once they come near
    expect(inner.held).toEqual(new Set(marks.slice(0, 3)));
    page.view(4);
    expect(inner.held).toEqual(new Set(marks.slice(3, 6)));
    page.view(7); // between the ends of the run 6-8, neither of them near
    expect(inner.held).toEqual(new Set(marks.slice(6, 9)));
    page.view(0); // a jump back to the top
    expect(inner.held).toEqual(new Set(marks.slice(0, 3)));
    page.view(11);
    expect(inner.held).toEqual(new Set(marks.slice(9, 12)));
    // Clicks and repairs see only what is painted.
    expect(painter.markAt(new MouseEvent('click'), marks)).toBe(marks[9]);
    expect(painter.repair(marks)).toBe(false);
  });

  it('starts a new run for a mark before the open run, and keeps runs from overlapping (a later scan of an earlier section)', () => {
    const inner = recordingPainter();
    const page = fakePage();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 1, runMarks: 10, ...page.options });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint([marks[8]!, marks[10]!]);
    painter.paint([marks[1]!]); // before the open run: a run of its own
    painter.paint([marks[3]!, marks[9]!]); // 3 joins the run at 1; 9 would stretch it over the run at 8
    page.view(3);
    expect(inner.held).toEqual(new Set([marks[1], marks[3]]));
    page.view(5); // between runs: nothing near (a run 1-9 would take the viewport for its own)
    expect(inner.held.size).toBe(0);
    page.view(9);
    expect(inner.held).toEqual(new Set([marks[8], marks[9], marks[10]]));
  });

  it('places only the runs a scan made or changed while nothing moved, and every run once the page scrolls or changes above them', () => {
    const inner = recordingPainter();
    const page = fakePage();
    let shift = 0; // the page grows above paragraph 0 by this many pixels
    const read: Element[] = [];
    /** The paragraphs whose place was read since the last look (a run's last block is always read). */
    const readSince = () =>
      [...new Set(read.splice(0).map((b) => paragraphs.indexOf(b as HTMLParagraphElement)))].sort((a, b) => a - b);
    const layout = {
      rect: (block: Element) => {
        read.push(block);
        const r = page.options.layout.rect(block);
        return { top: r.top + shift, bottom: r.bottom + shift };
      },
      height: page.options.layout.height,
    };
    const painter = createViewportPainter(inner.painter, document, {
      minMarks: 2,
      runMarks: 2,
      ...page.options,
      layout,
    });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks.slice(0, 4)); // runs 0-1 and 2-3, placed: the viewport is at the top
    expect(inner.held).toEqual(new Set(marks.slice(0, 2)));
    readSince();
    painter.paint(marks.slice(4, 6)); // a later section: its run alone is placed, once the end of the last run (3) has not moved
    expect(readSince()).toEqual([3, 4, 5]);
    expect(inner.held).toEqual(new Set(marks.slice(0, 2)));
    page.view(2); // a scroll: every run again (the last block of each, and the first where the last is near)
    expect(readSince()).toEqual([1, 2, 3, 4, 5]);
    expect(inner.held).toEqual(new Set(marks.slice(2, 4)));
    // The page takes away 200 px above everything without a scroll: paragraph 4 comes into view,
    // and the end of the last run (5) moving says so when the next section's run is placed.
    shift = -200;
    painter.paint(marks.slice(6, 8));
    expect(readSince()).toEqual([1, 3, 4, 5, 6, 7]);
    expect(inner.held).toEqual(new Set(marks.slice(4, 6)));
  });

  it('finds the runs in view where the page is not laid out in document order (a long sidebar first in the source)', () => {
    const inner = recordingPainter();
    const page = fakePage();
    // Paragraphs 0-5 are a sidebar laid out far below; 6-11 the article, at the top of the page.
    const top = (i: number) => (i < 6 ? 5000 + i * 100 : (i - 6) * 100);
    const layout = {
      rect: (block: Element) => {
        const t = top(paragraphs.indexOf(block as HTMLParagraphElement));
        return { top: t, bottom: t + 50 };
      },
      height: () => 10,
    };
    const painter = createViewportPainter(inner.painter, document, {
      minMarks: 1,
      runMarks: 3,
      ...page.options,
      layout,
    });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks);
    expect(inner.held).toEqual(new Set(marks.slice(6, 9)));
  });

  it('paints a far mark made current (the keyboard list, the popup), and takes it off again once another is', () => {
    const inner = recordingPainter();
    const page = fakePage();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 2, runMarks: 2, ...page.options });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks);
    expect(inner.held).toEqual(new Set([marks[0], marks[1]]));
    painter.setActive(marks[10]!);
    expect(inner.active()).toBe(marks[10]);
    expect(inner.held.has(marks[10]!)).toBe(true);
    page.view(1); // its run is still far, but the current mark stays
    expect(inner.held.has(marks[10]!)).toBe(true);
    painter.setActive(marks[0]!);
    expect(inner.held).toEqual(new Set([marks[0], marks[1]]));
  });

  it("forgets marks taken off the page, and a run's ends follow the marks it keeps", () => {
    const inner = recordingPainter();
    const page = fakePage();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 2, runMarks: 4, ...page.options });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks.slice(0, 8)); // runs 0-3 and 4-7
    page.view(3);
    expect(inner.held).toEqual(new Set(marks.slice(0, 4)));
    painter.unpaint([marks[2]!, marks[3]!, marks[4]!]);
    expect(inner.held.size).toBe(0); // the first run now ends at 1, far from 3; the second starts at 5
    page.view(5);
    expect(inner.held).toEqual(new Set(marks.slice(5, 8)));
    painter.clear();
    expect(inner.held.size).toBe(0);
    expect(page.listening()).toBe(false);
  });

  it('leaves wrapped marks alone: they are page elements, not highlights', () => {
    const inner = recordingPainter('wrap');
    expect(createViewportPainter(inner.painter, document, { minMarks: 1, ...fakePage().options })).toBe(inner.painter);
  });
});
