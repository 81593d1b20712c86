import { browser, type Browser } from 'wxt/browser';
import type { ClaimRecord, Verdict } from '../core/claim-types';
import type { NameCheckState } from '../core/name-check';
import type { ScanReply, ScanRequest } from '../core/scan-request';
import type { PageState } from './badge';
import type { ImportResult, PackSummary } from './claim-packs';
import type { Dismissal } from './dismissals';

/**
 * Every message Evident sends, by name, with its payload and its reply. The background,
 * the content script and the popup all go through `sendMessage`/`sendToTab` below, so a
 * message cannot be sent with the wrong payload or its reply read as the wrong type.
 */

/** One claim found on a page, as the popup lists it (in document order). */
export interface PageClaim {
  /** Names the mark on its page for as long as the page shows it: what `reveal-claim` takes. */
  markId: number;
  claimId: string;
  verdict: Verdict;
  /** The page text the mark covers. */
  text: string;
}

/** What the popup learns from a tab. */
export interface PageReport {
  host: string;
  /** False when Evident is off for this site or everywhere. */
  active: boolean;
  /** Still scanning: the list may grow. */
  scanning: boolean;
  /** The reader hid the marks on this page (until it is reloaded or left); the site stays on. */
  hidden?: boolean;
  claims: PageClaim[];
}

/** Sent to the background (runtime.sendMessage). */
export interface BackgroundMessages {
  /**
   * A content script's extracted text, matched in the background against the index built
   * there once per session: the page never receives the index, and matching never runs on
   * the page's main thread.
   */
  'scan-text': { request: ScanRequest; reply: ScanReply };
  /**
   * Whether a page's text names any topic, so a page that names none is read no further
   * (lib/core/name-check.ts): the next text nodes' text (joined into one string by
   * `joinPieces`), and the check's progress over the text sent before (null at first); the
   * reply carries the progress on. A yes brings the reader's dismissals with it (the page
   * needs them next, and is spared a storage round trip of its own); absent if they could not
   * be read.
   */
  'name-check': {
    request: { text: string; state: NameCheckState | null };
    reply: { named: boolean; state: NameCheckState; dismissals?: Dismissal[] };
  };
  'get-claim-details': { request: { claimIds: string[] }; reply: ClaimRecord[] };
  /**
   * The always-loaded content script saw its page name a topic: the background runs the page
   * marker's bundle in that frame (true when it ran). Only then does a page pay for it. The
   * background runs it already with a 'name-check' yes; this is asked only where that failed.
   */
  'load-page-marker': { request: Record<string, never>; reply: boolean };
  /**
   * A content script reports how many claims its page shows (0 when off), and, when it
   * knows them, the page's state (on, marks hidden, off) and its most serious verdict.
   */
  'claims-found': { request: { count: number } & Partial<Omit<PageState, 'count'>>; reply: void };
  /** The options page imports a claims pack (the file's name and text). */
  'import-claim-pack': { request: { name: string; text: string }; reply: ImportResult };
  'list-claim-packs': { request: Record<string, never>; reply: PackSummary[] };
  'remove-claim-pack': { request: { name: string }; reply: PackSummary[] };
  /** The installed database (bundled claims and packs) as schema.org ClaimReview items, for the options page's export. */
  'export-claim-reviews': { request: Record<string, never>; reply: Record<string, unknown>[] };
}

/** Sent to a tab's content script (tabs.sendMessage). */
export interface TabMessages {
  'list-claims': { request: Record<string, never>; reply: PageReport };
  /** Scroll to claim N of the page and open its popover. */
  'reveal-claim': { request: { markId: number }; reply: boolean };
  /** "Hide marks on this page" (and show them again): this tab only, forgotten on navigation. */
  'set-marks-hidden': { request: { hidden: boolean }; reply: boolean };
}

export type BackgroundMessageName = keyof BackgroundMessages;
export type TabMessageName = keyof TabMessages;

/** The envelope on the wire. */
export interface Envelope<N extends string = string, P = unknown> {
  evident: N;
  payload: P;
}

export function envelope<N extends string, P>(name: N, payload: P): Envelope<N, P> {
  return { evident: name, payload };
}

/** True for a message Evident sent (other extensions' messages are left alone). */
export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).evident === 'string';
}

export async function sendToBackground<N extends BackgroundMessageName>(
  name: N,
  payload: BackgroundMessages[N]['request'],
): Promise<BackgroundMessages[N]['reply']> {
  return (await browser.runtime.sendMessage(envelope(name, payload))) as BackgroundMessages[N]['reply'];
}

export async function sendToTab<N extends TabMessageName>(
  tabId: number,
  name: N,
  payload: TabMessages[N]['request'],
): Promise<TabMessages[N]['reply']> {
  return (await browser.tabs.sendMessage(tabId, envelope(name, payload))) as TabMessages[N]['reply'];
}

/** Any of the message tables above. */
type MessageMap<M> = { [N in keyof M]: { request: unknown; reply: unknown } };

type Handlers<M extends MessageMap<M>> = {
  [N in keyof M]: (
    payload: M[N]['request'],
    sender: Browser.runtime.MessageSender,
  ) => M[N]['reply'] | Promise<M[N]['reply']>;
};

/**
 * Answers Evident's messages with `handlers` until `signal` aborts. Messages that are not
 * Evident's, or that name no handler, get no reply, so other listeners can answer them.
 */
export function handleMessages<M extends MessageMap<M>>(handlers: Handlers<M>, signal?: AbortSignal): void {
  // The reply goes through sendResponse (and `return true`), which every runtime and the
  // polyfill understand; a returned promise is not understood everywhere.
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.evident)) return undefined;
    const handler = handlers[message.evident as keyof M] as (p: unknown, s: typeof sender) => unknown;
    Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(sendResponse, (err: unknown) => {
        console.error(`Evident: ${message.evident} failed`, err);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/**
 * Whether a message comes from one of Evident's own pages (options, popup), not from a
 * content script running inside a web page: only those may change the claims.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/**
 * Whether a message comes from Evident's content script in a tab's top frame: the only
 * sender allowed to set that tab's badge (and only that tab's).
 */
export function fromOwnTab(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
}
