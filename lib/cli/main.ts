import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { checkClaimsCommand, exportClaimsCommand, formatClaimsCommand, reportClaimsCommand } from './claims-commands';
import { openClaimsDatabase } from './claims-dir';
import { evalCommand } from './eval-command';
import { locateCommand, locateReviewedCommand } from './locate-command';
import { copyCheckCommand } from './copy-check-command';
import { explainCommand } from './explain-command';
import { frequenciesCommand } from './frequencies-command';
import { importClaimsCommand } from './import-command';
import { missingCommand, restoreCommand } from './restore-command';
import { scanCommand } from './scan-command';

// EVIDENT_CLAIMS_DIR points the commands at another copy of the database (a curator's work in progress).
const CLAIMS_DIR =
  process.env.EVIDENT_CLAIMS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'claims');

const USAGE = `usage: evident <command>
  scan [--json] FILE...      report the claims each page makes (.txt, .html, WordPress REST .json)
  eval LABELS.json DIR [--reviewed REVIEWED.json] [--unlabelled OUT.json]
                             recall and precision against a labelled corpus (DIR: its texts, or the cache of tests/eval);
                             with a review of the marks no label covers, precision counting them too; OUT: those still to review
  eval:reviewed WORKING.json DIR   a review of unlabelled marks -> locators (hashes, offsets), printed as JSON
  eval:locate WORKING.json DIR   labels with quotes -> locators (hashes, offsets) for tests/eval, printed as JSON
  eval:missing LABELS.json DIR   the labelled pages not in DIR, grouped by the stored search that found them (JSON)
  eval:restore LABELS.json DIR FILE [--json]   save the page text on standard input (--json: as the search tool's
                             JSON string) as DIR/FILE if it is the labelled text, repairing known hidden differences
  eval:copycheck LABELS.json... DIR   phrasings that repeat 6+ consecutive words of a labelled page (exit 1 if any)
  explain FILE               each sentence, what it is marked as, and the closest phrasings (for curators)
  claims:check               validate every file in claims/
  claims:format [FILE...]    rewrite claims/ (or the files named) in canonical form
  claims:report              topics x claims x verdicts
  claims:frequencies         record the database's term frequencies, which every index weighs its terms by (moves all weights)
  claims:export --format claimreview   the database as schema.org ClaimReview JSON-LD, on standard output
  claims:import FILE [--out PACK.json | --check]   a claims pack or ClaimReview JSON-LD, checked against claims/ and written as a pack`;

const openDatabase = () => openClaimsDatabase(CLAIMS_DIR);

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'scan':
      return scanCommand(args, openDatabase());
    case 'eval':
      return evalCommand(args, openDatabase());
    case 'eval:locate':
      return locateCommand(args);
    case 'eval:reviewed':
      return locateReviewedCommand(args);
    case 'eval:missing':
      return missingCommand(args);
    case 'eval:restore':
      return restoreCommand(args);
    case 'eval:copycheck':
      return copyCheckCommand(args, openDatabase());
    case 'explain':
      return explainCommand(args, openDatabase());
    case 'claims:check':
      return checkClaimsCommand(CLAIMS_DIR);
    case 'claims:format':
      return formatClaimsCommand(CLAIMS_DIR, args);
    case 'claims:export':
      return exportClaimsCommand(args, openDatabase());
    case 'claims:import':
      return importClaimsCommand(args, openDatabase());
    case 'claims:report':
      return reportClaimsCommand(CLAIMS_DIR);
    case 'claims:frequencies':
      return frequenciesCommand(openDatabase(), join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`evident: ${(err as Error).message}`);
  process.exitCode = 1;
}
