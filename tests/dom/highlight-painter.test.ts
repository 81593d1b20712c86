// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract-text';
import { createHighlightPainter } from '../../lib/dom/highlight-painter';
import type { Mark } from '../../lib/dom/mark-painter';
import { rangeFromOffsets } from '../../lib/dom/text-ranges';

/** happy-dom has no CSS Custom Highlight API: a Set of ranges with a priority, and a Map registry, as browsers have. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();

beforeEach(() => {
  registry.clear();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  document.body.innerHTML = '<p>Zinc is a cofactor for enzymes.</p><p>Zinc boosts testosterone.</p>';
});
afterEach(() => {
  document.head.replaceChildren();
});

function marks(): Mark[] {
  const { text, segments } = extractText(document.body);
  return [
    ['Zinc is a cofactor', 'supported'],
    ['Zinc boosts testosterone', 'false'],
  ].map(([quote, verdict], i) => {
    const start = text.indexOf(quote!);
    const range = rangeFromOffsets(segments, start, start + quote!.length)!;
    return {
      id: i + 1,
      claimId: `c${i}`,
      verdict: verdict as Mark['verdict'],
      score: 1,
      reasons: [],
      text: quote!,
      range,
    };
  });
}

describe('the highlight painter', () => {
  it('adds no style sheet and registers nothing until it has a mark to draw, and takes all of it off again', () => {
    const painter = createHighlightPainter(document);
    painter.setActive(null);
    expect(painter.repair([])).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
    expect(registry.size).toBe(0);
    painter.paint(marks());
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    painter.clear();
    expect(document.head.querySelector('style')).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('registers highlights under random names that say nothing of the verdict, styled by a sheet of its own', () => {
    createHighlightPainter(document).paint(marks());
    const names = [...registry.keys()];
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).toMatch(/^h[0-9a-z]{12}$/);
    const css = document.head.querySelector('style')!.textContent!;
    // On the root element alone: highlight styles pass down to every element's text, and a
    // selector naming no element would cost each of the page's elements a match in every restyle.
    for (const n of names) expect(css).toContain(`html::highlight(${n})`);
    expect(css).not.toMatch(/(^|[\s,{}])::highlight/);
    expect(css).not.toMatch(/evident-(false|supported)/);
    createHighlightPainter(document).paint(marks());
    expect(new Set(registry.keys()).size).toBe(4); // a second load draws new names
  });

  it('gives an open shadow root holding a mark a sheet of its own, its highlight rules bare (a shadow tree has no root element)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Zinc boosts testosterone in a component.</p>';
    const range = document.createRange();
    range.setStart(shadow.querySelector('p')!.firstChild!, 0);
    range.setEnd(shadow.querySelector('p')!.firstChild!, 24);
    const mark: Mark = {
      id: 9,
      claimId: 'c9',
      verdict: 'false',
      score: 1,
      reasons: [],
      text: 'Zinc boosts testosterone',
      range,
    };
    createHighlightPainter(document).paint([...marks(), mark]);
    const css = shadow.querySelector('style')!.textContent!;
    for (const n of registry.keys()) expect(css).toMatch(new RegExp(`(^|[\\s,{}])::highlight\\(${n}\\)`));
    expect(css).not.toContain('html::highlight');
  });

  it('reports and undoes a cleared registry, a deleted highlight, a removed range and a removed style sheet', () => {
    const painter = createHighlightPainter(document);
    const all = marks();
    painter.paint(all);
    const snapshot = () => [...registry.values()].map((h) => [...h].map(String)).sort();
    const painted = snapshot();
    expect(painter.repair(all)).toBe(false);
    registry.clear();
    expect(painter.repair(all)).toBe(true);
    expect(snapshot()).toEqual(painted);
    registry.delete([...registry.keys()][0]!);
    expect(painter.repair(all)).toBe(true);
    [...registry.values()][0]!.clear();
    expect(painter.repair(all)).toBe(true);
    expect(snapshot()).toEqual(painted);
    document.head.querySelector('style')!.remove();
    expect(painter.repair(all)).toBe(true);
    expect(document.head.querySelector('style')).not.toBeNull();
    expect(painter.repair(all)).toBe(false);
  });

  it('takes its highlights and style sheet away on clear', () => {
    const painter = createHighlightPainter(document);
    painter.paint(marks());
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
