import { readFileSync } from 'node:fs';
import { locatePages, type WorkingPage } from './eval-locators';
import { locateReviews, type WorkingReview } from './reviewed-marks';

/** `eval:locate WORKING.json DIR`: prints the locator form of labels whose texts are cached in DIR. */
export function locateCommand(args: string[]): number {
  const [workingPath, dir] = args;
  if (!workingPath || !dir) {
    console.error('usage: eval:locate WORKING.json DIR');
    return 2;
  }
  const pages = JSON.parse(readFileSync(workingPath, 'utf8')) as WorkingPage[];
  console.log(JSON.stringify(locatePages(pages, dir), null, 2));
  return 0;
}

/** `eval:reviewed WORKING.json DIR`: a reviewer's decisions on unlabelled marks -> the committed form (hashes, offsets). */
export function locateReviewedCommand(args: string[]): number {
  const [workingPath, dir] = args;
  if (!workingPath || !dir) {
    console.error('usage: eval:reviewed WORKING.json DIR');
    return 2;
  }
  const reviews = JSON.parse(readFileSync(workingPath, 'utf8')) as WorkingReview[];
  console.log(JSON.stringify(locateReviews(reviews, dir), null, 2));
  return 0;
}
