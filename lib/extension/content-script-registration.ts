import { browser } from 'wxt/browser';
import { isSiteEnabled, type Settings } from './settings';

/**
 * Where the always-loaded content script runs, kept in step with the reader's switches: it is
 * registered at run time (scripting.registerContentScripts), not in the manifest, so a site the
 * reader turned off never pays for its world and start (issue 8: +8 ms per load where Evident
 * was off), and with Evident off everywhere no page does. The script still reads the settings
 * itself, so a registration that lags a switch, or a site that cannot be written as a match
 * pattern, only costs what the script cost before, never a mark where Evident is off.
 */

export const CONTENT_SCRIPT_ID = 'evident-claims';
/** The bundle of entrypoints/claims.content (registration 'runtime': not in the manifest). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/claims.js' as const;
/** Every page the script may run on. */
export const PAGES = ['http://*/*', 'https://*/*'];

/** A host a match pattern can name exactly (letters, digits, hyphens, dots; punycode as the URL gives it). */
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;

/** The match pattern for every page of `host` (any scheme the script runs on, any port), or null. */
export function sitePattern(host: string): string | null {
  return PLAIN_HOST.test(host) ? `*://${host}/*` : null;
}

/** What the registration should be for `settings`: null when Evident is off everywhere. */
export function registrationFor(settings: Settings): { matches: string[]; excludeMatches: string[] } | null {
  if (!settings.enabled) return null;
  const excludeMatches = settings.disabledSites.map(sitePattern).filter((p): p is string => p !== null);
  return { matches: PAGES, excludeMatches };
}

interface Registered {
  matches?: string[];
  excludeMatches?: string[];
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && [...(a ?? [])].sort().join('\n') === [...b].sort().join('\n');

/**
 * Brings the registration in line with `settings` (registers, updates or removes it; nothing
 * when it already agrees). Should the browser refuse the site list, the script is registered
 * without it: it then starts on those sites too and stays idle there, as before.
 */
async function applyRegistration(settings: Settings): Promise<void> {
  const want = registrationFor(settings);
  const [have] = (await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] })) as Registered[];
  if (!want) {
    if (have) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return;
  }
  if (have && same(have.matches, want.matches) && same(have.excludeMatches, want.excludeMatches)) return;
  const script = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: want.matches,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const write = (excludeMatches: string[]) =>
    have
      ? browser.scripting.updateContentScripts([{ ...script, excludeMatches }])
      : browser.scripting.registerContentScripts([{ ...script, excludeMatches }]);
  try {
    await write(want.excludeMatches);
  } catch (err) {
    if (want.excludeMatches.length === 0) throw err;
    console.error('Evident: the sites turned off could not be left out of the content script', err);
    await write([]);
  }
}

/**
 * Keeps the registration in step: `sync(settings)` calls run one after another (two at once
 * would both register and one fail), the last one winning.
 */
export function contentScriptRegistration(): { sync(settings: Settings): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  return {
    sync(settings) {
      queue = queue
        .catch(() => undefined)
        .then(() => applyRegistration(settings))
        .catch((err: unknown) => console.error('Evident: could not register the content script', err));
      return queue;
    },
  };
}

/** Whether `url` is a page the content script runs on when its site is on. */
export function isScriptablePage(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//.test(url);
}

/** Whether the page at `url` should have the content script under `settings`. */
export function wantsContentScript(settings: Settings, url: string, host: string): boolean {
  return isScriptablePage(url) && isSiteEnabled(settings, host);
}
