import type { recordMainThreadMeasures } from './measure-main-thread';
import type { startPageMarker } from './page-marker';

/**
 * The part of the content script a page pays for only once it names a topic: the page
 * marker (extraction, painters, popover, claims navigator). The always-loaded script
 * (entrypoints/claims.content) asks the background to run `page-marker.js` in its frame;
 * that script leaves this object on the content scripts' own global (their isolated world,
 * which no page script can read), and the always-loaded script picks it up from there.
 */
export interface PageMarkerModule {
  startPageMarker: typeof startPageMarker;
  /** The bundle has its own copy of the timeline switch (measure-main-thread.ts). */
  recordMainThreadMeasures: typeof recordMainThreadMeasures;
}

/** The file the background injects (entrypoints/page-marker.ts, built as an unlisted script). */
export const PAGE_MARKER_FILE = '/page-marker.js' as const;

const KEY = 'evidentPageMarker';

type WithModule = typeof globalThis & { [KEY]?: PageMarkerModule };

/** Called by the injected bundle: a second injection keeps the first module. */
export function providePageMarker(module: PageMarkerModule): void {
  (globalThis as WithModule)[KEY] ??= module;
}

/** The module the injected bundle left, or null if it has not run in this frame. */
export function injectedPageMarker(): PageMarkerModule | null {
  return (globalThis as WithModule)[KEY] ?? null;
}
