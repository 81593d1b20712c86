import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { phrasingTable } from '../../lib/core/phrasing-facts';
import {
  namesToSay,
  scorePhrasing,
  scorePhrasingAt,
  sentenceTerms,
  withinReachSaid,
} from '../../lib/core/score-phrasing';
import { candidateSelector } from '../../lib/core/select-candidates';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { tokenize } from '../../lib/core/tokenize';
import { bestPhrasing, phrasingsSharing } from '../../lib/core/topic-phrasings';
import { tenfoldClaims } from '../bench/tenfold-claims';
import { SAMPLE_TOPICS, testClaim } from './sample-topics';

// The shortcuts that spare the engine work must leave out nothing the plain rule keeps.
const index = buildIndex(SAMPLE_TOPICS);
// The bench's tenfold database: many phrasings of a topic alike, where the shortcuts have more to skip.
const tenfold = buildIndex(tenfoldClaims(SAMPLE_TOPICS));
const sentences = [
  'Sermorelin users keep 98 to 100 percent of their lean mass while dieting.',
  'In one study, dieters on sermorelin kept 99% of their lean mass.',
  'BPC-157 speeds the healing of torn tendons and repairs the gut.',
  'Magnesium helps you sleep and relaxes muscles.',
  'Somatropin is approved by the FDA for growth hormone deficiency in children.',
  'It heals tendons, people say, and it is safe at 500 mcg a day.',
  // Three words of a phrasing, its name in focus: the least that can score.
  'It has a boxed warning about cancer.',
  'It is an approved peptide at the FDA.',
];
const tokensOf = (s: string) => tokenize(s).filter((t) => !STOP_WORDS.has(t.term));

describe('phrasingsSharing', () => {
  it('keeps every phrasing of the topic that scores at 0.4, and fewer than all of them', () => {
    let kept = 0;
    let all = 0;
    let scored = 0;
    for (const db of [index, tenfold]) {
      for (const s of sentences) {
        const terms = sentenceTerms(tokensOf(s));
        db.topics.forEach((_, topic) => {
          const implied = new Set(db.topicTerms[topic]);
          const shortlist = phrasingsSharing(terms, topic, db, 0.4, implied);
          db.phrasings.forEach((p, i) => {
            if (p.topic !== topic) return;
            all++;
            if (!scorePhrasing(terms, p, 0.4, implied)) return;
            scored++;
            expect(shortlist, `${s} / ${p.text}`).toContain(i);
          });
          kept += shortlist.length;
        });
      }
    }
    expect(scored).toBeGreaterThan(10);
    expect(kept).toBeLessThan(all);
  });
});

