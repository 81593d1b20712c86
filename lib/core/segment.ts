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
    // A block with no sentence mark before its end (a heading, a list item) is one
    // sentence; compromise is only asked where there is something to decide.
    if (!/[.!?…]/.test(m[0].trimEnd().slice(0, -1))) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (end > start) spans.push({ start, end });
      continue;
    }
    let cursor = m.index;
    for (const piece of splitSentences(m[0], world)) {
      for (const part of atCitations(piece)) {
        const start = cursor + part.from + (part.text.length - part.text.trimStart().length);
        const end = cursor + part.from + part.text.trimEnd().length;
        if (end > start) spans.push({ start, end });
      }
      cursor += piece.length;
    }
  }
  return spans;
}

/**
 * A sentence that ends in a citation marker runs into the next one for compromise:
 * "…and erectile dysfunction.(1) It contains flavonoids." Split after the marker (or markers:
 * "…lean mass.[1][2] Meta-analyses…"), a bare
 * footnote number too ("…in Ayurvedic medicine.1 Shilajit has been…"; after a word, so "2.5" stays).
 * So does one whose page left out the space after its full stop ("…muscle function.A study
 * found…"), where a capitalised word follows a lower-case one ("www.Vitamins" stays whole).
 * Two or three full stops end a sentence where a capital follows ("…converted to T3.. Reverse T3 is…").
 * So does a full stop with a shop's disclaimer mark after it ("…for the thyroid gland.* Studies
 * have shown…", "…epinephrine.*Individuals…": the asterisk or dagger that points to "these
 * statements have not been evaluated by the FDA").
 * A sentence that ends on a vitamin's letter ("…vitamins B, C, D and E. Minerals…") ends
 * there, where compromise reads the letter as a person's initial.
 */
