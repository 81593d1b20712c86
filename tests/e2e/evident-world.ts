import type { Page } from 'playwright-core';

/**
 * Runs `fn(arg)` in the page's Evident content-script world (Chromium's isolated world for
 * the extension, reached over CDP). Evident's UI lives in closed shadow roots that the
 * page's own scripts, and so Playwright's locators, cannot open; from the extension's world,
 * `chrome.dom.openOrClosedShadowRoot` can, as a reader's assistive technology can read it.
 * `fn` receives `ui(selector)`: the shadow root of the first Evident host matching it.
 */
export async function inEvidentWorld<A, R>(
  page: Page,
  fn: (ui: (selector: string) => ShadowRoot | null, arg: A) => R,
  arg: A,
): Promise<Awaited<R>> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.name === 'Evident',
    );
    if (!world) throw new Error(`no Evident world in ${page.url()} (${contexts.map((c) => c.name).join(', ')})`);
    const expression = `(async () => {
      const ui = (s) => { const h = document.querySelector(s); return h ? chrome.dom.openOrClosedShadowRoot(h) : null; };
      return (${fn.toString()})(ui, ${JSON.stringify(arg)});
    })()`;
    const r = await session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as Awaited<R>;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
