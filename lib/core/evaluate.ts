import { normalizeForCompare } from './normalize';
import { isUnreviewed } from './unreviewed-id';

/** One page of a labelled corpus (shared/corpus/labels.json). */
export interface LabelledPage {
  file: string;
  url?: string;
  kind: 'blog' | 'negative' | 'reputable' | string;
  claims: {
    quote: string;
    claim: string;
    topic: string;
    verdict: string;
    why?: string;
    /** Where the quote stands in the page's text (UTF-16 units), when the labels say. */
    start?: number;
  }[];
}

/** What scan reported for one page. */
export interface ScannedPage {
  file: string;
  matches: { claimId: string; text: string; verdict: string; score: number; start?: number }[];
}

/** A reviewer's judgement of a mark no label covers: does the marked text make a checkable claim? */
export interface ReviewedMark {
  quote: string;
  claim: boolean;
}

export interface Evaluation {
  labelled: number;
  found: number;
  matches: number;
  truePositives: number;
  verdictAgreed: number;
  /** Found claims whose verdict is in the labelled verdict's pole: supported · mixed or weak · unsupported or false. */
  poleAgreed: number;
  recall: number;
  precision: number;
  missed: { file: string; quote: string }[];
  falsePositives: { file: string; claimId: string; text: string; start?: number }[];
  /** Of the marks no label covers, when a review is given: judged claims, judged not claims, not reviewed. */
  review?: {
    claims: number;
    notClaims: number;
    unreviewed: { file: string; claimId: string; text: string; start?: number }[];
  };
  wrongVerdicts: { file: string; quote: string; expected: string; got: string; claimId: string }[];
  /**
   * The same count held to the page's positions, over the labelled claims whose place is known:
   * found only by a mark that stands on the quote itself. The corpus rule compares text, so a
   * short mark ("function", "weight loss") elsewhere on the page can find a quote that contains it.
   */
  inPlace: { labelled: number; found: number; poleAgreed: number };
}

/**
 * The corpus scoring rule (shared/corpus/README.md): both strings folded; they overlap
 * when one contains the other or they share a run of min(20, half the shorter) characters.
 */
export function overlaps(a: string, b: string): boolean {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const need = Math.min(20, Math.min(x.length, y.length) / 2);
  return longestCommonRun(x, y) >= need;
}

/** How much two strings share: the shorter's length when one contains the other, else their longest common run. */
export function overlapLength(a: string, b: string): number {
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  if (x.includes(y)) return y.length;
  if (y.includes(x)) return x.length;
  return longestCommonRun(x, y);
}

