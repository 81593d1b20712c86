import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { htmlReport, type ReportPage } from './html-report';
import { buildIndex, type ClaimIndex } from '../core/claim-index';
import { RECORDED_FREQUENCIES } from '../core/term-frequencies';
import type { ClaimsDatabase } from '../core/claims-database';
import { findClaims } from '../core/find-claims';
import { claimRecord } from '../core/claim-records';
import { readPageText } from './read-page';
import { describeNumberCheck } from './number-check-text';
import type { NumberCheck } from '../core/stated-numbers';

/** One file's result, in the shape DESIGN.md gives for `scan --json`. */
export interface ScanResult {
  file: string;
  /** The extracted text the offsets index (kept for reports; not part of --json). */
  text?: string;
  matches: {
    claimId: string;
    text: string;
    start: number;
    end: number;
    verdict: string;
    certainty: string;
    score: number;
    /** Set when the page scopes the claim to animals or cells. */
    scope?: string;
    /** e.g. `vague-citation`: the page leans on an authority it does not name. */
    flags?: string[];
    /** PMIDs, DOIs and links the page gives beside the claim. */
    pageSources?: string[];
    /** The page's figure held against the evidence's (`number-overstated` etc. in `flags`). */
    numberCheck?: NumberCheck;
    /** Why the verdict is not the reviewed claim's own: how the page states it. */
    asStated?: string;
  }[];
}

export function scanFile(file: string, db: ClaimsDatabase, index: ClaimIndex): ScanResult {
  const { text } = readPageText(file);
  const matches = findClaims(text, index).map((m) => ({
    claimId: m.claimId,
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    verdict: m.verdict,
    certainty: m.certainty,
    score: m.score,
    ...(m.scope === 'human' ? {} : { scope: m.scope }),
    ...(m.flags ? { flags: m.flags } : {}),
    ...(m.pageSources ? { pageSources: m.pageSources } : {}),
    ...(m.numberCheck ? { numberCheck: m.numberCheck } : {}),
    ...(m.asStated ? { asStated: m.asStated } : {}),
  }));
  return { file, text, matches };
}

export function scanCommand(args: string[], db: ClaimsDatabase): number {
  const json = args.includes('--json');
  const at = args.indexOf('--html');
  const html = at >= 0 ? args[at + 1] : undefined;
  const files = args.filter((a, i) => a !== '--json' && !(at >= 0 && (i === at || i === at + 1)));
  if (files.length === 0 || (at >= 0 && !html)) {
    console.error('usage: scan [--json] [--html REPORT.html] FILE...');
    return 2;
  }
  const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
  const results: ScanResult[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      results.push(scanFile(file, db, index));
    } catch (err) {
      console.error((err as Error).message);
      failed++;
    }
  }
  if (html) {
    writeFileSync(html, htmlReport(results as ReportPage[], db));
    console.error(`report written to ${html}`);
  }
  if (json)
    console.log(
      JSON.stringify(
        results.map(({ text: _text, ...r }) => r),
        null,
        2,
      ),
    );
  else for (const r of results) printReport(r, db);
  return failed > 0 ? 1 : 0;
}

function printReport(r: ScanResult, db: ClaimsDatabase): void {
  console.log(`\n${basename(r.file)}: ${r.matches.length} claim${r.matches.length === 1 ? '' : 's'}`);
  for (const m of r.matches) {
    const claim = claimRecord(db, m.claimId)!;
    console.log(`  [${m.verdict}, ${m.certainty} certainty] ${claim.claim}`);
    console.log(`      “${m.text.replace(/\s+/g, ' ')}” (${m.start}–${m.end}, score ${m.score})`);
    if (m.numberCheck) console.log(`      ${describeNumberCheck(m.numberCheck)}`);
    if (m.asStated) console.log(`      judged as stated: ${m.asStated}`);
    const src = claim.sources[0];
    if (src) console.log(`      source: ${src.title} (${src.year}) ${src.url}`);
  }
}
