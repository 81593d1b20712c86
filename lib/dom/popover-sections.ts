import type { Source } from '../core/claim-types';
import { isUnreviewed, unreviewedNote as noteFor } from '../core/unreviewed-id';
import { renderNumberCheck } from './popover-numbers';
import { createElement } from './create-element';
import {
  CERTAINTY_LABELS,
  EVIDENCE_LABELS,
  SCOPE_LABELS,
  VERDICT_COLORS,
  VERDICT_ICONS,
  VERDICT_LABELS,
  sourceLabel,
  verdictLine,
} from './verdict-labels';
import type { PopoverContent } from './popover';

/**
 * The popover's sections, one small function each, so a section can be added (or moved
 * between the first view and "More") without touching the others. Every piece of page or
 * database text goes in through createElement, as text.
 */
type Section = (doc: Document, content: PopoverContent) => HTMLElement | null;

const el = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (string | Node)[]
) => createElement(doc, tag, attrs, ...children);

/** The verdict as a chip: icon and word, not colour alone. */
export const verdictChip: Section = (doc, { verdict }) => {
  const chip = el(
    doc,
    'span',
    { class: 'verdict', id: 'evident-verdict' },
    el(doc, 'span', { class: 'icon', 'aria-hidden': 'true' }, VERDICT_ICONS[verdict]),
    ' ',
    VERDICT_LABELS[verdict],
  );
  chip.style.backgroundColor = VERDICT_COLORS[verdict];
  return chip;
};

/** One plain line: the first sentence of the review's summary (else what the verdict means). */
export const plainLine: Section = (doc, { record, verdict }) =>
  el(doc, 'p', { class: 'line' }, record ? firstSentence(record.summary) : verdictLine(verdict));

/** A verdict Evident did not give the claim itself: the topic's usual one, or the closest reviewed claim's. */
export const unreviewedNote: Section = (doc, { record }) =>
  record && isUnreviewed(record.id) ? el(doc, 'p', { class: 'unreviewed' }, noteFor(record.id)) : null;

/**
 * Why the verdict shown is not the reviewed claim's own ("in rats, it sped healing" is a true
 * statement of a claim rated weak for people): said at once, beside the verdict it explains.
 */
export const asStated: Section = (doc, { asStated: why }) =>
  why ? el(doc, 'p', { class: 'as-stated' }, `Judged as stated: ${why}.`) : null;

/** The page's figure held against the evidence's: shown first, it is the news of the claim. */
export const numberCheck: Section = (doc, { numberCheck: check }) => renderNumberCheck(doc, check)[0] ?? null;

/** The first source, with what kind of source it is. */
export const topSource: Section = (doc, { record }) => {
  const source = record?.sources[0];
  if (!source) return null;
  return el(
    doc,
    'p',
    { class: 'top-source' },
    el(doc, 'span', { class: 'label' }, 'Source: '),
    ...sourceParts(doc, source),
  );
};

/** What the verdict means for this kind of evidence, and how strong that evidence is. */
export const evidenceFacts: Section = (doc, { record, verdict }) => {
  if (!record) return el(doc, 'p', { class: 'summary' }, 'The details of this claim could not be loaded.');
  const facts = el(
    doc,
    'dl',
    { class: 'facts' },
    el(doc, 'dt', {}, 'Best evidence'),
    el(doc, 'dd', {}, EVIDENCE_LABELS[record.evidence]),
    el(doc, 'dt', {}, 'Research on it'),
    el(doc, 'dd', {}, CERTAINTY_LABELS[record.certainty]),
  );
  if (record.scope) facts.append(el(doc, 'dt', {}, 'Scope'), el(doc, 'dd', {}, SCOPE_LABELS[record.scope]));
  return el(
    doc,
    'div',
    {},
    el(doc, 'p', { class: 'meaning' }, `${VERDICT_LABELS[verdict]}: ${verdictLine(verdict, record.evidence)}`),
    facts,
  );
};

