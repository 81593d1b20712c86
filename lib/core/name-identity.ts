import type { ClaimIndex } from './claim-index';
import type { ClaimMatch } from './find-claims';
import type { Span } from './segment';
import { GENERAL_TOPICS } from './thesaurus';
import { familyOf, namesSaid, type NameSaid } from './topic-focus';
import type { Token } from './tokenize';
import { unreviewedNamingId } from './unreviewed-id';

/**
 * Two names a page gives as one substance: "Mounjaro, also known as semaglutide", "Zepbound
 * (liraglutide)", "Ozempic is the same medication as Mounjaro". Every name in the database
 * belongs to a topic, so when the two belong to different substances the page has them
 * confused, whatever else it says: a claim Evident can check without a reviewed record of it.
 */

/** What may stand between two names that the page gives as one: an alias, a bracket, a brand. */
const SAME_AS =
  /^\s*(?:,\s*)?(?:\(\s*|(?:also |otherwise |commonly |better )?(?:known|sold|marketed|branded) (?:as|under the (?:brand |trade )?names?)\s+|(?:also )?called\s+|a\.?k\.?a\.?\s+|(?:is|are|was) the same (?:drug|medication|medicine|molecule|compound|substance|thing|active ingredient) as\s+|(?:is|was) (?:the )?(?:brand|generic|trade) name (?:for|of)\s+|(?:is|was) (?:simply |just )?(?:a |the )?(?:brand|version) of\s+)$/i;

/** A name used as a kind of substance: "a GHRP (ipamorelin)", "another GLP-1 (semaglutide)". */
const A_KIND_OF = /\b(?:a|an|one|another|any)\s+$/i;

/** The mark a confusion of names gets: above claims not reviewed individually, below reviewed ones. */
const NAMING_SCORE = 0.6;

/** Where one of the names is a general topic ("peptides", "growth hormone") there is nothing to confuse. */
function specific(name: NameSaid, index: ClaimIndex): boolean {
  return name.topics.every((t) => !GENERAL_TOPICS.has(index.topics[t]!));
}

/** Whether two names can stand for the same substance: a topic, or a family, in common. */
function sameSubstance(a: NameSaid, b: NameSaid, index: ClaimIndex): boolean {
  return a.topics.some((t) => familyOf(index, t).some((f) => b.topics.includes(f)));
}

/** The places where a page gives two different substances' names as one (none on most pages). */
export function confusedNames(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[][],
  mentions: readonly (readonly number[])[],
  index: ClaimIndex,
  silent: readonly boolean[] = [],
): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  sentences.forEach((span, i) => {
    // Two names need two topics named: most sentences are passed over without a second look.
    if (mentions[i]!.length < 2 || silent[i] || text.slice(span.start, span.end).includes('\n')) return;
    const list = tokens[i]!;
    const names = namesSaid(list, index);
    for (let k = 1; k < names.length; k++) {
      const a = names[k - 1]!;
      const b = names[k]!;
      const start = list[a.from]!.start;
      const saidEnd = list[a.to - 1]!.end;
      const otherStart = list[b.from]!.start;
      const end = list[b.to - 1]!.end;
      const between = text.slice(saidEnd, otherStart);
      if (!SAME_AS.test(between)) continue;
      // "A GHRP (ipamorelin)": a class and one of its members, not two names for one drug.
      if (A_KIND_OF.test(text.slice(Math.max(span.start, start - 12), start))) continue;
      if (!specific(a, index) || !specific(b, index) || sameSubstance(a, b, index)) continue;
      const said = text.slice(start, saidEnd);
      const other = text.slice(otherStart, end);
      const [topic, otherTopic] = [index.topics[a.topics[0]!]!, index.topics[b.topics[0]!]!];
      out.push({
        claimId: unreviewedNamingId(topic, otherTopic),
        start,
        end: /^\s*\(/.test(between) && text[end] === ')' ? end + 1 : end,
        score: NAMING_SCORE,
        reasons: [
          `the page gives ${said} and ${other} as one substance; Evident knows them as two (${topic}, ${otherTopic})`,
        ],
        verdict: 'false',
        certainty: 'high',
        scope: 'human',
        unreviewed: { topic, kind: 'mechanism' },
      });
    }
  });
  return out;
}
