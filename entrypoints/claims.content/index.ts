import '@/lib/dom/marks.css';
import type { ClaimRecord, Verdict } from '@/lib/core/claim-types';
import type { Mark } from '@/lib/dom/mark-painter';
import { startPageMarker, type PageMarker } from '@/lib/dom/page-marker';
import { textQuoteOf } from '@/lib/dom/text-quote';
import { VERDICT_ORDER } from '@/lib/dom/verdict-labels';
import type { PageState } from '@/lib/extension/badge';
import { addDismissal, dismissalKey, dismissalKeys, getDismissals, watchDismissals } from '@/lib/extension/dismissals';
import { handleMessages, sendToBackground, type TabMessages } from '@/lib/extension/messages';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '@/lib/extension/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    const details = new Map<string, Promise<ClaimRecord | undefined>>();
    let marker: PageMarker | null = null;
    let stop: AbortController | null = null;
    let settings: Settings | null = null;
    /** "Hide marks on this page": this tab only, gone when the page is left or reloaded. */
    let hidden = false;
    let dismissed = new Set<string>();
    let reported = '';

    const report = (page: PageState) => {
      const key = JSON.stringify(page);
      if (key === reported || ctx.isInvalid) return;
      reported = key;
      void sendToBackground('claims-found', page).catch(() => undefined);
    };
    const worstOf = (marks: readonly Mark[]): Verdict | undefined =>
      VERDICT_ORDER.find((v) => marks.some((m) => m.verdict === v));
    const loadDetails = (claimId: string) => {
      let p = details.get(claimId);
      if (!p) {
        p = sendToBackground('get-claim-details', { claimIds: [claimId] }).then((r) => r[0]);
        details.set(claimId, p);
      }
      return p;
    };
    const dismiss = (mark: Mark) => {
      dismissed.add(dismissalKey(mark.claimId, mark.text));
      const { prefix, suffix } = textQuoteOf(mark.range);
      void loadDetails(mark.claimId).then((record) =>
        addDismissal(
          { claimId: mark.claimId, verdict: mark.verdict, text: mark.text, prefix, suffix },
          location.origin + location.pathname,
          { extensionVersion: browser.runtime.getManifest().version, claimReviewed: record?.reviewed },
        ),
      );
    };

    const apply = () => {
      if (!settings) return;
      const on = isSiteEnabled(settings, host);
      if (on && !hidden) {
        if (stop || ctx.isInvalid) return;
        const controller = (stop = new AbortController());
        marker = startPageMarker(document.body, {
          // Matching runs in the background, where the index is built once per session.
          scan: (request) => sendToBackground('scan-text', request),
          signal: AbortSignal.any([controller.signal, ctx.signal]),
          loadDetails,
          onChange: (marks) => report({ state: 'on', count: marks.length, worst: worstOf(marks) }),
          isDismissed: (m) => dismissed.has(dismissalKey(m.claimId, m.text)),
          onDismiss: dismiss,
        });
        return;
      }
      const count = marker?.marks().length ?? 0;
      if (stop) {
        stop.abort();
        stop = null;
        marker = null;
      }
      report(on ? { state: 'hidden', count } : { state: 'off', count: 0 });
    };

    handleMessages<TabMessages>(
      {
        'list-claims': () => ({
          host,
          active: marker !== null,
          hidden,
          scanning: marker?.scanning() ?? false,
          claims: (marker?.marks() ?? []).map((m) => ({
            markId: m.id,
            claimId: m.claimId,
            verdict: m.verdict,
            text: m.text,
          })),
        }),
        'reveal-claim': ({ markId }) => marker?.reveal(markId) ?? false,
        'set-marks-hidden': ({ hidden: hide }) => {
          hidden = hide;
          apply();
          return hidden;
        },
      },
      ctx.signal,
    );
    watchSettings((s) => {
      settings = s;
      apply();
    }, ctx.signal);
    watchDismissals((list) => (dismissed = dismissalKeys(list)), ctx.signal);
    void Promise.all([getSettings(), getDismissals().catch(() => [])]).then(([s, list]) => {
      dismissed = dismissalKeys(list);
      settings = s;
      apply();
    });
  },
});
