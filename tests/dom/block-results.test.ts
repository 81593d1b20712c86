// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ClaimMatch } from '../../lib/core/find-claims';
import { runKey, runKeys } from '../../lib/core/run-keys';
import { createBlockResults, textRuns } from '../../lib/dom/block-results';
import { extractText } from '../../lib/dom/extract-text';

const match = (start: number, end: number): ClaimMatch => ({
  claimId: 'c',
  start,
  end,
  score: 1,
  reasons: [],
  verdict: 'false',
  certainty: 'low',
  scope: 'human',
});

describe('block results', () => {
  it('splits extracted text into runs at block breaks, inline elements inside a run', () => {
    document.body.innerHTML = '<p>One <b>two</b></p><p>three</p>';
    const extracted = extractText(document.body);
    expect(textRuns(extracted).map((r) => extracted.text.slice(r.start, r.end))).toEqual(['One two', 'three']);
  });

  it('finds a block again by its text, anywhere, with offsets into the new text', () => {
    document.body.innerHTML = '<p>Alpha claim here.</p><p>Beta.</p>';
    const results = createBlockResults();
    const page = extractText(document.body);
    results.record(page, [match(6, 11)])(() => false);
    document.body.innerHTML = '<section><p>Beta.</p><div>Alpha <i>claim</i> here.</div></section>';
    const moved = extractText(document.body);
    const found = results.lookup(moved)!;
    expect(found.map((m) => moved.text.slice(m.start, m.end))).toEqual(['claim']);
  });

  it('finds a list item again by its text, its "- " part of its run', () => {
    document.body.innerHTML = '<p>Intro.</p><ul><li>Alpha claim here.</li></ul>';
    const results = createBlockResults();
    const page = extractText(document.body);
    const at = page.text.indexOf('claim');
    results.record(page, [match(at, at + 5)])(() => false);
    document.body.innerHTML = '<ol><li>Alpha <i>claim</i> here.</li></ol><p>Intro.</p>';
    const moved = extractText(document.body);
    expect(results.lookup(moved)!.map((m) => moved.text.slice(m.start, m.end))).toEqual(['claim']);
    document.body.innerHTML = '<p>Intro.</p><p>Alpha claim here.</p>';
    expect(results.lookup(extractText(document.body))).toBeNull();
  });

  it('records a long page in slices, each stopping when asked', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    const results = createBlockResults();
    const page = extractText(document.body);
    const step = results.record(page, []);
    let slices = 1;
    let calls = 0;
    while (step(() => ++calls % 2 === 0)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(results.lookup(page)).toEqual([]);
  });

  it('knows nothing of a block whose text changed, or of one a match crossed', () => {
    document.body.innerHTML = '<p>Alpha claim here.</p>';
    const results = createBlockResults();
    results.record(extractText(document.body), [match(0, 5)])(() => false);
    document.body.innerHTML = '<p>Alpha claim here!</p>';
    expect(results.lookup(extractText(document.body))).toBeNull();
    document.body.innerHTML = '<p>Alpha</p><p>claim</p>';
    const split = extractText(document.body);
    results.record(split, [match(0, 11)])(() => false);
    expect(results.lookup(split)).toBeNull();
  });

  it('keys a run by its text wherever it sits, and tells apart texts that differ by one character or in order', () => {
    const page = 'xx Alpha claim here. yy';
    const key = runKey(page, 3, 20);
    expect(key).toBe(runKey('Alpha claim here.', 0, 17));
    expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
    const keys = ['Alpha claim here!', 'alpha claim here.', 'claim Alpha here.', 'Alpha claim here', ''].map((t) =>
      runKey(t, 0, t.length),
    );
    expect(new Set([key, ...keys]).size).toBe(6);
  });

  it('keys the same runs from the text alone as from the page, as the background does for a scan', () => {
    document.body.innerHTML =
      '<h1>Title</h1>\n<p>One <b>two</b>\n three</p><ul><li>A <i>b</i></li><li></li><li>c</li></ul><div>d<p>e</p>f</div>';
    const page = extractText(document.body);
    expect(runKeys(page.text)).toEqual(textRuns(page).map((r) => runKey(page.text, r.start, r.end)));
    expect(runKeys('')).toEqual([]);
  });

  it('records with the keys the background sent, and keys the runs itself when those do not fit', () => {
    document.body.innerHTML = '<p>Alpha claim here.</p><p>Beta.</p>';
    const page = extractText(document.body);
    const sent = createBlockResults();
    sent.record(page, [match(6, 11)], runKeys(page.text))(() => false);
    expect(sent.lookup(page)).toEqual([match(6, 11)]);
    // One key too few (a section cut a run in two), or runs that do not lie between block breaks:
    // the keys are not used.
    const short = createBlockResults();
    short.record(page, [match(6, 11)], [1])(() => false);
    expect(short.lookup(page)).toEqual([match(6, 11)]);
    const node = document.createTextNode('a b');
    const odd = {
      text: 'a b',
      segments: [
        { node, start: 0, end: 1 },
        { node, start: 2, end: 3 },
      ],
    };
    const own = createBlockResults();
    own.record(odd, [], [7, 8])(() => false);
    expect(own.lookup(odd)).toEqual([]);
  });
});
