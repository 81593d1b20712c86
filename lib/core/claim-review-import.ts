import { verdictFromRating } from './claim-review-ratings';
import {
  CERTAINTIES,
  CLAIM_KINDS,
  EVIDENCE_KINDS,
  SCOPES,
  SOURCE_KINDS,
  type Certainty,
  type Claim,
  type EvidenceKind,
  type Source,
  type TopicFile,
} from './claim-types';
import type { ClaimsProblem } from './validate-claims';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `ClaimReview`, `schema:ClaimReview` or `https://schema.org/ClaimReview`, alone or among other types. */
const isClaimReview = (v: unknown): v is Obj =>
  isObj(v) && list(v['@type']).some((t) => typeof t === 'string' && /(?:^|[:/])ClaimReview$/.test(t));

/** The ClaimReview items of a JSON-LD document: one object, an array, or a `@graph` (other nodes are left aside). */
export function claimReviewItems(data: unknown): Obj[] {
  const nodes = Array.isArray(data) ? data : isObj(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  return nodes.filter(isClaimReview);
}

/** Whether parsed JSON is ClaimReview JSON-LD rather than claims files: detected by `@type`, not by file name. */
export const isClaimReviewDocument = (data: unknown): boolean => claimReviewItems(data).length > 0;

/** A kebab-case id from any text: "Growth Hormone (HGH)" → "growth-hormone-hgh". */
export function kebab(s: string, max = 60): string {
  const words = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    if (out && out.length + 1 + w.length > max) break;
    out = out ? `${out}-${w}` : w.slice(0, max);
  }
  return out;
}

/**
 * The subject an item names: `itemReviewed.about` (or the review's own `about`), a Thing or
 * a name. A topic made from a name that an installed topic already uses is the reviewer's
 * own topic beside it ("epitalon-example-checks"): packs never share a topic with the database.
 */
function subjectOf(item: Obj, installed: ReadonlySet<string>): { topic: string; names: string[] } | null {
  const claim = isObj(item.itemReviewed) ? item.itemReviewed : {};
  const about = list(claim.about ?? item.about)[0];
  const thing = isObj(about) ? about : { name: about };
  const names = [...new Set([thing.name, ...list(thing.alternateName)].map(text).filter((n) => n !== undefined))];
  const id = text(thing.identifier);
  const named = kebab(names[0] ?? '');
  const reviewer = isObj(item.author) ? kebab(text(item.author.name) ?? '', 30) : '';
  const topic =
    id && KEBAB.test(id) ? id : named && installed.has(named) ? `${named}-${reviewer || 'fact-checks'}` : named;
  return topic ? { topic, names: names.length > 0 ? names : [topic] } : null;
}

/** What our own export writes in `ratingExplanation` (claim-review.ts), read back. */
function explained(item: Obj): Pick<Claim, 'certainty' | 'evidence' | 'scope' | 'kind'> {
  const rating = isObj(item.reviewRating) ? item.reviewRating : {};
  const said = text(rating.ratingExplanation) ?? '';
  const pick = <T extends string>(label: string, allowed: readonly T[]): T | undefined => {
    const m = new RegExp(`${label}: ([a-z-]+)\\.`).exec(said);
    return m && (allowed as readonly string[]).includes(m[1]!) ? (m[1] as T) : undefined;
  };
  const scope = pick('Stated about', SCOPES);
  const kind = pick('Kind of claim', CLAIM_KINDS);
  return {
    // A fact-checker's review says nothing of GRADE certainty or the kind of evidence: low, none.
    certainty: pick<Certainty>('Certainty of the evidence \\(GRADE\\)', CERTAINTIES) ?? 'low',
    evidence: pick<EvidenceKind>('Kind of evidence', EVIDENCE_KINDS) ?? 'none',
    ...(scope ? { scope } : {}),
    ...(kind ? { kind } : {}),
  };
}

const year = (v: unknown) => Number(/^\d{4}/.exec(text(v) ?? '')?.[0] ?? NaN);