const CITED_END =
  /(?<=[\p{L}\d%)])\.{2,3}\s+(?=[A-Z])|(?<=[\p{L}\d%)][.!?])[*†‡]{1,3}\s*(?=[A-Z])|[.!?]["'”’]?(?:\(\d{1,3}(?:[,–-]\s?\d{1,3})*\)|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\])+\s+(?=[A-Z])|(?<=[a-z)])[.!?]\d{1,3}(?:[,–-]\d{1,3})*\s+(?=[A-Z])|(?<=[a-z]{2}[.!?])(?<!\bwww\.)(?=[A-Z][a-z]{2,}\b|[AI]\s)|(?<=\b[Vv]itamins?\s+(?:[ABCDEK]\d{0,2}(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*))*[ABCDEK]\d{0,2}\.)\s+(?=[A-Z])/gu;

/**
 * Every split above is at a sentence mark with a capital after it: a piece with none (most
 * sentences, which end at their only full stop) is whole, and skips the expression's lookbehinds
 * at every position (the scan's fifth-largest cost in Node on the seed pages).
 */
const MARK_THEN_CAPITAL = /[.!?][^]*[A-Z]/;

function atCitations(piece: string): { from: number; text: string }[] {
  if (!MARK_THEN_CAPITAL.test(piece)) return [{ from: 0, text: piece }];
  const parts: { from: number; text: string }[] = [];
  let from = 0;
  for (const m of piece.matchAll(CITED_END)) {
    const to = m.index + m[0].length;
    parts.push({ from, text: piece.slice(from, to) });
    from = to;
  }
  parts.push({ from, text: piece.slice(from) });
  return parts;
}

/**
 * A list flattened into one line ("Testosterone supports: • Strong libido • Healthy mood • More
 * energy") is the same list as one set out line by line: the space before each inline bullet
 * becomes a line break, so every item is a line of its own and the list is read with its lead-in.
 * The text keeps its length, so every offset into it is an offset into the original.
 */
export function withInlineBulletsBroken(text: string): string {
  return INLINE_BULLET_MARKS.test(text) ? text.replace(INLINE_BULLET, '\n') : text;
}
const INLINE_BULLET_MARKS = /[•▪◦✓✔]/;
const INLINE_BULLET = /(?<=[^\s])[ \t\u00a0](?=[•▪◦✓✔][ \t\u00a0]+\S)/g;

/**
 * A line at least this long that breaks inside a sentence was wrapped at a fixed width (a
 * plain-text page, an excerpt, a `<br>` at each line's end), not a block of its own: the lines
 * of a list without bullets ("support energy and stamina") are shorter.
 */
const WRAPPED_LINE_MIN = 70;

/**
 * A sentence hard-wrapped over lines ("For a research site these peptides need caution. They are
 * not the" / "same kind of evidence as approved drugs") is one sentence: a line break after a
 * long line that ends inside a sentence (a small letter, a comma) and before a small letter
 * becomes a space. The text keeps its length, so every offset into it is an offset into the original.
 */
export function withHardWrapsJoined(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const before = text.charCodeAt(nl - 1);
    const after = text.charCodeAt(nl + 1);
    if (
      nl - lineStart >= WRAPPED_LINE_MIN &&
      ((before >= 97 && before <= 122) || before === 44 || before === 59) &&
      after >= 97 &&
      after <= 122
    ) {
      (out ??= []).push(text.slice(from, nl), ' ');
      from = nl + 1;
    }
    lineStart = nl + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** List items shorter than this are read together with the lead-in that introduces them. */
const LIST_ITEM_MAX = 90;
const LIST_MAX_ITEMS = 12;

/**
 * Spans worth scoring: every sentence, plus each list read as one statement with its
 * lead-in ("possible side effects:" + "headaches;" + "tunnel syndrome;"…), because pages
 * often spread one claim over a bulleted list.
 */
export function segmentClaimWindows(text: string): Span[] {
  const sentences = segmentSentences(text);
  const windows: Span[] = [...sentences];
  for (let i = 0; i < sentences.length; i++) {
    const lead = sentences[i]!;
    // "Benefits of magnesium:", or a heading with a bulleted list under it.
    if (
      text[lead.end - 1] !== ':' &&
      !(startsBullets(text, sentences[i + 1]) && !isBullet(text, lead) && !onBulletLine(text, lead))
    )
      continue;
    let end = lead.end;
    let items = 0;
    let bulleted = false;
    // Where the list ended before its last item: a line that opens a list of its own is none of its items.
    let beforeItem = end;
    for (let j = i + 1; j < sentences.length && items < LIST_MAX_ITEMS; j++) {
      const item = sentences[j]!;
      const gap = text.slice(end, item.start);
      if (item.end - item.start > LIST_ITEM_MAX) break;
      // In a list of plain lines, after its items, "Your first visit lasts 30 minutes. It may
      // involve:" is the lead-in of the next list. Before them it heads a part of this one, and a
      // bulleted list has parts ("Possible side effects:", "2. Less common", "These are rarer:",
      // then bullets); "- Headaches: mild, often temporary" is an item with a label.
      const leadsIn =
        items >= 2 && !bulleted && text[item.end - 1] === ':' && !isListItem(text, item) && !onBulletLine(text, item);
      // "• Redness at the injection site. Usually short-lived." is one item in two sentences.
      if (!gap.includes('\n')) {
        if (items === 0) break;
        if (leadsIn) {
          end = beforeItem;
          items--;
          break;
        }
        end = item.end;
        continue;
      }
      if (leadsIn) break;
      // In a bulleted or numbered list, a blank line then a line that is neither ends the list:
      // "Possible Side Effects" after a list of benefits is not one of them. (Lists of plain
      // lines may set their items apart with blank lines.)
      if (bulleted && /\n\s*\n/.test(gap) && !isListItem(text, item)) break;
      // So does a heading of its own right after the last item: "How It Works" under a list of
      // benefits heads what follows, and is no benefit.
      // (A line after a bullet that stands alone, "-" then "Reduce appetite", is an item.)
      if (bulleted && !isListItem(text, item) && headingLine(text, item) && !bareBulletBefore(text, item)) break;
      if (isListItem(text, item)) bulleted = true;
      beforeItem = end;
      end = item.end;
      items++;
    }
    if (items >= 2) windows.push({ start: lead.start, end });
  }
  return windows.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether the line before a sentence's is a bullet alone ("-"), whose item is this line. */
function bareBulletBefore(text: string, s: Span): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1);
  if (lineStart < 0) return false;
  const prev = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
  return /^\s*[-•*–·▪◦]\s*$/.test(prev);
}

/** Past this many words a line is a sentence, not a title or heading. */
const HEADING_MAX_WORDS = 12;

/**
 * Whether a sentence is a whole line in a title's or heading's form: short, with no closing
 * punctuation but a question mark ("How It Works", "Secondary Benefits", "Is It Safe?").
 * topic-focus.ts's isHeading adds where such a line stands; a list ends at one (a lead-in's
 * ":" aside).
 */
export function isShortLine(text: string, s: Span): boolean {
  if (!startsBlock(text, s)) return false;
  const after = text.indexOf('\n', s.end);
  if (text.slice(s.end, after < 0 ? text.length : after).trim() !== '') return false;
  const body = text.slice(s.start, s.end);
  return !/[.!;,]["'”’)]*$/.test(body) && body.split(/\s+/).length <= HEADING_MAX_WORDS;
}

/** A heading of its own: a short line that is no lead-in ending in ":". */
function headingLine(text: string, s: Span): boolean {
  return isShortLine(text, s) && !/:["'”’)]*$/.test(text.slice(s.start, s.end));
}

/** The bullet or number, and the space after it, that opens a list item: "- ", "2. ". */
export function bulletLength(line: string): number {
  // Digits only as a list's number ("2. ", "3) "): "5-HTP", "2019 trials" and "10 mg" are the claim's own words.
  return /^\s*(?:(?:[-•*–·▪◦]|\(?\d{1,2}[.)](?=\s))\s*)*/.exec(line)![0].length;
}

const BULLET = /^[-•*–·▪◦]\s/;
function isBullet(text: string, s: Span): boolean {
  return BULLET.test(text.slice(s.start, s.start + 3));
}
/** A bulleted or numbered item ("- Reduces…", "2. Improved lipid profile"). */
function isListItem(text: string, s: Span): boolean {
  return isBullet(text, s) || /^\d{1,2}[.)]\s/.test(text.slice(s.start, s.start + 4));
}
/** Whether a sentence sits on a bulleted line: "• Redness at the site. Usually short-lived." */
function onBulletLine(text: string, s: Span): boolean {
  const line = text.lastIndexOf('\n', s.start - 1) + 1;
  return BULLET.test(text.slice(line, s.start).trimStart());
}
/** Whether a sentence opens a bulleted list on its own line. */
function startsBullets(text: string, s: Span | undefined): boolean {
  return s !== undefined && startsBlock(text, s) && isBullet(text, s);
}

/** Whether a sentence starts its line (a block: a heading, a paragraph, a list item). */
export function startsBlock(text: string, s: Span): boolean {
  const before = text.lastIndexOf('\n', s.start - 1);
  return text.slice(before + 1, s.start).trim() === '';
}

/** A question asserts nothing ("Is sermorelin FDA-approved?"). */
export function isQuestion(text: string, s: Span): boolean {
  if (!/\?["'”’)\]]*$/.test(text.slice(Math.max(s.start, s.end - 4), s.end))) return false;
  return !RHETORICAL.test(text.slice(s.start, Math.min(s.end, s.start + 200)));
}

/**
 * "Did you know that fasting for a day raises growth hormone twenty-fold?" asks nothing: it
 * states what follows "know (that)", as a sentence ending in "." would. Not "Did you know what
 * to eat…?" or a bare "Did you know?", which state nothing.
 */
const RHETORICAL =
  /^[\s\-•*–·]*(?:(?:but|and|so),?\s+)?(?:did|do)\s+you\s+(?:know|realise|realize)\s+(?:that\s+)?(?!(?:what|how|why|if|whether|where|when|which|who)\b)[^\s?]+(?:\s+[^\s?]+){3,}/i;

/** Where one clause ends and the next begins: "…, with a typical dose of…", "…; it also…". */
export const CLAUSE_EDGE = /[,;:()—–]/;
