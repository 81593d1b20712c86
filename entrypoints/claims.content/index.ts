import { browser } from 'wxt/browser';
import type { ClaimRecord } from '@/lib/core/claim-types';
import { createNameCheck, type NameCheckList } from '@/lib/core/name-check';
import { whenPageNamesTopic } from '@/lib/dom/page-names-topic';
import { markMoment, recordMainThreadMeasures } from '@/lib/dom/measure-main-thread';
import { startPageMarker, type PageMarker } from '@/lib/dom/page-marker';
import { fromExtensionPage, handleMessages, sendToBackground, type TabMessages } from '@/lib/extension/messages';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '@/lib/extension/settings';

const MEASURES_FLAG = 'evident-debug-measures';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    const details = new Map<string, Promise<ClaimRecord | undefined>>();
    let marker: PageMarker | null = null;
    let stop: AbortController | null = null;
    let reported = -1;
    let firstMarked = false;

    const report = (count: number) => {
      // On the page's timeline for `npm run bench`: how long a reader waits for the first mark.
      if (count > 0 && !firstMarked) {
        firstMarked = true;
        markMoment('evident-first-mark');
      }
      if (count === reported || ctx.isInvalid) return;
      reported = count;
      void sendToBackground('claims-found', { count }).catch(() => undefined);
    };
    const loadDetails = (claimId: string) => {
      let p = details.get(claimId);
      if (!p) {
        p = sendToBackground('get-claim-details', { claimIds: [claimId] }).then((r) => r[0]);
        details.set(claimId, p);
      }
      return p;
    };

    let names: Promise<NameCheckList> | null = null;

    const apply = async (settings: Settings) => {
      if (isSiteEnabled(settings, host)) {
        if (stop) return;
        const controller = (stop = new AbortController());
        const signal = AbortSignal.any([controller.signal, ctx.signal]);
        // A page that names no topic can get no mark: it is read no further than this check
        // (until content added later names one).
        // Without the list (the background failed), the page is read in full as before.
        const list = await (names ??= sendToBackground('name-check-list', {})).catch(() => null);
        if (list && !(await whenPageNamesTopic(document.body, createNameCheck(list), signal))) return;
        if (signal.aborted || ctx.isInvalid) return;
        marker = startPageMarker(document.body, {
          // Matching runs in the background, where the index is built once per session.
          scan: (request) => sendToBackground('scan-text', request),
          signal,
          loadDetails,
          onChange: (marks) => report(marks.length),
        });
      } else if (stop) {
        stop.abort();
        stop = null;
        marker = null;
        report(0);
      }
    };

    handleMessages<TabMessages>(
      {
        // Only the popup (an extension page) asks; anything else learns nothing.
        'list-claims': (_, sender) => ({
          host,
          active: stop !== null,
          scanning: marker?.scanning() ?? false,
          claims: (fromExtensionPage(sender) ? (marker?.marks() ?? []) : []).map((m) => ({
            markId: m.id,
            claimId: m.claimId,
            verdict: m.verdict,
            text: m.text,
          })),
        }),
        'reveal-claim': ({ markId }, sender) => (fromExtensionPage(sender) && marker?.reveal(markId)) || false,
      },
      ctx.signal,
    );
    // `npm run bench` sets this flag in the extension's storage, where no page can reach it.
    void browser.storage.local
      .get(MEASURES_FLAG)
      .then((r) => recordMainThreadMeasures(r[MEASURES_FLAG] === true))
      .catch(() => undefined);
    watchSettings((s) => void apply(s), ctx.signal);
    void getSettings().then(apply);
  },
});
