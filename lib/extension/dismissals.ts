import { browser } from 'wxt/browser';
import type { Verdict } from '../core/claim-types';

/**
 * "Not this claim": marks a reader dismissed as wrong matches. Kept in storage.local only
 * and never sent anywhere. A dismissal is keyed by the claim id and a hash of the marked
 * sentence, so the mark stays away wherever that sentence is read again; the page is kept
 * as a hash too, never as its URL. The options page lists them, clears them and exports
 * them as JSON for a reader who chooses to report a wrong match by hand.
 */
export interface Dismissal {
  claimId: string;
  verdict: Verdict;
  /** Hash of the marked text (whitespace collapsed): with the claim id, the key. */
  sentenceHash: string;
  /** Hash of the page's origin and path: which page, without saying it. */
  pageHash: string;
  /** The marked text and a little context, as a W3C Web Annotation TextQuoteSelector. */
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  /** When (ISO 8601), and with which Evident and claims review date. */
  dismissedAt: string;
  extensionVersion: string;
  claimReviewed?: string;
}

const KEY = 'evident-dismissals';
const MAX_KEPT = 2000; // far more than a reader dismisses; past it the oldest go first

export const dismissalKey = (claimId: string, text: string): string => `${claimId}#${hashText(normalise(text))}`;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A 64-bit FNV-1a hash as 16 hex digits: enough to tell sentences apart, and synchronous
 * (crypto.subtle is missing on plain-http pages, where the content script also runs).
 */
export function hashText(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * prime);
  return h.toString(16).padStart(16, '0');
}

export async function getDismissals(): Promise<Dismissal[]> {
  return readDismissals((await browser.storage.local.get(KEY))[KEY]);
}

/** Keeps only well-formed entries: a damaged store loses what is damaged, not the rest. */
function readDismissals(value: unknown): Dismissal[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (d): d is Dismissal =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as Dismissal).claimId === 'string' &&
      typeof (d as Dismissal).sentenceHash === 'string' &&
      typeof (d as Dismissal).quote?.exact === 'string',
  );
}

export function dismissalKeys(list: readonly Dismissal[]): Set<string> {
  return new Set(list.map((d) => `${d.claimId}#${d.sentenceHash}`));
}

export async function addDismissal(
  mark: { claimId: string; verdict: Verdict; text: string; prefix: string; suffix: string },
  page: string,
  extras: { extensionVersion: string; claimReviewed?: string; now?: Date },
): Promise<Dismissal> {
  const dismissal: Dismissal = {
    claimId: mark.claimId,
    verdict: mark.verdict,
    sentenceHash: hashText(normalise(mark.text)),
    pageHash: hashText(page),
    quote: { type: 'TextQuoteSelector', exact: mark.text, prefix: mark.prefix, suffix: mark.suffix },
    dismissedAt: (extras.now ?? new Date()).toISOString(),
    extensionVersion: extras.extensionVersion,
    ...(extras.claimReviewed && { claimReviewed: extras.claimReviewed }),
  };
  const key = `${dismissal.claimId}#${dismissal.sentenceHash}`;
  const kept = (await getDismissals()).filter((d) => `${d.claimId}#${d.sentenceHash}` !== key);
  await browser.storage.local.set({ [KEY]: [...kept, dismissal].slice(-MAX_KEPT) });
  return dismissal;
}

/** Forgets the dismissals with the given keys (claim id # sentence hash), or all of them. */
export async function clearDismissals(keys?: readonly string[]): Promise<Dismissal[]> {
  const drop = keys && new Set(keys);
  const kept = drop ? (await getDismissals()).filter((d) => !drop.has(`${d.claimId}#${d.sentenceHash}`)) : [];
  await browser.storage.local.set({ [KEY]: kept });
  return kept;
}

/** The JSON a reader can save and send by hand: no URL, only hashes and the quoted text. */
export function exportDismissals(list: readonly Dismissal[], extensionVersion: string): string {
  return `${JSON.stringify(
    {
      format: 'evident-wrong-matches',
      version: 1,
      extensionVersion,
      reports: list.map((d) => ({
        claimId: d.claimId,
        verdict: d.verdict,
        claimReviewed: d.claimReviewed,
        selector: d.quote,
        sentenceHash: d.sentenceHash,
        pageHash: d.pageHash,
        dismissedAt: d.dismissedAt,
        extensionVersion: d.extensionVersion,
      })),
    },
    null,
    2,
  )}\n`;
}

export function watchDismissals(onChange: (list: Dismissal[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(readDismissals(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
