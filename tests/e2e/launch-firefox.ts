import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR: no browser can be downloaded here. */
export const FIREFOX = '/usr/bin/firefox-esr';

/** Firefox ESR, headless, driven over WebDriver BiDi, with a built extension as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<{ browser: Browser; id: string }> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    return { browser, id: await browser.installExtension(extensionDir) };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
