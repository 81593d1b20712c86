import type { NumberCheck, NumberVerdict } from '../core/stated-numbers';
import { formatFigure } from '../core/figure-units';
import { createElement } from './create-element';

/** What the popover needs to show a number check; the popover's content carries it. */
export interface NumberCheckContent {
  /** The page's figure held against the evidence's (stated-numbers.ts). */
  numberCheck?: NumberCheck;
}

const HEADINGS: Record<NumberVerdict, string> = {
  overstated: 'Number overstated. ',
  understated: 'Number understated. ',
  'in-line': 'Number in line with the evidence. ',
};

const TITLE_MAX = 60; // characters: a trial's title past this crowds out the numbers in a 400px card

/** A record's title cut at a word before TITLE_MAX; the full title is in the sources list below. */
export function shortTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The number check as one paragraph: "The page says 98–100%; the evidence reports 60–75%
 * (lean mass kept…; STEP 1, 2021)". Nothing when the page states no comparable figure.
 * Everything goes in as text.
 */
export function renderNumberCheck(doc: Document, check: NumberCheck | undefined): HTMLElement[] {
  if (!check) return [];
  const el = createElement.bind(null, doc);
  const { stated, evidence, source } = check;
  const said = `The page says ${stated.text}; the evidence reports ${formatFigure(evidence.low, evidence.high, evidence.unit)}`;
  const where = ` (${evidence.quantity}; ${shortTitle(source.title)}, ${source.year}).`;
  return [
    el(
      'p',
      { class: `flag number-check number-${check.verdict}` },
      el('span', { class: 'label' }, HEADINGS[check.verdict]),
      said + where,
      ...(evidence.note ? [` ${evidence.note}`] : []),
    ),
  ];
}
