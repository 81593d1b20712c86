// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText, extractTextSliced, locateOffset } from '../../lib/dom/extract-text';
import { recordMainThreadMeasures } from '../../lib/dom/measure-main-thread';
import { htmlText } from '../../lib/cli/html-text';

beforeEach(() => {
  document.body.replaceChildren();
});

function textOf(html: string): string {
  document.body.innerHTML = html;
  return extractText(document.body).text;
}

describe('extractText', () => {
  it('reads visible text and turns block boundaries into line breaks', () => {
    expect(textOf('<h2>Title</h2><p>One <b>bold</b> word.</p><p>Two.</p>')).toBe('Title\nOne bold word.\nTwo.');
  });

  it.each([
    ['script', '<script>var zinc = 1;</script>'],
    ['style', '<style>.zinc { color: red }</style>'],
    ['code', '<code>zinc()</code>'],
    ['pre', '<pre>zinc block</pre>'],
    ['textarea', '<textarea>zinc note</textarea>'],
    ['contenteditable', '<div contenteditable="true">zinc draft</div>'],
    ['the hidden attribute', '<div hidden>zinc hidden</div>'],
    ['display: none', '<div style="display: none">zinc hidden</div>'],
    ['aria-hidden', '<div aria-hidden="true">zinc aside</div>'],
    ['data-evident="off"', '<section data-evident="off"><p>zinc quoted</p></section>'],
    ['Evident’s own UI', '<evident-popover>zinc popover</evident-popover><div data-evident-ui>zinc list</div>'],
  ])('skips text inside %s', (_, html) => {
    expect(textOf(`<p>Before.</p>${html}<p>After.</p>`)).not.toContain('zinc');
  });

  it('skips an element a script hid through its style, with no attribute written in the page', () => {
    document.body.innerHTML = '<p>Before.</p><div>zinc hidden</div><div>zinc gone</div><p>After.</p>';
    const [hidden, gone] = [...document.body.querySelectorAll('div')] as HTMLElement[];
    hidden!.style.visibility = 'hidden';
    gone!.style.display = 'none';
    expect(extractText(document.body).text).toBe('Before.\nAfter.');
  });

  it('reads the page text inside a wrapped evident-mark', () => {
    expect(textOf('<p>Zinc <evident-mark>boosts</evident-mark> nothing.</p>')).toBe('Zinc boosts nothing.');
  });

  it('reads a list item after "- ", as a page’s text shows a bulleted line, mapped to no text node', () => {
    document.body.innerHTML =
      '<p>Benefits of HGH:</p><ul><li>More <b>energy</b></li><li><p>Better sleep</p></li><li></li></ul><p>Next.</p>';
    const { text, segments } = extractText(document.body);
    expect(text).toBe('Benefits of HGH:\n- More energy\n- Better sleep\nNext.');
    expect(locateOffset(segments, text.indexOf('More'), 'start')?.node.data).toBe('More ');
    expect(segments.map((s) => text.slice(s.start, s.end))).not.toContain('- ');
    expect(htmlText(document.body.innerHTML)).toBe(text);
  });

  it('keeps every character at its offset inside a text node', () => {
    document.body.innerHTML = '<p>Alpha\tbeta</p><p>gamma <i>delta</i></p>';
    const { text, segments } = extractText(document.body);
    const at = locateOffset(segments, text.indexOf('delta'), 'start');
    expect(at?.node.data).toBe('delta');
    expect(at?.offset).toBe(0);
    expect(text).toBe('Alpha beta\ngamma delta');
  });
});

describe('extractTextSliced', () => {
  const page = () => {
    const parts: string[] = [];
    for (let i = 0; i < 400; i++)
      parts.push(
        `<h2>Part ${i}</h2><p>Zinc <b>supports</b> ${i} enzymes.<span hidden>no</span></p><ul><li>one</li></ul>`,
      );
    document.body.innerHTML = parts.join('');
  };

  it('reads exactly what extractText reads, with the same map back to the nodes', async () => {
    page();
    const whole = extractText(document.body);
    const sliced = await extractTextSliced(document.body, { sliceMs: 0 });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments).toEqual(whole.segments);
  });

  it('gives the page its turn between slices and records each slice as a measure', async () => {
    page();
    recordMainThreadMeasures(true); // as the bench switches it on; off, no page sees a measure
    performance.clearMeasures('evident-extract');
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    await extractTextSliced(document.body, { sliceMs: 0 });
    clearInterval(ticking);
    expect(performance.getEntriesByName('evident-extract').length).toBeGreaterThan(5);
    expect(turns).toBeGreaterThan(0);
    recordMainThreadMeasures(false);
    performance.clearMeasures('evident-extract');
    await extractTextSliced(document.body, { sliceMs: 0 });
    expect(performance.getEntriesByName('evident-extract')).toEqual([]);
  });

  it('stops when its signal aborts', async () => {
    page();
    const controller = new AbortController();
    const reading = extractTextSliced(document.body, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('turned off'));
    await expect(reading).rejects.toThrow('turned off');
  });
});
