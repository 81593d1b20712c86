import { browser } from 'wxt/browser';
import type { ClaimRecord, Verdict } from '@/lib/core/claim-types';
import type { NameCheckState } from '@/lib/core/name-check';
import { joinPieces } from '@/lib/core/name-check-pieces';
import type { Mark } from '@/lib/dom/mark-painter';
import { markMoment, recordMainThreadMeasures } from '@/lib/dom/measure-main-thread';
import { whenPageNamesTopic } from '@/lib/dom/page-names-topic';
import type { PageMarker } from '@/lib/dom/page-marker';
import { injectedPageMarker, type PageMarkerModule } from '@/lib/dom/page-marker-module';
import { textQuoteOf } from '@/lib/dom/text-quote';
import { VERDICT_ORDER } from '@/lib/dom/verdict-labels';
import type { PageState } from '@/lib/extension/badge';
import {
  addDismissal,
  dismissalKey,
  dismissalKeys,
  getDismissals,
  watchDismissals,
  type Dismissal,
} from '@/lib/extension/dismissals';
import { fromExtensionPage, handleMessages, sendToBackground, type TabMessages } from '@/lib/extension/messages';
import { getSettingsWith, isSiteEnabled, watchSettings, type Settings } from '@/lib/extension/settings';

const MEASURES_FLAG = 'evident-debug-measures';

/**
 * The page marker, run in this frame by the background when it answers that the page names a
 * topic (a page that names none never compiles it), or asked for here if that did not happen;
 * null if the background could not run it.
 */
async function loadPageMarker(): Promise<PageMarkerModule | null> {
  if (!injectedPageMarker()) await sendToBackground('load-page-marker', {}).catch(() => false);
  return injectedPageMarker();
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Registered by the background, out of the sites where Evident is off
  // (lib/extension/content-script-registration.ts).
  registration: 'runtime',
  // Nothing is posted to the page's own window when the script starts.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const host = location.hostname;
    const details = new Map<string, Promise<ClaimRecord | undefined>>();
    let marker: PageMarker | null = null;
    /** The page's text is being read for names, or its marker is being brought in (no marker yet). */
    let reading = false;
    let stop: AbortController | null = null;
    let settings: Settings | null = null;
    /** "Hide marks on this page": this tab only, gone when the page is left or reloaded. */
    let hidden = false;
    let dismissed = new Set<string>();
    /** A change of dismissals seen before the first read of them answered: it is the newer. */
    let dismissalsSeen = false;
    let reported = '';
    let firstMarked = false;
    let measuring = false;

    const report = (page: PageState) => {
      // On the page's timeline for `npm run bench`: how long a reader waits for the first mark.
      if (page.count > 0 && !firstMarked) {
        firstMarked = true;
        markMoment('evident-first-mark');
      }
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

    const apply = async () => {
      if (!settings) return;
      const on = isSiteEnabled(settings, host);
      if (on && !hidden) {
        if (stop || ctx.isInvalid) return;
        const controller = (stop = new AbortController());
        const signal = AbortSignal.any([controller.signal, ctx.signal]);
        // A page that names no topic can get no mark: it is read no further than this check
        // (until content added later names one). Without an answer (the background failed),
        // the page is read in full as before.
        // Until a claim is found the page has none: the background's badge says so when the
        // page first asks about its names (one message fewer on every page).
        reported = JSON.stringify({ state: 'on', count: 0 });
        // The check itself runs in the background (warm, its list built once): the page walks
        // its text nodes and sends their text a slice at a time, carrying the check's progress.
        let progress: NameCheckState | null = null;
        /** The reader's dismissals, as the background sent them with its yes. */
        let sentDismissals: Dismissal[] | undefined;
        const askNames = async (pieces: string[]) => {
          const reply = await sendToBackground('name-check', { text: joinPieces(pieces), state: progress }).catch(
            () => null,
          );
          if (!reply) return true; // the background failed: the page is read in full, as without the check
          progress = reply.state;
          sentDismissals = reply.dismissals;
          return reply.named;
        };
        // Until the page's text has been read, and from when it names a topic until its marker
        // is running, the page is still being read: a popup asking then waits for its claims.
        reading = true;
        const named = await whenPageNamesTopic(document.body, askNames, signal, (found) => (reading = found));
        reading = named && !signal.aborted && !ctx.isInvalid;
        if (!reading) return;
        const [module, list] = await Promise.all([
          loadPageMarker(),
          sentDismissals ?? getDismissals().catch(() => null),
        ]);
        if (list && !dismissalsSeen) dismissed = dismissalKeys(list);
        reading = false;
        if (!module) {
          console.error('Evident: the page marker could not be loaded in this page');
          return;
        }
        if (signal.aborted || ctx.isInvalid) return;
        module.recordMainThreadMeasures(measuring);
        marker = module.startPageMarker(document.body, {
          // Matching runs in the background, where the index is built once per session.
          scan: (request) => sendToBackground('scan-text', request),
          signal,
          loadDetails,
          onChange: (marks) => report({ state: 'on', count: marks.length, worst: worstOf(marks) }),
          // Dismissed by the reader here, or of a verdict they chose not to see marked.
          // (The key is a hash of the text: made only when the reader has dismissed something,
          // as it cost 0.2 s on a 5 MB article's 12,000 marks.)
          isDismissed: (m) =>
            (dismissed.size > 0 && dismissed.has(dismissalKey(m.claimId, m.text))) ||
            (settings?.hiddenVerdicts.includes(m.verdict) ?? false),
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
        // Only the popup (an extension page) asks; anything else learns nothing.
        'list-claims': (_, sender) => ({
          host,
          active: stop !== null,
          hidden,
          scanning: marker ? marker.scanning() : reading,
          claims: (fromExtensionPage(sender) ? (marker?.marks() ?? []) : []).map((m) => ({
            markId: m.id,
            claimId: m.claimId,
            verdict: m.verdict,
            text: m.text,
          })),
        }),
        'reveal-claim': ({ markId }, sender) => (fromExtensionPage(sender) && marker?.reveal(markId)) || false,
        'set-marks-hidden': ({ hidden: hide }, sender) => {
          if (!fromExtensionPage(sender)) return hidden;
          hidden = hide;
          void apply();
          return hidden;
        },
      },
      ctx.signal,
    );
    watchSettings((s) => {
      // Verdicts shown or hidden change which marks the page has: it is read again.
      const verdictsChanged = settings && s.hiddenVerdicts.join() !== settings.hiddenVerdicts.join();
      settings = s;
      if (verdictsChanged && stop) {
        stop.abort();
        stop = null;
        marker = null;
      }
      void apply();
    }, ctx.signal);
    watchDismissals((list) => {
      dismissalsSeen = true;
      dismissed = dismissalKeys(list);
    }, ctx.signal);
    // One read of the settings and of the bench's flag (`npm run bench` sets it in the
    // extension's storage, where no page can reach it); dismissals wait for a page that names a topic.
    void getSettingsWith([MEASURES_FLAG]).then(({ settings: s, values }) => {
      measuring = values[MEASURES_FLAG] === true;
      recordMainThreadMeasures(measuring);
      settings ??= s;
      void apply();
    });
  },
});
