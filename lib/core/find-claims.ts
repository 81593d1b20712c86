import type { ClaimIndex } from './claim-index';
import { resolveOverlaps } from './resolve-overlaps';
import { scorePhrasing, type PhrasingScore } from './score-phrasing';
import { segmentSentences, type Span } from './segment';
import { STOP_WORDS } from './stop-words';
import { tokenize, type Token } from './tokenize';

/** A claim found in a text: offsets into that text, a score in [0, 1] and why it matched. */
export interface ClaimMatch {
  claimId: string;
  start: number;
  end: number;
  score: number;
  reasons: string[];
}

/** Below this, dev-set false positives outnumber hits (see tests/core/calibration.test.ts). */
export const MIN_SCORE = 0.66;
/** A candidate must share this many of a phrasing's anchor terms before it is scored. */
const MIN_ANCHOR_HITS = 2;
/** Sentences scanned between two yields of scanClaims. */
export const SENTENCES_PER_STEP = 40;

/**
 * Finds the claims a text makes. Cost grows with the text: each sentence looks up only
 * its own terms in the anchor index and scores the few phrasings they select.
 */
export function findClaims(text: string, index: ClaimIndex): ClaimMatch[] {
  const steps = scanClaims(text, index);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same scan as findClaims, in steps: it yields after every `perStep` sentences so
 * a caller on a page's main thread can give the page its turn (no long tasks).
 */
export function* scanClaims(
  text: string,
  index: ClaimIndex,
  perStep = SENTENCES_PER_STEP,
): Generator<number, ClaimMatch[], void> {
  const sentences = segmentSentences(text);
  const found: ClaimMatch[] = [];
  for (let i = 0; i < sentences.length; i++) {
    found.push(...matchSentence(text, sentences[i]!, index));
    if ((i + 1) % perStep === 0 && i + 1 < sentences.length) yield i + 1;
  }
  return resolveOverlaps(found);
}

/** Scores one sentence against the phrasings its terms select; one match per claim at most. */
export function matchSentence(text: string, sentence: Span, index: ClaimIndex): ClaimMatch[] {
  const tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start).filter(
    (t) => !STOP_WORDS.has(t.term),
  );
  const candidates = selectCandidates(tokens, index);
  if (candidates.length === 0) return [];
  const best = new Map<number, PhrasingScore & { phrasing: number }>();
  for (const p of candidates) {
    const phrasing = index.phrasings[p]!;
    const s = scorePhrasing(tokens, phrasing);
    if (!s || s.score < MIN_SCORE) continue;
    const prev = best.get(phrasing.claim);
    if (!prev || s.score > prev.score) best.set(phrasing.claim, { ...s, phrasing: p });
  }
  return [...best.entries()].map(([claim, s]) => ({
    claimId: index.claims[claim]!.id,
    start: s.start,
    end: s.end,
    score: Math.round(s.score * 1000) / 1000,
    reasons: [`like “${index.phrasings[s.phrasing]!.text}”`, ...s.reasons],
  }));
}

function selectCandidates(tokens: Token[], index: ClaimIndex): number[] {
  const hits = new Map<number, number>();
  const seen = new Set<string>();
  for (const t of tokens) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    const postings = index.anchors[t.term];
    if (!postings) continue;
    for (const p of postings) hits.set(p, (hits.get(p) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const [p, n] of hits) {
    const phrasing = index.phrasings[p]!;
    if (n >= Math.min(MIN_ANCHOR_HITS, phrasing.terms.length)) out.push(p);
  }
  return out.sort((a, b) => a - b);
}
