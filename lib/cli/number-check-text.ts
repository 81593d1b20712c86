import type { NumberCheck } from '../core/stated-numbers';
import { formatFigure } from '../core/figure-units';

/** A number check in one line, for the terminal and the HTML report: the same words as the popover. */
export function describeNumberCheck(check: NumberCheck): string {
  const { stated, evidence, source } = check;
  const verdict = check.verdict === 'in-line' ? 'in line' : check.verdict;
  return (
    `number ${verdict}: the page says ${stated.text}; the evidence reports ` +
    `${formatFigure(evidence.low, evidence.high, evidence.unit)} (${evidence.quantity}; ${source.title}, ${source.year})`
  );
}
