// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createNameCheck } from '../../lib/core/name-check';
import { readNames, whenPageNamesTopic } from '../../lib/dom/page-names-topic';
import { recordMainThreadMeasures } from '../../lib/dom/measure-main-thread';

/** Two topics: zinc (one word) and "lab use" (two words that must both appear). */
const LIST = [[['zinc']], [['lab'], ['use']]];
const check = () => createNameCheck(LIST);
const never = new AbortController().signal;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('readNames', () => {
  it('says yes for a page that names a topic, across inline elements', async () => {
    document.body.innerHTML = '<h1>Minerals</h1><p>Our <b>Zi</b>nc guide</p>';
    expect(await readNames(document.body, check(), never)).toBe(true);
  });

  it('says no for a page that names none, and ignores script and style text', async () => {
    document.body.innerHTML = '<p>Banana bread</p><script>var zinc = 1</script><style>.zinc{}</style>';
    expect(await readNames(document.body, check(), never)).toBe(false);
  });

  it('reads a long page in slices and still finds a name at its very end', async () => {
    document.body.innerHTML = `${'<p>Flour, sugar and eggs.</p>'.repeat(3000)}<p>A lab we use.</p>`;
    recordMainThreadMeasures(true);
    performance.clearMeasures('evident-name-check');
    expect(await readNames(document.body, check(), never)).toBe(true);
    expect(performance.getEntriesByName('evident-name-check').length).toBeGreaterThan(0);
    recordMainThreadMeasures(false);
  });
});

describe('whenPageNamesTopic', () => {
  it('resolves when content added later names a topic', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const named = whenPageNamesTopic(document.body, check(), never);
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p>Now with zinc.</p>'), 10);
    expect(await named).toBe(true);
  });

  it('resolves false, and stops watching, when its signal aborts', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const controller = new AbortController();
    const named = whenPageNamesTopic(document.body, check(), controller.signal);
    controller.abort();
    expect(await named).toBe(false);
  });
});