/** The claim as reviewed, and the rest of the summary (its first sentence is the first view's line). */
export const claimAndSummary: Section = (doc, { record }) => {
  if (!record) return null;
  const rest = record.summary.slice(firstSentence(record.summary).length).trim();
  const part = el(
    doc,
    'div',
    {},
    el(doc, 'p', { class: 'claim' }, el(doc, 'span', { class: 'label' }, 'The claim reviewed: '), record.claim),
  );
  if (rest) part.append(el(doc, 'p', { class: 'summary' }, rest));
  return part;
};

export const vagueCitation: Section = (doc, { flags }) =>
  flags?.includes('vague-citation')
    ? el(
        doc,
        'p',
        { class: 'flag' },
        'The page names no source a reader can check here. A checkable citation gives the study ' +
          '(authors, journal, year) and a PMID, DOI or link.',
      )
    : null;

export const allSources: Section = (doc, { record }) =>
  record && record.sources.length > 0
    ? el(
        doc,
        'section',
        {},
        el(doc, 'h3', {}, 'Sources'),
        el(doc, 'ol', { class: 'sources' }, ...record.sources.map((s) => el(doc, 'li', {}, ...sourceParts(doc, s)))),
      )
    : null;

export const pageSources: Section = (doc, { pageSources: given }) =>
  given?.length
    ? el(
        doc,
        'section',
        {},
        el(doc, 'h3', {}, 'Sources this page gives'),
        el(
          doc,
          'ul',
          { class: 'sources' },
          ...given.map((s) =>
            el(
              doc,
              'li',
              {},
              s.startsWith('PMID ')
                ? link(doc, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(s.slice(5))}/`, s)
                : s.startsWith('DOI ')
                  ? link(doc, `https://doi.org/${s.slice(4)}`, s)
                  : link(doc, s, s),
            ),
          ),
        ),
      )
    : null;

export const whyMatched: Section = (doc, content) =>
  el(
    doc,
    'details',
    { class: 'why' },
    el(doc, 'summary', {}, 'Why this matched'),
    el(doc, 'p', {}, el(doc, 'span', { class: 'label' }, 'On this page: '), `“${content.pageText}”`),
    el(doc, 'ul', {}, ...content.reasons.map((r) => el(doc, 'li', {}, r))),
  );

export const reviewedDate: Section = (doc, { record }) =>
  record?.reviewed
    ? el(
        doc,
        'p',
        { class: 'reviewed' },
        'Evident last reviewed this claim on ',
        el(doc, 'time', { datetime: record.reviewed }, record.reviewed),
        '.',
      )
    : null;

export const copyLink: Section = (doc) =>
  el(
    doc,
    'p',
    { class: 'copy' },
    el(doc, 'button', { class: 'copy-link', type: 'button' }, 'Copy link to this claim'),
    el(doc, 'span', { class: 'copy-status', role: 'status' }),
  );

/** The first view, then what "More" shows; each list in reading order. */
export const FIRST_VIEW: readonly Section[] = [plainLine, asStated, numberCheck, unreviewedNote, topSource];
export const MORE_VIEW: readonly Section[] = [
  evidenceFacts,
  claimAndSummary,
  vagueCitation,
  allSources,
  pageSources,
  whyMatched,
  reviewedDate,
  copyLink,
];

function sourceParts(doc: Document, source: Source): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [link(doc, source.url, source.title), ' '];
  const ids: (string | HTMLElement)[] = [sourceLabel(source)];
  if (source.pmid)
    ids.push(
      ' · ',
      link(doc, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(source.pmid)}/`, `PMID ${source.pmid}`),
    );
  if (source.doi) ids.push(' · ', link(doc, `https://doi.org/${source.doi}`, `DOI ${source.doi}`));
  parts.push(el(doc, 'span', { class: 'ids' }, '(', ...ids, ')'));
  return parts;
}

/** A link that opens in a new tab; a URL that is not http(s) is shown as plain text. */
function link(doc: Document, url: string, text: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return el(doc, 'span', {}, text);
  return el(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** Up to the first full stop followed by a space and a capital (not "e.g. " nor "1.5 mg"). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-Z(“"])/.exec(text);
  return m && m[1]!.length >= 30 ? m[1]! : text;
}
