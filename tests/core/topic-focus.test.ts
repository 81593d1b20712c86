import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import type { Claim, TopicFile } from '../../lib/core/claim-types';
import { findClaims } from '../../lib/core/find-claims';
import { mentionedTopics } from '../../lib/core/topic-focus';
import { tokenize } from '../../lib/core/tokenize';
import { testClaim } from './sample-topics';

const claim = (id: string, phrasings: string[]): Claim => testClaim(id, phrasings, { evidence: 'animal' });

const topics: TopicFile[] = [
  {
    topic: 'bpc-157',
    names: ['BPC-157'],
    claims: [claim('bpc-157-heals-tendons', ['BPC-157 speeds the healing of torn tendons'])],
  },
  {
    topic: 'tb-500',
    names: ['TB-500'],
    claims: [claim('tb-500-heals-tendons', ['TB-500 speeds the healing of torn tendons and ligaments'])],
  },
  {
    topic: 'tesamorelin',
    names: ['tesamorelin', 'Egrifta'],
    claims: [claim('tesamorelin-visceral-fat', ['tesamorelin reduces visceral fat in adults'])],
  },
  {
    topic: 'semaglutide',
    names: ['semaglutide', 'Ozempic'],
    claims: [claim('semaglutide-nausea', ['semaglutide commonly causes nausea and vomiting'])],
  },
  {
    topic: 'thymosin-alpha-1',
    names: ['Tα1', 'thymosin alpha-1'],
    claims: [claim('thymosin-alpha-1-immune', ['thymosin alpha-1 boosts immune T cell function'])],
  },
];
const index = buildIndex(topics);
const ids = (text: string) => findClaims(text, index).map((m) => m.claimId);

