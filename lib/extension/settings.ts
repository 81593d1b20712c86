import { browser } from 'wxt/browser';
import { VERDICTS, type Verdict } from '../core/claim-types';

/** What the user turned on and off; kept in storage.local, never synced anywhere. */
export interface Settings {
  /** "On everywhere". */
  enabled: boolean;
  /** Host names (example.com) where the user turned Evident off, sorted. */
  disabledSites: string[];
  /** Verdicts the reader chose not to see marked ("every supported claim is noise to me"). */
  hiddenVerdicts: Verdict[];
}

const KEY = 'evident-settings';
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], hiddenVerdicts: [] };

export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return readSettings(stored);
}

/**
 * The settings and other stored values in one read: the content script's start asks the
 * browser once (each answer is a task on the page's main thread).
 */
export async function getSettingsWith(
  keys: readonly string[],
): Promise<{ settings: Settings; values: Record<string, unknown> }> {
  const values = await browser.storage.local.get([KEY, ...keys]);
  return { settings: readSettings(values[KEY]), values };
}

/** Tolerates a missing or damaged stored value: the defaults fill whatever is wrong. */
function readSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(v.disabledSites)
      ? v.disabledSites.filter((s): s is string => typeof s === 'string')
      : [],
    hiddenVerdicts: Array.isArray(v.hiddenVerdicts)
      ? VERDICTS.filter((verdict) => (v.hiddenVerdicts as unknown[]).includes(verdict))
      : [],
  };
}

async function saveSettings(settings: Settings): Promise<Settings> {
  await browser.storage.local.set({ [KEY]: settings });
  return settings;
}

export async function setEnabledEverywhere(enabled: boolean): Promise<Settings> {
  return saveSettings({ ...(await getSettings()), enabled });
}

/**
 * Turns Evident off or on for one site. With `everywhereToo`, turning a site on while Evident
 * is off everywhere turns it on everywhere as well (the sites turned off one by one stay off):
 * a switch that reads "on for this site" must not leave the site off.
 */
export async function setEnabledForSite(
  host: string,
  enabled: boolean,
  options: { everywhereToo?: boolean } = {},
): Promise<Settings> {
  const settings = await getSettings();
  const sites = new Set(settings.disabledSites);
  if (enabled) sites.delete(host);
  else sites.add(host);
  const everywhere = enabled && options.everywhereToo ? true : settings.enabled;
  return saveSettings({ ...settings, enabled: everywhere, disabledSites: [...sites].sort() });
}

/** Marks claims of `verdict` again, or stops marking them, on every site. */
export async function setVerdictShown(verdict: Verdict, shown: boolean): Promise<Settings> {
  const settings = await getSettings();
  const hidden = new Set(settings.hiddenVerdicts);
  if (shown) hidden.delete(verdict);
  else hidden.add(verdict);
  return saveSettings({ ...settings, hiddenVerdicts: VERDICTS.filter((v) => hidden.has(v)) });
}

/** The site part of a URL that the per-site switch uses ("" for pages without a host). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/**
 * Calls `onChange` with the new settings (and the ones they replace) whenever they change,
 * until `signal` aborts.
 */
export function watchSettings(onChange: (settings: Settings, before: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes)
      onChange(readSettings(changes[KEY]!.newValue), readSettings(changes[KEY]!.oldValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
