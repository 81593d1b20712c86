// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { innerRoots, rootHostedBy, type TextRoot } from '../../lib/dom/extract-roots';
import { extractTextSliced, isSkipped } from '../../lib/dom/extract-text';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A host with an open shadow root holding `html`; returns the root. */
function shadowIn(host: Element, html: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

/**
 * The roots the page marker reads with `root`, found as it does now: each root's extraction
 * tells of the hosts it comes to, and a root found is read in its turn.
 */
async function rootsFoundWhileReading(root: TextRoot): Promise<TextRoot[]> {
  const found: TextRoot[] = [];
  const queue: TextRoot[] = [root];
  for (let i = 0; i < queue.length; i++) {
    await extractTextSliced(queue[i]!, {
      onElement: (el, skipped) => {
        const inner = rootHostedBy(el, skipped);
        if (inner && !found.includes(inner)) {
          found.push(inner);
          queue.push(inner);
        }
      },
    });
  }
  return found;
}

describe('extractTextSliced onElement', () => {
  it('tells of every element it comes to, in page order, skipped ones too but nothing inside them', async () => {
    document.body.innerHTML =
      '<h2 id="a">Zinc</h2><div id="b" hidden><p id="c">inside a hidden block</p></div>' +
      '<p id="d">Text <b id="e">bold</b></p><pre id="f"><span id="g">code</span></pre>';
    const seen: string[] = [];
    await extractTextSliced(document.body, {
      sliceMs: 0, // a slice per clock look: the walk is told of elements across slices too
      onElement: (el, skipped) => seen.push(`${el.id || el.tagName.toLowerCase()}${skipped ? ' skipped' : ''}`),
    });
    expect(seen).toEqual(['body', 'a', 'b skipped', 'd', 'e', 'f skipped']);
  });

  it('agrees with isSkipped on every element it is told of', async () => {
    document.body.innerHTML =
      '<p style="display: none">x</p><p aria-hidden="true">y</p><p data-evident="off">z</p><p>w</p>';
    const told: [Element, boolean][] = [];
    await extractTextSliced(document.body, { onElement: (el, skipped) => told.push([el, skipped]) });
    expect(told).toHaveLength(5);
    for (const [el, skipped] of told) expect(skipped).toBe(isSkipped(el));
  });
});

describe('rootHostedBy, as an extraction comes to hosts', () => {
  it('finds the same shadow roots as a walk of their own, nested ones included, and none a skipped host holds', async () => {
    document.body.innerHTML =
      '<div id="open"></div><div hidden><div id="under-hidden"></div></div><div id="hidden-host" hidden></div>' +
      '<section><x-card id="card"></x-card></section><pre><span id="in-pre"></span></pre>';
    const open = shadowIn(document.getElementById('open')!, '<p>Open root text.</p><div id="nested"></div>');
    const nested = shadowIn(open.getElementById('nested')!, '<p>Nested root text.</p>');
    shadowIn(document.getElementById('under-hidden')!, '<p>Never read.</p>');
    shadowIn(document.getElementById('hidden-host')!, '<p>Never read.</p>');
    shadowIn(document.getElementById('in-pre')!, '<p>Never read.</p>');
    const card = shadowIn(document.getElementById('card')!, '<p>Card text.</p>');

    const found = await rootsFoundWhileReading(document.body);
    expect(new Set(found)).toEqual(new Set([open, nested, card]));
    expect(new Set(found)).toEqual(new Set(innerRoots(document.body)));
  });

  /**
   * A same-origin frame element as rootHostedBy sees it (happy-dom loads no frame documents; the
   * e2e run reads real ones): its tag, its attributes, and its document's body.
   */
  function frame(attributes: Record<string, string>, body: Element): Element {
    return {
      tagName: 'IFRAME',
      shadowRoot: null,
      hasAttribute: (name: string) => name in attributes,
      getAttribute: (name: string) => attributes[name] ?? null,
      contentDocument: { body },
    } as unknown as Element;
  }

  it('reads a frame whatever the walk says of the frame element itself (its tag is never read as text)', () => {
    const body = document.createElement('body');
    expect(rootHostedBy(frame({}, body), true)).toBe(body);
    expect(rootHostedBy(frame({ 'data-evident': 'on' }, body), true)).toBe(body);
  });

  it('leaves out a frame the page hides or marks off, and an element hosting nothing', () => {
    const body = document.createElement('body');
    expect(rootHostedBy(frame({ hidden: '' }, body), true)).toBeNull();
    expect(rootHostedBy(frame({ 'data-evident': 'off' }, body), true)).toBeNull();
    document.body.innerHTML = '<p id="plain"></p>';
    expect(rootHostedBy(document.getElementById('plain')!, false)).toBeNull();
  });
});
