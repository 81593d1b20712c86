import { readFileSync } from 'node:fs';
import { locatePages, type WorkingPage } from './eval-locators';

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
