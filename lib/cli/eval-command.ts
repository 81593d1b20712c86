import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../core/claim-index';
import type { ClaimsDatabase } from '../core/claims-database';
import { evaluate, type LabelledPage } from '../core/evaluate';
import { isLocated, resolveLocatedPages } from './eval-locators';
import { scanFile } from './scan-command';

/**
 * Reads a labels file: quotes inline (shared/corpus/labels.json), or locators into the cached
 * texts in `dir` (tests/eval/*\/labels.json), whose hashes are checked.
 */
export function readLabels(path: string, dir = ''): LabelledPage[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not a readable labels file (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: must be an array of { file, kind, claims }`);
  if (data.length > 0 && data.every(isLocated)) return resolveLocatedPages(data, dir);
  data.forEach((p: unknown, i) => {
    const page = p as Partial<LabelledPage>;
    if (typeof page.file !== 'string' || !Array.isArray(page.claims)) {
      throw new Error(`${path}: entry ${i} must have "file" (string) and "claims" (array)`);
    }
  });
  return data as LabelledPage[];
}

export function evalCommand(args: string[], db: ClaimsDatabase): number {
  const [labelsPath, dir] = args;
  if (!labelsPath || !dir) {
    console.error('usage: eval LABELS.json DIR');
    return 2;
  }
  const labels = readLabels(labelsPath, dir);
  const index = buildIndex(db.topics);
  const scanned = labels.map((page) => ({ ...scanFile(join(dir, page.file), db, index), file: page.file }));
  const e = evaluate(labels, scanned);
  for (const m of e.missed) console.log(`missed   ${m.file}: “${m.quote.slice(0, 110)}”`);
  for (const w of e.wrongVerdicts)
    console.log(`verdict  ${w.file}: ${w.claimId} is ${w.got}, labelled ${w.expected}: “${w.quote.slice(0, 80)}”`);
  for (const f of e.falsePositives)
    console.log(`extra    ${f.file}: ${f.claimId}: “${f.text.replace(/\s+/g, ' ').slice(0, 110)}”`);
  console.log(`pages ${labels.length}, labelled claims ${e.labelled}, matches ${e.matches}`);
  console.log(
    `recall ${e.recall.toFixed(3)} (${e.found}/${e.labelled})  precision ${e.precision.toFixed(3)} (${e.truePositives}/${e.matches})`,
  );
  console.log(
    `verdict agreement ${e.found === 0 ? '—' : (e.verdictAgreed / e.found).toFixed(3)} (${e.verdictAgreed}/${e.found})`,
  );
  console.log(
    `verdict pole agreement ${e.found === 0 ? '—' : (e.poleAgreed / e.found).toFixed(3)} (${e.poleAgreed}/${e.found})`,
  );
  // Pages that make no health claim must get no mark: the count is its own line, not hidden in precision.
  const negatives = new Set(labels.filter((p) => p.kind === 'negative').map((p) => p.file));
  if (negatives.size > 0) {
    const marks = scanned.filter((s) => negatives.has(s.file)).reduce((n, s) => n + s.matches.length, 0);
    console.log(`marks on the ${negatives.size} negative pages: ${marks}`);
  }
  return 0;
}
