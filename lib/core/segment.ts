import nlp from 'compromise/one';

/** A sentence as a span of the original text. */
export interface Span {
  start: number;
  end: number;
}

type SplitSentences = (text: string, world: object) => string[];

const world = nlp.world();
// compromise types methods() as a bare object; the splitter is documented under methods.one.tokenize.
const { splitSentences } = (nlp.methods() as { one: { tokenize: { splitSentences: SplitSentences } } }).one.tokenize;

/**
 * Sentences of `text` as offsets. Line breaks are block boundaries (the DOM extractor
 * puts one between blocks), so a heading or list item never runs into the next block;
 * within a block, compromise decides where sentences end ("Dr.", "e.g.", "2.5 g").
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  const block = /[^\n]+/g;
  for (const m of text.matchAll(block)) {
    let cursor = m.index;
    for (const piece of splitSentences(m[0], world)) {
      const start = cursor + (piece.length - piece.trimStart().length);
      const end = cursor + piece.trimEnd().length;
      cursor += piece.length;
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}
