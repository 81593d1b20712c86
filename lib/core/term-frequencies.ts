import type { TermFrequencies } from './claim-index';
import recorded from './term-frequencies.json';

/**
 * The claims database's term frequencies as they stood when `npm run claims:frequencies` last
 * wrote term-frequencies.json: every index of the real database (the extension's, the command
 * line's, the evaluation's) weighs its terms by this record, so a curator's new claims change
 * what their own phrasings match and leave every other match as it was. The record is written
 * again deliberately, as a change of its own with its effect measured (claims/README.md).
 */
export const RECORDED_FREQUENCIES: TermFrequencies = {
  claims: recorded.claims,
  df: new Map(Object.entries(recorded.df)),
};
