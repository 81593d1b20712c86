import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { checkClaimsCommand, formatClaimsCommand, reportClaimsCommand } from './claims-commands';

const CLAIMS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'claims');

const USAGE = `usage: evident <command>
  scan [--json] FILE...      report the claims each page makes
  eval LABELS.json DIR       recall and precision against a labelled corpus
  claims:check               validate every file in claims/
  claims:format [FILE...]    rewrite claims/ (or the files named) in canonical form
  claims:report              topics x claims x verdicts`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'claims:check':
      return checkClaimsCommand(CLAIMS_DIR);
    case 'claims:format':
      return formatClaimsCommand(CLAIMS_DIR, args);
    case 'claims:report':
      return reportClaimsCommand(CLAIMS_DIR);
    default:
      console.error(USAGE);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
