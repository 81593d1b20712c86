import { buildIndex } from '../core/claim-index';
import { RECORDED_FREQUENCIES } from '../core/term-frequencies';
import type { ClaimsDatabase } from '../core/claims-database';
import { findClaims, type ScanTrace } from '../core/find-claims';
import { segmentSentences } from '../core/segment';
import { NEGATIONS, STOP_WORDS } from '../core/stop-words';
import { tokenize } from '../core/tokenize';
import { readPageText } from './read-page';
import { describeNumberCheck } from './number-check-text';

/**
 * `explain FILE`: for curators. Every sentence with the claims whose phrasings come
 * closest (weighted share of terms, before topic gating and negation) and the terms
 * each phrasing misses, next to what `scan` really marks, and, for a close phrasing whose
 * claim is not marked there, why not (the scan's own reason: another topic is the sentence's
 * subject, another scope, a denial, an overlapping mark that won…). Near misses show which
 * phrasing to add; wrong marks show which phrasing is too loose.
 */
export function explainCommand(args: string[], db: ClaimsDatabase): number {
  const [file] = args;
  if (!file) {
    console.error('usage: explain FILE');
    return 2;
  }
  const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
  const { text } = readPageText(file);
  const events: ScanTrace[] = [];
  const marks = findClaims(text, index, { trace: (e) => events.push(e) });
  for (const e of events) if (e.kind === 'page') console.log(`\nNothing on this page is marked: ${e.reason}.`);
  for (const s of segmentSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const terms = new Set(
      tokenize(sentence)
        .map((t) => t.term)
        .filter((t) => !STOP_WORDS.has(t)),
    );
    const negated = [...terms].some((t) => NEGATIONS.has(t));
    const closest = index.phrasings
      .map((p, at) => {
        let matched = 0;
        p.terms.forEach((t, i) => {
          if (terms.has(t)) matched += p.weights[i]!;
        });
        return { p, at, share: matched / p.total };
      })
      .filter((c) => c.share >= 0.3)
      .sort((a, b) => b.share - a.share)
      .slice(0, 2);
    const marked = marks.filter((m) => m.start < s.end && s.start < m.end);
    if (closest.length === 0 && marked.length === 0) continue;
    console.log(`\n» ${sentence.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const m of marked) {
      console.log(`   MARKED ${m.claimId} (score ${m.score})`);
      if (m.numberCheck) console.log(`      ${describeNumberCheck(m.numberCheck)}`);
    }
    const here = events.filter((e) => e.kind !== 'page' && e.start < s.end && s.start < e.end);
    for (const e of here) if (e.kind === 'sentence') console.log(`   not read for claims: ${e.reason}`);
    for (const { p, at, share } of closest) {
      const missing = p.terms.filter((t) => !terms.has(t)).join(', ');
      // The scan checks negation near the matched words only; a difference here is a hint.
      const polarity = p.negated !== negated ? ' (negation differs: a denial and a claim do not match)' : '';
      const id = index.claims[p.claim]!.id;
      console.log(`   ${share.toFixed(2)} ${id} ← “${p.text}”${missing ? ` missing: ${missing}` : ''}${polarity}`);
      if (!marked.some((m) => m.claimId === id)) console.log(`      not marked: ${whyNot(here, at, id)}`);
    }
  }
  return 0;
}

/** Why a close phrasing's claim is not marked in a sentence, from the scan's trace of it. */
function whyNot(events: readonly ScanTrace[], phrasing: number, claimId: string): string {
  const reasons = [
    ...new Set(events.flatMap((e) => (e.kind === 'phrasing' && e.phrasing === phrasing ? [e.reason] : []))),
  ];
  if (reasons.length > 0) return reasons.join('; ');
  if (events.some((e) => e.kind === 'matched' && e.claimId === claimId))
    return 'its claim matched here (perhaps by another phrasing), and an overlapping mark took the span';
  if (events.some((e) => e.kind === 'sentence')) return 'the sentence is not read for claims';
  return "never a candidate: the sentence lacks the phrasing's rarest words, or the page never names its topic";
}
