import type { ClaimIndex, IndexedClaim } from './claim-index';
import type { Claim, EvidenceFigure, FigureUnit } from './claim-types';
import type { ClaimMatch } from './find-claims';
import { UNIT_SPELLINGS, convertFigure, unitFamily, unitOf } from './figure-units';

/** A figure a page states: "98–100%" is { low: 98, high: 100, unit: '%' }. */
export interface StatedFigure {
  /** The figure as the page writes it. */
  text: string;
  /** Offsets into the text it was read from. */
  start: number;
  end: number;
  low: number;
  high: number;
  unit: FigureUnit;
}

/** A claim's evidence figure as the engine carries it: the source named, so no lookup is needed to say it. */
export interface IndexedFigure extends Omit<EvidenceFigure, 'source'> {
  source: { index: number; title: string; year: number };
}

export type NumberVerdict = 'overstated' | 'understated' | 'in-line';

/** What a page's number was held against, and the outcome: shown in the popover, `scan --json` and reports. */
export interface NumberCheck {
  verdict: NumberVerdict;
  stated: { text: string; low: number; high: number; unit: FigureUnit };
  evidence: { quantity: string; low: number; high: number; unit: FigureUnit; note?: string };
  source: { index: number; title: string; year: number };
}

/**
 * How far a page's figure may sit outside the evidence's range and still be "in line":
 * 10% of the evidence's own figure, so rounding ("15%" for 14.9%) and a nearby dose arm
 * pass, while "25%" for a 14.9% mean does not.
 */
export const NUMBER_TOLERANCE = 0.1;
/**
 * How far over the record's figure a page must go for the finding to be judged mixed. On the
 * curators' pages, the figures 10-50% over that had turned a finding mixed were labelled supported
 * 6 times in 7 (a subgroup, a later trial, another dose); 25% for semaglutide's 14.9% is what the
 * rubric means.
 */
