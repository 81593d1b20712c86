// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNameCheck, type NameCheckState } from '../../lib/core/name-check';
import { readNames, whenPageNamesTopic } from '../../lib/dom/page-names-topic';
import { recordMainThreadMeasures } from '../../lib/dom/measure-main-thread';

/** Two topics: zinc (one word) and "lab use" (two words that must both appear). */
const LIST = [[['zinc']], [['lab'], ['use']]];
/** The check asked in place, one check for the whole read. */
const check = () => {
  const local = createNameCheck(LIST);
  return (pieces: string[]) => local.feed(...pieces);
};
/** The check asked as the background answers it: a new check per question, the progress carried by the page. */
const remote = (carry = true) => {
  let progress: NameCheckState | undefined;
  let questions = 0;
  const ask = (pieces: string[]) => {
    questions++;
    const c = createNameCheck(LIST, carry ? progress : undefined);
    const named = c.feed(...pieces);
    progress = c.state();
    return Promise.resolve(named);
  };
  return { ask, questions: () => questions };
};
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

  it('ignores the text of a script or style given as the root itself (content added later)', async () => {
    const script = document.createElement('script');
    script.textContent = 'var zinc = 1';
    document.body.append(script);
    expect(await readNames([script], check(), never)).toBe(false);
    const template = document.createElement('template');
    template.innerHTML = '<p>zinc</p>';
    document.body.append(template);
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

describe('readNames, asking the background', () => {
  it('asks once for a short page', async () => {
    document.body.innerHTML = '<h1>Minerals</h1><p>Our <b>Zi</b>nc guide</p>';
    const bg = remote();
    expect(await readNames(document.body, bg.ask, never)).toBe(true);
    expect(bg.questions()).toBe(1);
  });

  it('asks about the top of the page first, and sends no more of a page that names its topic there', async () => {
    document.body.innerHTML = `<h1>Zinc</h1>${'<p>Flour, sugar and eggs.</p>'.repeat(5000)}`;
    const sent: number[] = [];
    const ask = (pieces: string[]) => {
      sent.push(pieces.join('').length);
      return createNameCheck(LIST).feed(...pieces);
    };
    expect(await readNames(document.body, ask, never)).toBe(true);
    expect(sent.length).toBe(1);
    expect(sent[0]).toBeLessThan(70_000); // of the page's 110,000 characters
    // A page that names no topic at its top is still read to its end.
    document.body.innerHTML = `${'<p>Flour, sugar and eggs.</p>'.repeat(5000)}<p>Zinc.</p>`;
    sent.length = 0;
    expect(await readNames(document.body, ask, never)).toBe(true);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThan(110_000);
  });

  it('asks once about a page the size of a typical article that names no topic', async () => {
    // 28,000 characters in 1,600 text nodes, half of them the white space between blocks.
    document.body.innerHTML = '<p>Flour, sugar and eggs, then bake it.</p>\n'.repeat(800);
    const bg = remote();
    // The clock stands still: a slice ends for its size here, never for a slow test machine.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    try {
      expect(await readNames(document.body, bg.ask, never)).toBe(false);
    } finally {
      clock.mockRestore();
    }
    expect(bg.questions()).toBe(1);
  });

  it('carries a name of two words across questions, the first word at the top of a long page and the second at its end', async () => {
    document.body.innerHTML = `<p>Our lab.</p>${'<p>Flour, sugar and eggs.</p>'.repeat(20000)}<p>We use it.</p>`;
    const bg = remote();
    expect(await readNames(document.body, bg.ask, never)).toBe(true);
    expect(bg.questions()).toBeGreaterThan(1);
    // Without the progress carried from one question to the next, the two words never meet.
    expect(await readNames(document.body, remote(false).ask, never)).toBe(false);
  });

  it('reads the nodes added later in one question', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const bg = remote();
    const named = whenPageNamesTopic(document.body, bg.ask, never);
    setTimeout(() => {
      for (const w of ['Now', 'with', 'zinc.']) document.body.insertAdjacentHTML('beforeend', `<p>${w}</p>`);
    }, 10);
    expect(await named).toBe(true);
    expect(bg.questions()).toBe(2);
  });
});

describe('whenPageNamesTopic', () => {
  it('resolves when content added later names a topic', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const named = whenPageNamesTopic(document.body, check(), never);
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p>Now with zinc.</p>'), 10);
    expect(await named).toBe(true);
  });

  it('says when the text already on the page has been read, and whether it named a topic', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const heard: boolean[] = [];
    const named = whenPageNamesTopic(document.body, check(), never, (found) => heard.push(found));
    await vi.waitFor(() => expect(heard).toEqual([false]));
    // Still waiting for content added later, which names one: the first read is not heard again.
    document.body.insertAdjacentHTML('beforeend', '<p>Now with zinc.</p>');
    expect(await named).toBe(true);
    expect(heard).toEqual([false]);
    document.body.innerHTML = '<p>Zinc and copper</p>';
    const again: boolean[] = [];
    expect(await whenPageNamesTopic(document.body, check(), never, (found) => again.push(found))).toBe(true);
    expect(again).toEqual([true]);
  });

  it('resolves false, and stops watching, when its signal aborts', async () => {
    document.body.innerHTML = '<p>Banana bread</p>';
    const controller = new AbortController();
    const named = whenPageNamesTopic(document.body, check(), controller.signal);
    controller.abort();
    expect(await named).toBe(false);
  });
});
