// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract-text';
import type { Mark } from '../../lib/dom/mark-painter';
import { rangeFromOffsets } from '../../lib/dom/text-ranges';
import { createWrapPainter } from '../../lib/dom/wrap-painter';

beforeEach(() => {
  document.body.replaceChildren();
});

function marksFor(quotes: string[]): Mark[] {
  const { text, segments } = extractText(document.body);
  return quotes.map((q, i) => {
    const start = text.indexOf(q);
    const range = rangeFromOffsets(segments, start, start + q.length)!;
    return { id: i + 1, claimId: `c${i}`, verdict: 'false', score: 1, reasons: [], text: q, range };
  });
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe('the wrapping fallback', () => {
  const PAGE = '<p id="p">Zinc is a cofactor for <b>more than 300</b> enzymes, and zinc boosts testosterone daily.</p>';

  it('wraps each marked piece of text in an evident-mark whose class does not name the verdict', () => {
    document.body.innerHTML = PAGE;
    const painter = createWrapPainter(document);
    const [mark] = marksFor(['cofactor for more than 300 enzymes']);
    painter.paint([mark!]);
    const wrapped = [...document.querySelectorAll('evident-mark')];
    expect(wrapped.map((e) => e.textContent)).toEqual(['cofactor for ', 'more than 300', ' enzymes']);
    expect(new Set(wrapped.map((e) => e.className)).size).toBe(1);
    expect(wrapped[0]!.className).toMatch(/^h[0-9a-z]{12}$/);
    expect(wrapped.some((e) => e.hasAttribute('data-evident-verdict'))).toBe(false);
    expect(mark!.range.toString()).toBe('cofactor for more than 300 enzymes');
    expect(document.body.textContent).toBe(
      'Zinc is a cofactor for more than 300 enzymes, and zinc boosts testosterone daily.',
    );
  });

  it('draws a claim not reviewed individually in its own quiet style, whatever its default verdict', () => {
    document.body.innerHTML = PAGE;
    const [mark] = marksFor(['zinc boosts testosterone daily']);
    const [other] = marksFor(['cofactor for more than 300 enzymes']);
    createWrapPainter(document).paint([
      { ...mark!, verdict: 'unsupported', unreviewed: true },
      { ...other!, id: 9 },
    ]);
    const classOf = (text: string) =>
      [...document.querySelectorAll('evident-mark')].find((e) => text.includes(e.textContent!))!.className;
    const [unsupported, unreviewed] = [classOf('cofactor for '), classOf('zinc boosts testosterone daily')];
    expect(unreviewed).not.toBe(unsupported);
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain(`evident-mark.${unreviewed!.split(' ')[0]} { background-color: rgba(71, 85, 105, 0.07)`);
  });

  it('unmarks and leaves the page with the same HTML and the same text nodes', () => {
    document.body.innerHTML = PAGE;
    const html = document.body.innerHTML;
    const nodes = textNodes();
    const painter = createWrapPainter(document);
    painter.paint(marksFor(['cofactor for more than 300 enzymes', 'zinc boosts testosterone']));
    expect(document.querySelectorAll('evident-mark').length).toBe(4);
    painter.clear();
    expect(document.querySelectorAll('evident-mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    expect(textNodes()).toEqual(nodes);
    expect(textNodes().every((n, i) => n === nodes[i])).toBe(true);
  });

  it('unmarks one mark of two in the same text node and keeps the other', () => {
    document.body.innerHTML = '<p>Zinc is a cofactor, and zinc boosts testosterone daily.</p>';
    const html = document.body.innerHTML;
    const painter = createWrapPainter(document);
    const [first, second] = marksFor(['cofactor', 'boosts testosterone']);
    painter.paint([first!, second!]);
    painter.unpaint([second!]);
    expect([...document.querySelectorAll('evident-mark')].map((e) => e.textContent)).toEqual(['cofactor']);
    painter.unpaint([first!]);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });

  it('finds the mark a click landed on', () => {
    document.body.innerHTML = PAGE;
    const painter = createWrapPainter(document);
    const marks = marksFor(['cofactor for more than 300 enzymes', 'zinc boosts testosterone']);
    painter.paint(marks);
    const target = document.querySelectorAll('evident-mark')[3]!;
    const event = new MouseEvent('click', { bubbles: true });
    target.dispatchEvent(event);
    expect(painter.markAt(event, marks)?.text).toBe('zinc boosts testosterone');
    const outside = new MouseEvent('click', { bubbles: true });
    document.getElementById('p')!.dispatchEvent(outside);
    expect(painter.markAt(outside, marks)).toBeNull();
  });
});
