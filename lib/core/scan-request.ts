import type { ClaimIndex } from './claim-index';
import { findClaims, type ClaimMatch } from './find-claims';
import { runKeys } from './run-keys';

/** A page's text to match, with the topics the rest of the page has named (an incremental scan). */
export interface ScanRequest {
  text: string;
  topics: string[];
}

export interface ScanReply {
  matches: ClaimMatch[];
  /** The topics this text names, for the next incremental scan of the same page. */
  named: string[];
  /**
   * The keys of the text's runs (lib/core/run-keys.ts), so the page can remember what was found
   * in each block without keying them on its own main thread (lib/dom/block-results.ts).
   */
  runs?: number[];
}

/** Whoever holds the index (the background, a test) answers a page's scan request this way. */
export function answerScan(index: ClaimIndex, request: ScanRequest): ScanReply {
  const named = new Set<string>(request.topics);
  const matches = findClaims(request.text, index, { topics: request.topics, named });
  return { matches, named: [...named], runs: runKeys(request.text) };
}