export const OVERSTATED_VERDICT = 1.5;

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNIT = UNIT_SPELLINGS.map(([spellings]) => spellings).join('|');
const RANGE = String.raw`\s*(?:-\s*to|–|—|-|to)\s*`;
/** A number or a range, then a unit: "25%", "98–100%", "98% to 100%", "2-3x", "2- to 3-fold", "15 kg". */
const FIGURE = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})(?:[\s-]?(${UNIT}))?(?:${RANGE}(${NUMBER}))?[\s-]?(${UNIT})(?![\p{L}\d/])`,
  'giu',
);

const toNumber = (s: string) => Number(s.replace(/,/g, ''));

/** Every figure with a unit in a stretch of text, in order. Signs are dropped: a loss of "−15%" is 15. */
export function statedFigures(text: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const unit = unitOf(m[4]!);
    // "98%–100%" names its unit twice; "10 mg to 20%" is two figures, not a range.
    if (!unit || (m[2] !== undefined && unitOf(m[2]) !== unit)) continue;
    const a = toNumber(m[1]!);
    const b = m[3] !== undefined ? toNumber(m[3]) : a;
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      low: Math.min(a, b),
      high: Math.max(a, b),
      unit,
    });
  }
  return out;
}

/**
 * Figures that are not the claim's own number: the comparison arm ("vs 2.4% with placebo",
 * "versus 13.7%"), a threshold ("lost at least 5%") and, unless the evidence is itself a
 * share of people, a share of people or products ("86% of participants", "88% of gummies").
 */
const COMPARATOR_BEFORE = /(?:\bvs\.?|\bversus|compared (?:with|to)|\bplacebo|\bcontrols?)(?:\s+[^\s,;]+){0,2}\s*$/i;
const COMPARATOR_AFTER = /^\s*(?:\(|,)?\s*(?:with|on|for|in)?\s*(?:the\s+)?(?:placebo|control)/i;
const THRESHOLD_BEFORE = /(?:\bat least|≥|>=)\s*$/i;
/** "69% lost at least 10%": the first figure is a share of people reaching a threshold. */
const RESPONDERS_AFTER = /^\s*(?:[^\s,;]+\s+){0,3}?(?:at least|≥|>=|more than)\s*\d/i;
const SHARE_OF =
  /^\s*of\s+(?:[^\s,;]+\s+){0,3}?(?:participants|patients|people|subjects|users|men|women|adults|volunteers|those|products|gummies|supplements|samples)\b/i;

/** Words that say nothing of what a figure measures. */
const PLAIN = new Set(
  (
    'the and for are was but not you all any can had her his how its may now our out see way who did get got has him ' +
    'let put she too use per via yet one two six ten about after also average before been from have into just mean ' +
    'more most only over than that their them then there these they this those through under until very were what ' +
    'when which while with your some cut raise raised rise rose fall fell lower higher increase increased'
  ).split(' '),
);
/** Nouns that name a quantity: a figure followed by one of these measures that, and only that. */
const MEASURES = new Set(
  'weight fat lean muscle mass testosterone ghrelin leptin dopamine noradrenaline norepinephrine hunger appetite metabolic metabolism glucose insulin igf psa dht'.split(
    ' ',
  ),
);
const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}][\p{L}\d]*/gu) ?? []).filter((w) => w.length >= 3 && !PLAIN.has(w));
/** A word's stem for this purpose: its first five letters ("dieting" and "diet" meet). */
const stem = (w: string) => w.slice(0, 5);

/**
 * The figure in a sentence that states the claim's quantity: of the figures in the same
 * family of units as the evidence's (a percentage for a percentage, pounds for kilograms)
 * that are not comparisons, thresholds or shares, the one whose nearby words (six before,
 * four after) say most of what the evidence measured ("25% was lean mass", not "75% was
 * fat"); the first on a tie. None when no nearby word does: "peaking about 40 minutes after
 * injection" is not the half-life.
 */
export function pickFigure(
  sentence: string,
  figures: readonly StatedFigure[],
  unit: FigureUnit,
  quantity = '',
): StatedFigure | null {
  const family = unitFamily(unit);
  const measured = new Set(words(quantity).map(stem));
  const sharesAllowed = measured.has(stem('share'));
  let best: StatedFigure | null = null;
  let bestScore = 0;
  for (const f of figures) {
    if (unitFamily(f.unit) !== family) continue;
    const before = sentence.slice(Math.max(0, f.start - 40), f.start);
    const after = sentence.slice(f.end, f.end + 40);
    if (COMPARATOR_BEFORE.test(before) || COMPARATOR_AFTER.test(after) || THRESHOLD_BEFORE.test(before)) continue;
    if (!sharesAllowed && (SHARE_OF.test(after) || RESPONDERS_AFTER.test(after))) continue;
    if (!quantity) return f;
    const following = words(
      sentence
        .slice(f.end)
        .replace(/^\s*(?:of\s+)?(?:(?:the|their|your|his|her|total|body|starting|initial)\s+)*/i, ''),
    );
    // "6.5% weight loss" measures weight, whatever else the sentence says about fat.
    const own = following[0];
    if (own && MEASURES.has(own) && !measured.has(stem(own))) continue;
    const near = [...words(sentence.slice(0, f.start)).slice(-6), ...following.slice(0, 4)].map(stem);
    const score = new Set(near.filter((w) => measured.has(w))).size;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

/**
 * Overstated, understated or in line. A range on the page is read as its midpoint (a page
 * that says "10–30%" says about 20%); in line means within the evidence's range widened by
 * NUMBER_TOLERANCE on each side.
 */
export function compareFigure(
  stated: { low: number; high: number },
  evidence: { low: number; high: number },
): NumberVerdict {
  const said = (stated.low + stated.high) / 2;
  if (said > evidence.high * (1 + NUMBER_TOLERANCE)) return 'overstated';
  if (said < evidence.low * (1 - NUMBER_TOLERANCE)) return 'understated';
  return 'in-line';
}

/** A claim's evidence figure as the index carries it. */
export function indexedFigure(claim: Claim): IndexedFigure | undefined {
  const figure = claim.evidenceFigure;
  const source = figure && claim.sources[figure.source];
  if (!figure || !source) return undefined;
  return { ...figure, source: { index: figure.source, title: source.title, year: source.year } };
}

const byIdCache = new WeakMap<ClaimIndex, Map<string, IndexedClaim>>();
function claimsWithFigures(index: ClaimIndex): Map<string, IndexedClaim> {
  let map = byIdCache.get(index);
  if (!map) {
    map = new Map(index.claims.filter((c) => c.figure).map((c) => [c.id, c]));
    byIdCache.set(index, map);
  }
  return map;
}

/** The reason find-claims gives a denial: a page denying a figure states no figure of its own. */
const DENIAL = 'the page denies this claim';

/**
 * Holds the figure each match's text states against the evidence figure of its claim and
 * records the outcome on the match: `numberCheck`, and `number-overstated`,
 * `number-understated` or `number-in-line` in `flags`. Matches without a comparable figure
 * are left as they are.
 */
export function checkStatedNumbers(text: string, matches: ClaimMatch[], index: ClaimIndex): ClaimMatch[] {
  const withFigures = claimsWithFigures(index);
  if (withFigures.size === 0) return matches;
  for (const m of matches) {
    const figure = withFigures.get(m.claimId)?.figure;
    if (!figure || m.reasons.includes(DENIAL)) continue;
    const sentence = text.slice(m.start, m.end);
    const stated = pickFigure(sentence, statedFigures(sentence), figure.unit, figure.quantity);
    if (!stated) continue;
    const inEvidenceUnit = {
      low: convertFigure(stated.low, stated.unit, figure.unit),
      high: convertFigure(stated.high, stated.unit, figure.unit),
    };
    const verdict = compareFigure(inEvidenceUnit, figure);
    m.numberCheck = {
      verdict,
      stated: { text: stated.text.trim(), low: stated.low, high: stated.high, unit: stated.unit },
      evidence: {
        quantity: figure.quantity,
        low: figure.low,
        high: figure.high,
        unit: figure.unit,
        ...(figure.note ? { note: figure.note } : {}),
      },
      source: figure.source,
    };
    m.flags = [...(m.flags ?? []), `number-${verdict}`];
    // The rubric's "mixed": a real finding with its number overstated ("lose 25% of body weight").
    // A figure a little over the record's is flagged but judged as the finding: it is as often
    // another arm, dose or trial of the same drug ("17.3% in the extension", "28.7% at 12 mg")
    // as an overstatement.
    const said = (inEvidenceUnit.low + inEvidenceUnit.high) / 2;
    if (verdict === 'overstated' && m.verdict === 'supported' && said > figure.high * OVERSTATED_VERDICT) {
      m.verdict = 'mixed';
      m.reasons.push('the page overstates the figure the evidence reports');
    }
  }
  return matches;
}