describe('topic resolution', () => {
  it('lets the title set the topic for sentences far below it that never name it', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} talks about clinic hours and parking.`);
    const text = [
      'Tesamorelin: a clinic guide',
      ...filler,
      'In trials the peptide reduces visceral fat in adults.',
    ].join('\n');
    expect(ids(text)).toEqual(['tesamorelin-visceral-fat']);
  });

  it('lets a heading set the topic of the list items under it', () => {
    const text =
      'Our services\nWe also offer TB-500 and tesamorelin.\nBenefits of Egrifta\n- Reduced visceral fat in adults\n';
    expect(ids(text)).toEqual(['tesamorelin-visceral-fat']);
  });

  it('lets a heading that asks a question set the topic of its section', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} talks about clinic hours and parking.`);
    const section = ['What Is Tesamorelin?', ...filler, 'In trials the peptide reduces visceral fat in adults.'];
    expect(ids(['Clinic news', 'Our hours', 'Parking', ...section].join('\n'))).toEqual(['tesamorelin-visceral-fat']);
  });

  it('reads "it" opening a sentence as its subject, and the substance named after it as what it acts on', () => {
    // Semaglutide is named after "it": the sentence is still about tesamorelin, named before.
    const text = "Tesamorelin is a GHRH analogue.\nIt reduces semaglutide users' visceral fat in adults.";
    expect(ids(text)).toContain('tesamorelin-visceral-fat');
    // Named first, semaglutide is the subject, and tesamorelin's claim is not made.
    expect(ids('Tesamorelin is a GHRH analogue.\nSemaglutide reduces visceral fat in adults.')).not.toContain(
      'tesamorelin-visceral-fat',
    );
  });

  it('never gives a sentence whose subject is one substance a claim about another', () => {
    const text = 'TB-500 is popular.\nBPC-157 speeds the healing of torn tendons and ligaments.';
    expect(ids(text)).toEqual(['bpc-157-heals-tendons']);
  });

  it('reaches the members of a drug class named by its class', () => {
    expect(ids('Semaglutide is one option.\nGLP-1 agonists commonly cause nausea and vomiting.')).toEqual([
      'semaglutide-nausea',
    ]);
  });

  it('takes a sentence that names only a drug class to be about the member its claims are filed under', () => {
    const member = (topic: string, claims: number): TopicFile => ({
      topic,
      names: [topic],
      claims: Array.from({ length: claims }, (_, k) => claim(`${topic}-${k}`, [`${topic} claim number ${k}`])),
    });
    const first = (files: TopicFile[]) => {
      const index = buildIndex(files);
      return mentionedTopics(tokenize('GLP-1 drugs slow digestion.'), index).map((t) => index.topics[t]);
    };
    // Alphabetical order would put liraglutide first either way.
    expect(first([member('liraglutide', 1), member('semaglutide', 3)])[0]).toBe('semaglutide');
    expect(first([member('liraglutide', 3), member('semaglutide', 1)])[0]).toBe('liraglutide');
  });

  it('reads "vitamin A" as one name, not as any "vitamin"', () => {
    const index = buildIndex([
      {
        topic: 'vitamin-a',
        names: ['retinyl palmitate'],
        claims: [claim('vitamin-a-liver', ['vitamin A in excess harms the liver'])],
      },
    ]);
    const named = (text: string) => mentionedTopics(tokenize(text), index).length > 0;
    expect(named('Too much vitamin A harms the liver.')).toBe(true);
    expect(named('Vitamins are good for you, and one vitamin daily is plenty.')).toBe(false);
  });

  it('reads a product name\'s "booster", "drops" or "support" as that word, not as any verb of its direction', () => {
    const index = buildIndex([
      {
        topic: 'hgh-boosters',
        names: ['HGH boosters', 'growth hormone booster'],
        claims: [claim('hgh-boosters-raise-gh', ['HGH boosters barely raise growth hormone levels'])],
      },
      {
        topic: 'hcg-drops',
        names: ['hCG drops'],
        claims: [claim('hcg-drops-no-hcg', ['homeopathic hCG drops contain no measurable hCG'])],
      },
      {
        topic: 'sarcopenia',
        names: ['muscle loss'],
        claims: [claim('sarcopenia-falls', ['age-related muscle loss raises the risk of falls'])],
      },
    ]);
    const named = (text: string) => mentionedTopics(tokenize(text), index).map((t) => index.topics[t]);
    expect(named('HGH boosters promise more muscle.')).toEqual(['hgh-boosters']);
    expect(named('A growth hormone booster is sold online.')).toEqual(['hgh-boosters']);
    expect(named('Growth hormone increases bone density in adults.')).toEqual([]);
    expect(named('Buy hCG drops here.')).toEqual(['hcg-drops']);
    expect(named('hCG lowers appetite, some say.')).toEqual([]);
    // A condition's name keeps its direction: losing muscle is muscle loss.
    expect(named('Muscle decline comes with age.')).toEqual(['sarcopenia']);
  });

  it('does not count a name that reduces to a bare number as naming its topic', () => {
    expect(ids('Chapter 1\nIt boosts immune T cell function, 1 study says.')).toEqual([]);
  });
});

describe('families of topics', () => {
  const family = buildIndex([
    {
      topic: 'sermorelin',
      names: ['sermorelin'],
      claims: [claim('sermorelin-raises-gh', ['sermorelin raises growth hormone release from the pituitary'])],
    },
    {
      topic: 'hgh-boosters',
      names: ['HGH boosters', 'ornithine'],
      claims: [claim('hgh-boosters-ornithine', ['ornithine stimulates growth hormone release after exercise'])],
    },
    {
      topic: 'growth-hormone',
      names: ['growth hormone'],
      claims: [claim('growth-hormone-pulses', ['growth hormone is released in pulses'])],
    },
  ]);
  it('never lets a named subject take a family member’s claim through a name it does not say', () => {
    expect(
      findClaims('Sermorelin stimulates growth hormone release after exercise.', family).map((m) => m.claimId),
    ).not.toContain('hgh-boosters-ornithine');
  });
});