/** `citation` entries as sources; without any, the fact-check itself (its page) is the source. */
function sourcesOf(item: Obj, reviewer: string | undefined): Source[] {
  const cited = list(item.citation).filter(isObj);
  const works =
    cited.length > 0
      ? cited
      : [
          {
            ...item,
            name: text(item.name) ?? text(item.headline) ?? `Fact check by ${reviewer ?? 'an unnamed reviewer'}`,
          },
        ];
  return works.map((w) => {
    const ids = list(w.identifier).filter(isObj);
    const id = (name: string) => text(ids.find((i) => text(i.propertyID)?.toUpperCase() === name)?.value);
    const genre = text(w.genre);
    const pmid = id('PMID');
    const doi = id('DOI');
    return {
      title: text(w.name) ?? text(w.headline) ?? '',
      year: year(w.datePublished),
      kind: genre && (SOURCE_KINDS as readonly string[]).includes(genre) ? (genre as Source['kind']) : 'review',
      ...(pmid ? { pmid } : {}),
      ...(doi ? { doi } : {}),
      url: text(w.url) ?? '',
    };
  });
}

export type ClaimReviewReading = { ok: true; topics: TopicFile[] } | { ok: false; problems: ClaimsProblem[] };

/**
 * ClaimReview items as claims files, one per subject. An item whose rating cannot be mapped
 * (claim-review-ratings.ts), that states no claim or names no subject is a problem named
 * by the item (its identifier, or its position) and field; the caller refuses the whole
 * file on any problem, and validates the converted topics as any pack.
 */
export function topicsFromClaimReviews(
  data: unknown,
  file: string,
  installed: ReadonlySet<string> = new Set(),
): ClaimReviewReading {
  const problems: ClaimsProblem[] = [];
  const topics = new Map<string, TopicFile>();
  const taken = new Set<string>();
  claimReviewItems(data).forEach((item, i) => {
    const who = text(item.identifier) ?? `item ${i + 1}`;
    const add = (field: string, message: string) => problems.push({ file, claimId: who, field, message });
    const claimReviewed = text(item.claimReviewed);
    const rating = verdictFromRating(item.reviewRating);
    const subject = subjectOf(item, installed);
    if (!claimReviewed) add('claimReviewed', 'is missing: the claim the review is about');
    if ('field' in rating) add(rating.field, rating.message);
    if (!subject)
      add(
        'itemReviewed.about',
        'names no subject: Evident marks a claim only on pages that name its subject; give itemReviewed.about a name',
      );
    if (!claimReviewed || 'field' in rating || !subject) return;
    const own = text(item.identifier);
    let id =
      own && KEBAB.test(own) && own.startsWith(`${subject.topic}-`) ? own : `${subject.topic}-${kebab(claimReviewed)}`;
    for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    taken.add(id);
    const itemReviewed = isObj(item.itemReviewed) ? item.itemReviewed : {};
    const appearances = list(itemReviewed.appearance)
      .map((a) => (isObj(a) ? text(a.text) : undefined))
      .filter((a) => a !== undefined);
    const rated = isObj(item.reviewRating) ? text(item.reviewRating.alternateName) : undefined;
    const reviewer = isObj(item.author) ? text(item.author.name) : undefined;
    const claim: Claim = {
      id,
      claim: claimReviewed,
      phrasings: appearances.length > 0 ? [...new Set(appearances)] : [claimReviewed],
      verdict: rating.verdict,
      ...explained(item),
      summary:
        text(item.reviewBody) ??
        `${reviewer ?? 'A fact-checker'} rated this claim “${rated ?? rating.verdict}”${text(item.url) ? ` (${text(item.url)})` : ''}.`,
      sources: sourcesOf(item, reviewer),
      reviewed: (text(item.datePublished) ?? text(item.dateModified) ?? '').slice(0, 10),
    };
    const topic = topics.get(subject.topic) ?? { topic: subject.topic, names: [], claims: [] };
    topic.names = [...new Set([...topic.names, ...subject.names])];
    topic.claims.push(claim);
    topics.set(subject.topic, topic);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, topics: [...topics.values()] };
}
