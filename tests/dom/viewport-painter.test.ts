// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mark, MarkPainter } from '../../lib/dom/mark-painter';
import { createViewportPainter, type BlockObserver } from '../../lib/dom/viewport-painter';

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

/** An observer the test drives: it says which blocks are near the viewport. */
function fakeObserver() {
  const watched = new Set<Element>();
  let report: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => undefined;
  const make = (onChange: typeof report): BlockObserver => {
    report = onChange;
    return {
      observe: (el) => void watched.add(el),
      unobserve: (el) => void watched.delete(el),
      disconnect: () => watched.clear(),
    };
  };
  const show = (near: Element[]) =>
    report([...watched].map((target) => ({ target, isIntersecting: near.includes(target) })));
  return { make, watched, show };
}

let paragraphs: HTMLParagraphElement[] = [];
beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<p>Claim <b>number ${i}</b> here.</p>`).join('');
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
    const observer = fakeObserver();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 10, observe: observer.make });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks);
    expect(inner.held.size).toBe(6);
    expect(observer.watched.size).toBe(0);
  });

  it('past the threshold, keeps painted only the marks whose blocks are near the viewport, and follows the scroll', () => {
    const inner = recordingPainter();
    const observer = fakeObserver();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 4, observe: observer.make });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks.slice(0, 4));
    expect(observer.watched).toEqual(new Set(paragraphs.slice(0, 4)));
    painter.paint(marks.slice(4)); // later sections: watched, not painted until they come near
    expect(inner.held).toEqual(new Set(marks.slice(0, 4)));
    observer.show([paragraphs[0]!, paragraphs[1]!]);
    expect(inner.held).toEqual(new Set(marks.slice(0, 2)));
    observer.show([paragraphs[4]!, paragraphs[5]!]); // scrolled down
    expect(inner.held).toEqual(new Set(marks.slice(4)));
    // Clicks and repairs see only what is painted.
    expect(painter.markAt(new MouseEvent('click'), marks)).toBe(marks[4]);
    expect(painter.repair(marks)).toBe(false);
  });

  it('paints a far mark made current (the keyboard list, the popup), and takes it off again once another is', () => {
    const inner = recordingPainter();
    const observer = fakeObserver();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 2, observe: observer.make });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks);
    observer.show([paragraphs[0]!]);
    expect(inner.held).toEqual(new Set([marks[0]]));
    painter.setActive(marks[5]!);
    expect(inner.active()).toBe(marks[5]);
    expect(inner.held.has(marks[5]!)).toBe(true);
    observer.show([paragraphs[0]!]); // the block is still far, but the current mark stays
    expect(inner.held.has(marks[5]!)).toBe(true);
    painter.setActive(marks[0]!);
    expect(inner.held).toEqual(new Set([marks[0]]));
  });

  it('forgets marks taken off the page, and stops watching their blocks', () => {
    const inner = recordingPainter();
    const observer = fakeObserver();
    const painter = createViewportPainter(inner.painter, document, { minMarks: 2, observe: observer.make });
    const marks = paragraphs.map((_, i) => markIn(i));
    painter.paint(marks);
    observer.show(paragraphs);
    painter.unpaint([marks[1]!, marks[2]!]);
    expect(inner.held).toEqual(new Set([marks[0], marks[3], marks[4], marks[5]]));
    expect(observer.watched.has(paragraphs[1]!)).toBe(false);
    painter.clear();
    expect(inner.held.size).toBe(0);
    expect(observer.watched.size).toBe(0);
  });

  it('leaves wrapped marks alone: they are page elements, not highlights', () => {
    const inner = recordingPainter('wrap');
    expect(createViewportPainter(inner.painter, document, { minMarks: 1, observe: fakeObserver().make })).toBe(
      inner.painter,
    );
  });
});
