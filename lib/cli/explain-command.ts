import { buildIndex } from '../core/claim-index';
import { RECORDED_FREQUENCIES } from '../core/term-frequencies';
import type { ClaimsDatabase } from '../core/claims-database';
import { findClaims } from '../core/find-claims';
import { segmentSentences } from '../core/segment';
import { NEGATIONS, STOP_WORDS } from '../core/stop-words';
import { tokenize } from '../core/tokenize';
import { readPageText } from './read-page';
import { describeNumberCheck } from './number-check-text';

/**
 * `explain FILE`: for curators. Every sentence with the claims whose phrasings come
 * closest (weighted share of terms, before topic gating and negation) and the terms
 * each phrasing misses, next to what `scan` really marks. Near misses show which
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
  const marks = findClaims(text, index);
  for (const s of segmentSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const terms = new Set(
      tokenize(sentence)
        .map((t) => t.term)
        .filter((t) => !STOP_WORDS.has(t)),
    );
    const negated = [...terms].some((t) => NEGATIONS.has(t));
    const closest = index.phrasings
      .map((p) => {
        let matched = 0;
        p.terms.forEach((t, i) => {
          if (terms.has(t)) matched += p.weights[i]!;
        });
        return { p, share: matched / p.total };
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
    for (const { p, share } of closest) {
      const missing = p.terms.filter((t) => !terms.has(t)).join(', ');
      // The scan checks negation near the matched words only; a difference here is a hint.
      const polarity = p.negated !== negated ? ' (negation differs: a denial and a claim do not match)' : '';
      console.log(
        `   ${share.toFixed(2)} ${index.claims[p.claim]!.id} ← “${p.text}”${missing ? ` missing: ${missing}` : ''}${polarity}`,
      );
    }
  }
  return 0;
}
