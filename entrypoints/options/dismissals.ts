import { browser } from 'wxt/browser';
import { renderDismissals } from '@/lib/dom/dismissals-view';
import { clearDismissals, exportDismissals, getDismissals, watchDismissals } from '@/lib/extension/dismissals';

/** The "Marks you dismissed" section, kept current as dismissals change in any tab. */
export function mountDismissals(section: HTMLElement): void {
  const version = browser.runtime.getManifest().version;
  const draw = async () => {
    const list = await getDismissals();
    renderDismissals(
      section,
      list
        .slice()
        .reverse()
        .map((d) => ({
          key: `${d.claimId}#${d.sentenceHash}`,
          claimId: d.claimId,
          verdict: d.verdict,
          exact: d.quote.exact,
          dismissedAt: d.dismissedAt,
        })),
      {
        forget: (key) => void clearDismissals([key]),
        forgetAll: () => void clearDismissals(),
        exportJson: () => exportDismissals(list, version),
      },
    );
  };
  watchDismissals(() => void draw(), new AbortController().signal);
  void draw();
}
