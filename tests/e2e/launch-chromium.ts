import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Chromium with the built extension loaded, headless, in a fresh profile. Background
 * networking is off so the browser itself makes no requests the no-network check would
 * have to tell apart from Evident's.
 */
export function launchWithExtension(
  extensionDir: string,
  userDataDir: string,
  viewport = { width: 1100, height: 800 },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
