import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

/** The extension API inside the service worker (evaluate()d there). */
declare const chrome: typeof browser;

/** Debian's Chromium: Playwright cannot download a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Background networking is off so the browser itself makes no requests the no-network
 * check would have to tell apart from Evident's.
 */
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium with the built extension loaded, headless, in a fresh profile. */
export function launchWithExtension(
  extensionDir: string,
  userDataDir: string,
  viewport = { width: 1100, height: 800 },
): Promise<BrowserContext> {
  return launch(userDataDir, viewport, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);
}

/** The same browser with no extension at all: what a page costs without Evident (the bench). */
export function launchWithoutExtension(
  userDataDir: string,
  viewport = { width: 1100, height: 800 },
): Promise<BrowserContext> {
  return launch(userDataDir, viewport, ['--disable-extensions']);
}

function launch(
  userDataDir: string,
  viewport: { width: number; height: number },
  extra: string[],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [...ARGS, ...extra],
  });
}

/**
 * The extension's id for a page's tab. Evident has no `tabs` permission, so it cannot read
 * tabs' URLs: the page is brought to the front and the active tab of the focused window is it.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (typeof id !== 'number') throw new Error(`no tab for ${page.url()}`);
  return id;
}
