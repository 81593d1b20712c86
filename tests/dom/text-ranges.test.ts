// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract-text';
import { compareRanges, rangeFromOffsets, textPiecesOf } from '../../lib/dom/text-ranges';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('rangeFromOffsets', () => {
  it('covers exactly the characters between two offsets in one text node', () => {
    document.body.innerHTML = '<p>Zinc is a cofactor for 300 enzymes.</p>';
    const { text, segments } = extractText(document.body);
    const start = text.indexOf('cofactor');
    const range = rangeFromOffsets(segments, start, start + 'cofactor'.length)!;
    expect(range.toString()).toBe('cofactor');
    expect(range.startContainer).toBe(range.endContainer);
  });

  it('marks a claim that spans a <b> boundary', () => {
    document.body.innerHTML = '<p>Zinc is a cofactor for <b>more than 300</b> enzymes in the body.</p>';
    const { text, segments } = extractText(document.body);
    const claim = 'cofactor for more than 300 enzymes';
    const start = text.indexOf(claim);
    const range = rangeFromOffsets(segments, start, start + claim.length)!;
    expect(range.toString()).toBe(claim);
    const pieces = textPiecesOf(range).map((p) => p.node.data.slice(p.start, p.end));
    expect(pieces).toEqual(['cofactor for ', 'more than 300', ' enzymes']);
  });

  it('ends a range at the end of an inline element, not at the start of the next node', () => {
    document.body.innerHTML = '<p>Take <em>zinc</em> daily.</p>';
    const { text, segments } = extractText(document.body);
    const start = text.indexOf('zinc');
    const range = rangeFromOffsets(segments, start, start + 4)!;
    expect(range.endContainer.textContent).toBe('zinc');
    expect(range.toString()).toBe('zinc');
  });

  it('gives no range for an empty span or for nodes that left the page', () => {
    document.body.innerHTML = '<p>Zinc daily.</p>';
    const { segments } = extractText(document.body);
    expect(rangeFromOffsets(segments, 3, 3)).toBeNull();
    document.body.replaceChildren();
    expect(rangeFromOffsets(segments, 0, 4)).toBeNull();
  });
});

describe('compareRanges', () => {
  it('orders ranges in the document and in open shadow roots by where they show on the page', () => {
    document.body.innerHTML = '<p id="a">first</p><div id="host"></div><p id="c">last</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>middle</p><p>middle two</p>';
    const around = (node: Node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return r;
    };
    const [first, last] = [around(document.getElementById('a')!), around(document.getElementById('c')!)];
    const [middle, middleTwo] = [...shadow.querySelectorAll('p')].map(around);
    const sorted = [last, middleTwo!, first, middle!].sort(compareRanges).map(String);
    expect(sorted).toEqual(['first', 'middle', 'middle two', 'last']);
  });
});
