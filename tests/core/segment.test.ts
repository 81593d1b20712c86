import { describe, expect, it } from 'vitest';
import { segmentClaimWindows, segmentSentences, withHardWrapsJoined } from '../../lib/core/segment';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits sentences and keeps offsets into the original text', () => {
    expect(sentences('Zinc matters. Magnesium too! Does selenium?')).toEqual([
      'Zinc matters.',
      'Magnesium too!',
      'Does selenium?',
    ]);
  });

  it('never runs a sentence across a block boundary', () => {
    expect(sentences('Benefits of sermorelin\nIt raises GH at night')).toEqual([
      'Benefits of sermorelin',
      'It raises GH at night',
    ]);
  });

  it('does not split on abbreviations and decimals', () => {
    expect(sentences('Dr. Smith gave 2.5 g of leucine per meal. Then he left.')).toEqual([
      'Dr. Smith gave 2.5 g of leucine per meal.',
      'Then he left.',
    ]);
  });
});

describe('a sentence that ends in a citation marker', () => {
  it('ends there, and the next sentence starts on its own', () => {
    const text =
      'Tongkat ali is used against malaria.(1) It contains flavonoids.[2] Antioxidants fight damage.4 A dose of 2.5 mg (3) is typical.';
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Tongkat ali is used against malaria.(1)',
      'It contains flavonoids.[2]',
      'Antioxidants fight damage.4',
      'A dose of 2.5 mg (3) is typical.',
    ]);
  });

  it('ends after a run of markers too', () => {
    expect(sentences('Creatine raises lean mass.[1][2] Meta-analyses agree.(3)(4) It is safe.')).toEqual([
      'Creatine raises lean mass.[1][2]',
      'Meta-analyses agree.(3)(4)',
      'It is safe.',
    ]);
  });
});

describe('a sentence whose page left out the space after its full stop', () => {
  it('ends there, where a capitalised word follows a lower-case one, and a web address stays whole', () => {
    expect(sentences('Semax sharpens focus.A small trial found it eased anxiety.Researchers call it safe.')).toEqual([
      'Semax sharpens focus.',
      'A small trial found it eased anxiety.',
      'Researchers call it safe.',
    ]);
    expect(sentences('Is it legal?The FDA says no.')).toEqual(['Is it legal?', 'The FDA says no.']);
    expect(sentences('See www.Vitamins.com for the label. It lists 2.5 mg.')).toEqual([
      'See www.Vitamins.com for the label.',
      'It lists 2.5 mg.',
    ]);
  });
});

describe("a sentence with a shop's disclaimer mark after its full stop", () => {
  it('ends after the mark, with or without a space, and a footnoted word inside a sentence does not end it', () => {
    expect(
      sentences(
        'Iodine supports the thyroid gland.* Studies show tyrosine eases fatigue.*Tyrosine makes dopamine.†† It is safe.',
      ),
    ).toEqual([
      'Iodine supports the thyroid gland.*',
      'Studies show tyrosine eases fatigue.*',
      'Tyrosine makes dopamine.††',
      'It is safe.',
    ]);
    expect(sentences('Our formula* supports energy. Results vary.')).toEqual([
      'Our formula* supports energy.',
      'Results vary.',
    ]);
  });
});

describe('a sentence that ends in two or three full stops', () => {
  it('ends there where a capital follows, and a trailing ellipsis inside a sentence does not end it', () => {
    expect(sentences('Most T4 becomes T3.. Reverse T3 is inactive.')).toEqual([
      'Most T4 becomes T3..',
      'Reverse T3 is inactive.',
    ]);
    expect(sentences('It lowers LDL by 20%... It also raises HDL.')).toEqual([
      'It lowers LDL by 20%...',
      'It also raises HDL.',
    ]);
    expect(sentences('It lowers LDL... and raises HDL.')).toEqual(['It lowers LDL... and raises HDL.']);
  });
});

describe('a sentence that ends on a vitamin', () => {
  it("ends after the letter, which is no initial, and a person's initial still does not end one", () => {
    expect(
      sentences('Royal jelly holds vitamins B, C, D and E. Minerals are there too. It is rich in Vitamin A. Zinc too.'),
    ).toEqual([
      'Royal jelly holds vitamins B, C, D and E.',
      'Minerals are there too.',
      'It is rich in Vitamin A.',
      'Zinc too.',
    ]);
    expect(sentences('The study by J. Smith found less fatigue.')).toEqual([
      'The study by J. Smith found less fatigue.',
    ]);
  });
});

describe('a list read with its lead-in', () => {
  const windows = (text: string) =>
    segmentClaimWindows(text)
      .map((s) => text.slice(s.start, s.end))
      .filter((w) => w.includes('\n'));
  it('ends at the blank line before a heading, and a list of plain lines keeps items set apart by blank lines', () => {
    expect(
      windows(
        'Benefits of tesamorelin:\n  • Less visceral fat\n  • Better lipids\n\nPossible Side Effects\n\nIt is well tolerated.',
      ),
    ).toEqual(['Benefits of tesamorelin:\n  • Less visceral fat\n  • Better lipids']);
    expect(windows('Signs of low magnesium:\n\nPoor sleep\n\nLeg cramps\n\nLow energy')).toEqual([
      'Signs of low magnesium:\n\nPoor sleep\n\nLeg cramps\n\nLow energy',
    ]);
  });

  it('goes on past an item written in two sentences', () => {
    expect(
      windows(
        'Common side effects:\n  • Redness at the injection site. Usually short-lived.\n  • Headache.\n  • Nausea.',
      ),
    ).toEqual([
      'Common side effects:\n  • Redness at the injection site. Usually short-lived.\n  • Headache.\n  • Nausea.',
    ]);
  });

  it('ends a list of plain lines where a line leads in to a list of its own', () => {
    // A clinic's appointment page: the sleep history and the weight are what a visit involves,
    // not parts of the visit's kinds.
    const page =
      'Your appointment may be:\n\nFace-to-face\n\nPlease arrive 20 minutes early\n\nBy phone or video\n\n' +
      'Your first visit lasts 30 minutes. It may involve:\n  • a history of your sleep\n  • taking your weight';
    expect(windows(page)).toEqual([
      'Your appointment may be:\n\nFace-to-face\n\nPlease arrive 20 minutes early\n\nBy phone or video',
      'It may involve:\n  • a history of your sleep\n  • taking your weight',
    ]);
    // In a bulleted list a lead-in heads a part of it, under the list's own lead-in.
    const parts =
      'Side effects of sermorelin include:\n1. Common\nThese are mild:\n  • Headache\n  • Flushing\n' +
      '2. Rare\nThese need a doctor:\n  • Swelling';
    expect(windows(parts)[0]).toBe(parts);
  });
});

describe('a sentence hard-wrapped over lines', () => {
  it('is one sentence where a long line breaks inside it, and the text keeps its length', () => {
    const wrapped =
      'For a site that reviews research, these two peptides need more caution than most. They are not the\n' +
      'same kind of evidence as approved drugs.\nSide effects:\nheadache\nnausea';
    const joined = withHardWrapsJoined(wrapped);
    expect(joined).toHaveLength(wrapped.length);
    expect(sentences(joined)).toEqual([
      'For a site that reviews research, these two peptides need more caution than most.',
      'They are not the same kind of evidence as approved drugs.',
      'Side effects:',
      'headache',
      'nausea',
    ]);
    // Short lines are blocks of their own, lower-case or not: a list without bullets.
    const list = 'Ashwagandha may help the body cope with stress\nsupport energy and stamina\nhelp regulate cortisol';
    expect(withHardWrapsJoined(list)).toBe(list);
  });
});