describe('bestPhrasing', () => {
  it('finds the phrasing that scoring every one in order finds first, with and without a filter', () => {
    let found = 0;
    for (const db of [index, tenfold]) {
      for (const s of sentences) {
        const terms = sentenceTerms(tokensOf(s));
        db.topics.forEach((_, topic) => {
          const implied = new Set(db.topicTerms[topic]);
          for (const eligible of [() => true, (p: number) => p % 2 === 1]) {
            let plain: { phrasing: number; score: number } | null = null;
            for (const p of phrasingsSharing(terms, topic, db, 0.4, implied)) {
              if (!eligible(p)) continue;
              const scored = scorePhrasing(terms, db.phrasings[p]!, 0.4, implied);
              if (scored && (!plain || scored.score > plain.score)) plain = { phrasing: p, score: scored.score };
            }
            const best = bestPhrasing(terms, topic, db, 0.4, implied, eligible);
            expect(best && { phrasing: best.phrasing, score: best.score.score }, `${s} / ${topic}`).toEqual(plain);
            if (plain) found++;
          }
        });
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});

describe('candidateSelector', () => {
  it('selects exactly the phrasings of topics on the page that share enough anchors with the sentence', () => {
    const onPage = new Set([0, 2]);
    let selected = 0;
    for (const db of [index, tenfold]) {
      const select = candidateSelector(db, onPage);
      for (const s of sentences) {
        const tokens = tokensOf(s);
        const terms = new Set(tokens.map((t) => t.term));
        const expected = db.phrasings
          .map((p, i) => ({ p, i }))
          .filter(({ p, i }) => {
            const reachable = onPage.has(p.topic) || (p.alsoTopics ?? []).some((t) => onPage.has(t));
            const hits = Object.entries(db.anchors).filter(([term, ps]) => terms.has(term) && ps.includes(i)).length;
            return reachable && hits >= p.needs;
          })
          .map(({ i }) => i);
        expect([...select.select(tokens)], s).toEqual(expected);
        selected += expected.length;
      }
    }
    expect(selected).toBeGreaterThan(10);
  });
});

describe('candidateSelector, two at a time', () => {
  it('gives each of two selectors of one index that take turns what it gives alone', () => {
    const alone = (onPage: Set<number>) => {
      const select = candidateSelector(tenfold, onPage);
      return sentences.map((s) => [...select.select(tokensOf(s))]);
    };
    const first = new Set([0, 2]);
    const second = new Set([1, 2]);
    const expected = [alone(first), alone(second)];
    const a = candidateSelector(tenfold, first);
    const b = candidateSelector(tenfold, second);
    const got: number[][][] = [[], []];
    sentences.forEach((s, i) => {
      got[0]!.push([...a.select(tokensOf(s))]);
      got[1]!.push([...b.select(tokensOf(sentences[sentences.length - 1 - i]!))]);
    });
    got[1]!.reverse();
    expect(got).toEqual(expected);
    expect(expected.flat(2).length).toBeGreaterThan(5);
  });
});

describe('the candidate gate of a short phrasing', () => {
  it('lets through a sentence that says one of its two key words', () => {
    // "Adipotide is not FDA approved" has two key words (FDA, approved); "adipotide is not
    // approved anywhere" says one and, with its name and its "not", can still reach the threshold.
    const db = buildIndex([
      {
        topic: 'adipotide',
        names: ['adipotide'],
        claims: [testClaim('adipotide-not-approved', ['adipotide is not FDA approved'])],
      },
    ]);
    expect(db.phrasings[0]!.needs).toBe(1);
    expect([...candidateSelector(db, new Set([0])).select(tokensOf('Adipotide is not approved anywhere.'))]).toEqual([
      0,
    ]);
  });
});

describe('scorePhrasingAt', () => {
  it('scores every phrasing as scorePhrasing does, its bound read from the flat table', () => {
    let matched = 0;
    for (const db of [index, tenfold]) {
      for (const s of sentences) {
        const terms = sentenceTerms(tokensOf(s), new Set(db.topicTerms.flat()));
        db.phrasings.forEach((p, i) => {
          for (const implied of [new Set<string>(), new Set(db.topicTerms[p.topic])]) {
            for (const minScore of [0.4, 0.66]) {
              const plain = scorePhrasing(terms, p, minScore, implied);
              expect(scorePhrasingAt(terms, db, i, minScore, implied), `${s} / ${p.text}`).toEqual(plain);
              if (plain) matched++;
            }
          }
        });
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('withinReachSaid', () => {
  it('lets through every phrasing scorePhrasing matches, reading the terms the selector marks said, and fewer than all', () => {
    let matched = 0;
    let passed = 0;
    let all = 0;
    for (const db of [index, tenfold]) {
      const names = new Set(db.topicTerms.flat());
      const table = phrasingTable(db);
      const mustSay = namesToSay(db, names);
      const selector = candidateSelector(db, new Set(db.topics.keys()));
      for (const s of sentences) {
        const tokens = tokensOf(s);
        selector.select(tokens);
        const terms = sentenceTerms(tokens, names);
        db.phrasings.forEach((p, i) => {
          for (const implied of [new Set<string>(), new Set(db.topicTerms[p.topic])]) {
            for (const minScore of [0.4, 0.66]) {
              const reach = withinReachSaid(
                terms,
                table,
                i,
                selector.said,
                selector.sentence,
                mustSay,
                minScore,
                implied.size > 0,
              );
              all++;
              if (reach) passed++;
              if (!scorePhrasing(terms, p, minScore, implied)) continue;
              matched++;
              expect(reach, `${s} / ${p.text}`).toBe(true);
            }
          }
        });
      }
    }
    expect(matched).toBeGreaterThan(10);
    expect(passed).toBeLessThan(all / 2);
  });
});

describe('near spellings', () => {
  // Five terms of equal weight: four said exactly carry 0.8, short of 0.9, and the fifth can add
  // 0.8 of its weight only as a near spelling of a word the sentence says.
  const db = buildIndex([
    {
      topic: 'ipamorelin',
      names: ['ipamorelin'],
      claims: [testClaim('ipamorelin-melatonin', ['ipamorelin raises nighttime melatonin production'])],
    },
  ]);
  const score = (sentence: string) => {
    const terms = sentenceTerms(tokensOf(sentence), new Set(['ipamorelin']));
    return { terms, scored: scorePhrasing(terms, db.phrasings[0]!, 0.9) };
  };

  it('still lift a phrasing its exact terms leave short', () => {
    for (const [sentence, near] of [
      ['Ipamorelin raises nighttime melatonnin production.', 'melatonnin≈melatonin'],
      ['Ipamorelin raises nighttime melatonin producton.', 'producton≈produce'],
    ] as const) {
      const { scored } = score(sentence);
      expect(scored?.score, sentence).toBeGreaterThan(0.9);
      expect(scored?.reasons, sentence).toContain(`near spellings: ${near}`);
    }
  });

  it('are not looked up where no word of the sentence could be near a term it leaves unsaid', () => {
    // "levels" shares no first letters with "production", "raises melatonin" none with "nighttime".
    for (const sentence of [
      'Ipamorelin raises nighttime melatonin levels.',
      'Ipamorelin raises melatonin production.',
    ]) {
      const { terms, scored } = score(sentence);
      expect(scored, sentence).toBeNull();
      expect([...terms.near.keys()], sentence).toEqual([]);
    }
  });
});
