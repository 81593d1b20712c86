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
  const where = ` (${evidence.quantity}; ${source.title}, ${source.year}).`;
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