function longestCommonRun(x: string, y: string): number {
  let best = 0;
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? prev[j - 1]! + 1 : 0;
      if (cur[j]! > best) best = cur[j]!;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/**
 * The match a labelled quote is read by: the one that overlaps it most (then the higher score),
 * not one that merely shares a 20-character phrase with it from another sentence.
 */
export function bestMatch<M extends { text: string; score: number }>(
  matches: readonly M[],
  quote: string,
): M | undefined {
  let best: M | undefined;
  let bestLength = -1;
  for (const m of matches) {
    if (!overlaps(m.text, quote)) continue;
    const length = overlapLength(m.text, quote);
    if (length > bestLength || (length === bestLength && m.score > best!.score)) {
      best = m;
      bestLength = length;
    }
  }
  return best;
}

/** The three poles a reader acts on: believe it, weigh it, doubt it. */
export function pole(verdict: string): 'supported' | 'in between' | 'doubtful' {
  if (verdict === 'supported') return 'supported';
  return verdict === 'mixed' || verdict === 'weak' ? 'in between' : 'doubtful';
}

/**
 * Scores marks against labels. With `reviewed` (per file), each mark no label covers is looked
 * up among the reviewer's judgements by the same overlap rule; precision itself is unchanged,
 * and the review is reported beside it.
 */
export function evaluate(
  labels: readonly LabelledPage[],
  scanned: readonly ScannedPage[],
  reviewed?: ReadonlyMap<string, readonly ReviewedMark[]>,
): Evaluation {
  const byFile = new Map(scanned.map((s) => [s.file, s.matches]));
  const out: Evaluation = {
    labelled: 0,
    found: 0,
    matches: 0,
    truePositives: 0,
    verdictAgreed: 0,
    poleAgreed: 0,
    recall: 0,
    precision: 0,
    missed: [],
    falsePositives: [],
    wrongVerdicts: [],
    inPlace: { labelled: 0, found: 0, poleAgreed: 0 },
  };
  for (const page of labels) {
    const matches = byFile.get(page.file) ?? [];
    const quotes = page.kind === 'negative' ? [] : page.claims;
    out.labelled += quotes.length;
    out.matches += matches.length;
    for (const q of quotes) {
      if (q.start !== undefined) {
        const start = q.start;
        const end = start + q.quote.length;
        out.inPlace.labelled++;
        const here = bestMatch(
          matches.filter((m) => m.start !== undefined && m.start < end && m.start + m.text.length > start),
          q.quote,
        );
        if (here) {
          out.inPlace.found++;
          if (pole(here.verdict) === pole(q.verdict)) out.inPlace.poleAgreed++;
        }
      }
      const best = bestMatch(matches, q.quote);
      if (!best) {
        out.missed.push({ file: page.file, quote: q.quote });
        continue;
      }
      out.found++;
      if (pole(best.verdict) === pole(q.verdict)) out.poleAgreed++;
      if (best.verdict === q.verdict) out.verdictAgreed++;
      else
        out.wrongVerdicts.push({
          file: page.file,
          quote: q.quote,
          expected: q.verdict,
          got: best.verdict,
          claimId: best.claimId,
        });
    }
    // A restatement of a claim found correctly elsewhere on the page is a true positive too
    // (shared/corpus/README.md); a mark for a claim not reviewed individually stands only for itself.
    const hit = matches.map((m) => quotes.some((q) => overlaps(m.text, q.quote)));
    const confirmed = new Set(matches.filter((m, i) => hit[i] && !isUnreviewed(m.claimId)).map((m) => m.claimId));
    matches.forEach((m, i) => {
      if (hit[i] || confirmed.has(m.claimId)) out.truePositives++;
      else out.falsePositives.push({ file: page.file, claimId: m.claimId, text: m.text, start: m.start });
    });
  }
  if (reviewed) {
    const negatives = new Set(labels.filter((p) => p.kind === 'negative').map((p) => p.file));
    out.review = judgeUnlabelled(out.falsePositives, reviewed, negatives);
  }
  out.recall = out.labelled === 0 ? 1 : out.found / out.labelled;
  out.precision = out.matches === 0 ? 1 : out.truePositives / out.matches;
  return out;
}

/** Each unlabelled mark takes the judgement of the reviewed mark it overlaps most; marks on negative pages stay wrong. */
function judgeUnlabelled(
  marks: Evaluation['falsePositives'],
  reviewed: ReadonlyMap<string, readonly ReviewedMark[]>,
  negatives: ReadonlySet<string>,
): NonNullable<Evaluation['review']> {
  const out: NonNullable<Evaluation['review']> = { claims: 0, notClaims: 0, unreviewed: [] };
  for (const m of marks) {
    // A page that makes no health claim has no mark a review could make right.
    if (negatives.has(m.file)) {
      out.notClaims++;
      continue;
    }
    const best = (reviewed.get(m.file) ?? [])
      .filter((r) => overlaps(m.text, r.quote))
      .sort((a, b) => overlapLength(b.quote, m.text) - overlapLength(a.quote, m.text))[0];
    if (!best) out.unreviewed.push(m);
    else if (best.claim) out.claims++;
    else out.notClaims++;
  }
  return out;
}
