/**
 * One traced page load for the browser benches (browser.ts, ab.ts): the tab's renderer main
 * thread from a Chrome trace, its JS heap, and what Evident says it did (first mark, marks,
 * claims counted, its measured slices).
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { tabIdOf } from '../e2e/launch-chromium';
import type { BenchPage } from './bench-pages';
import { mainThreadCost, type MainThreadCost } from './main-thread-trace';
import { startTrace } from './main-thread-trace';

/** The extension API inside the service worker (evaluate()d there). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  action: { getTitle(details: { tabId: number }): Promise<string> };
  scripting?: { getRegisteredContentScripts(): Promise<{ excludeMatches?: string[] }[]> };
};

export const WINDOW_MS = 2500; // at least: a seed page loads, and Evident starts, checks, reads and paints well within
const QUIET_MS = 1000; // Evident is done when its last paint is this far behind

/** Evident on, Evident off for the site (the page's host), no extension. */
export type Condition = 'on' | 'off' | 'none';

export interface Sample extends MainThreadCost {
  heapMiB: number;
  firstMarkMs: number | null;
  /** Marks painted (in the highlight registry) when the load was over. */
  marks: number;
  /** Claims Evident counted on the page (its toolbar button's title): on a long page, more than it paints. */
  claims: number;
  /** Evident's own measured slices (extraction, painting): the longest, ms. */
  longestSliceMs: number;
  /** When the load was over for the bench (Evident quiet where it marks), ms after navigation. */
  doneMs: number;
}

export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Turns Evident on or off for the bench's site, and waits until the content script's run-time
 * registration (lib/extension/content-script-registration.ts) agrees, so the next load sees
 * the switch as a reader's next page would (a build that registers in its manifest has none).
 */
export async function setSiteEnabled(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(
    (sites) => chrome.storage.local.set({ 'evident-settings': { enabled: true, disabledSites: sites } }),
    enabled ? [] : ['localhost'],
  );
  for (let tries = 0; tries < 100; tries++) {
    const excluded = await worker.evaluate(async () => {
      const registered = (await chrome.scripting?.getRegisteredContentScripts()) ?? [];
      return registered.length === 0 ? null : (registered[0]!.excludeMatches ?? []).length > 0;
    });
    if (excluded === null || excluded === !enabled) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the content script registration did not follow the site switch');
}

/** Evident has painted its first mark and its last paint is QUIET_MS behind: its work on the page is done. */
function evidentQuiet(quiet: number): boolean {
  const paints = performance.getEntriesByName('evident-paint');
  const last = paints[paints.length - 1];
  return (
    performance.getEntriesByName('evident-first-mark').length > 0 &&
    last !== undefined &&
    performance.now() - (last.startTime + last.duration) > quiet
  );
}

/**
 * One traced load. Every condition waits the same `windowMs` from navigation (no polling
 * in between, which would add work to the page); Evident on a page with claims may take
 * longer, and then the trace still counts only that window.
 */
export async function load(
  worker: Worker | null,
  context: BrowserContext,
  url: string,
  condition: Condition,
  page: BenchPage,
  windowMs: number,
): Promise<Sample> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const stop = await startTrace(cdp);
    await tab.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await tab.waitForLoadState('load', { timeout: 120_000 });
    const sinceNavigation = await tab.evaluate(() => performance.now());
    await tab.waitForTimeout(Math.max(0, windowMs - sinceNavigation));
    // Polled with plain evaluate() calls: waitForFunction brings Playwright's injected script
    // into the page (0.5 MiB of JS heap, measured), and only this condition waits, so the
    // heap figure counted it as Evident's (seed pages read +1.1 MiB where Evident adds 0.65).
    for (let waited = 0; condition === 'on' && !page.noTopic && !(await tab.evaluate(evidentQuiet, QUIET_MS));) {
      if ((waited += 1000) > 180_000) throw new Error(`${url}: Evident was not quiet within 180 s`);
      await tab.waitForTimeout(1000);
    }
    const events = await stop();
    const seen = await tab.evaluate(() => {
      let marks = 0;
      // Evident's highlight names are random per load (mark-style.ts) and the bench pages have
      // none of their own: every range in the registry is a painted mark (or the current one).
      for (const h of CSS.highlights.values()) marks += h.size;
      const first = performance.getEntriesByName('evident-first-mark')[0];
      const slices = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('evident-'));
      return {
        marks,
        firstMarkMs: first ? first.startTime : null,
        longestSliceMs: Math.max(0, ...slices.map((m) => m.duration)),
        doneMs: performance.now(),
      };
    });
    let claims = NaN;
    if (worker && condition === 'on') {
      const title = await worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), await tabIdOf(worker, tab));
      claims = Number(/(\d+) health claims?/.exec(title)?.[1] ?? 0);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ...mainThreadCost(events, url, windowMs), ...seen, claims, heapMiB: heap / 1024 / 1024 };
  } finally {
    await tab.close();
  }
}
