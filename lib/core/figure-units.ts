import type { FigureUnit } from './claim-types';

/**
 * Units a page writes a figure in, and how to hold one against another. Figures compare only
 * within a family (a percentage against a percentage, pounds against kilograms); across
 * families they are different quantities and nothing is said.
 *
 * Percentages and folds are kept apart on purpose: pages write "raises GH by 200%" for both
 * a doubling and a tripling, so converting one into the other would invent a verdict.
 */
export type UnitFamily = 'percent' | 'fold' | 'mass' | 'concentration' | 'time';

/** Family and size of each unit, in the family's base (grams, ng/dL, hours). */
const UNITS: Record<FigureUnit, { family: UnitFamily; base: number }> = {
  '%': { family: 'percent', base: 1 },
  fold: { family: 'fold', base: 1 },
  kg: { family: 'mass', base: 1000 },
  lb: { family: 'mass', base: 453.59237 },
  g: { family: 'mass', base: 1 },
  mg: { family: 'mass', base: 1e-3 },
  mcg: { family: 'mass', base: 1e-6 },
  'ng/dL': { family: 'concentration', base: 1 },
  'ng/mL': { family: 'concentration', base: 100 },
  minutes: { family: 'time', base: 1 / 60 },
  hours: { family: 'time', base: 1 },
  days: { family: 'time', base: 24 },
  weeks: { family: 'time', base: 168 },
  months: { family: 'time', base: 730.5 },
};

export const unitFamily = (unit: FigureUnit): UnitFamily => UNITS[unit].family;

/** `value` in `from` expressed in `to`; both must be of one family. */
export function convertFigure(value: number, from: FigureUnit, to: FigureUnit): number {
  return from === to ? value : (value * UNITS[from].base) / UNITS[to].base;
}

/**
 * How pages spell each unit, longest first where one spelling starts another ("ng/dl" before
 * "g", "mcg" before "mg"). Matched case-insensitively, after a number.
 */
export const UNIT_SPELLINGS: readonly (readonly [string, FigureUnit])[] = [
  ['%|percent|per cent', '%'],
  ['fold|x|×', 'fold'],
  ['ng/dl', 'ng/dL'],
  ['ng/ml', 'ng/mL'],
  ['kg|kgs|kilograms?|kilos?', 'kg'],
  ['lbs?|pounds?', 'lb'],
  ['mcg|µg|μg|micrograms?', 'mcg'],
  ['mg|milligrams?', 'mg'],
  ['g|grams?', 'g'],
  ['minutes?|mins?', 'minutes'],
  ['hours?|hrs?|h', 'hours'],
  ['days?', 'days'],
  ['weeks?|wks?', 'weeks'],
  ['months?', 'months'],
];

/** The canonical unit for a spelling matched by UNIT_SPELLINGS. */
export function unitOf(spelling: string): FigureUnit | null {
  const s = spelling.toLowerCase();
  for (const [alternatives, unit] of UNIT_SPELLINGS) {
    if (new RegExp(`^(?:${alternatives})$`, 'i').test(s)) return unit;
  }
  return null;
}

/** "14.9%", "60–75%", "7.5-fold", "2–3 hours": the way the figure is usually written. */
export function formatFigure(low: number, high: number, unit: FigureUnit): string {
  const value = low === high ? String(low) : `${low}–${high}`;
  if (unit === '%') return `${value}%`;
  if (unit === 'fold') return `${value}-fold`;
  return `${value} ${unit}`;
}
