/**
 * Candidate thesaurus entries (issue 6), found in the database itself: two phrasings of one claim
 * whose content terms (claim-index.ts's contentTerms: after the tokenizer and the thesaurus, stop
 * words left out) differ by one term on each side say that those two terms stand for each other
 * there ("boron aids calcium absorption" beside "boron improves calcium absorption"). Pairs seen in
 * at least MIN claims, most claims first, each with one example. Not every pair is a synonym
 * ("deficiency" and "low", "make" and "produce" are too broad to fold): a developer reads the list
 * and writes the entries worth having, then measures them.
 *
 *   npx tsx tests/eval/substitutions.ts [--min 4] [--top 150]
 *
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { contentTerms } from '../../lib/core/claim-index';
import { takeOption } from './options';

const args = process.argv.slice(2);
const min = Number(takeOption(args, '--min') ?? 4);
const top = Number(takeOption(args, '--top') ?? 150);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const topics = readClaimsDir(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims')).files.map((f) => f.data);

const pairs = new Map<string, { claims: Set<string>; example: string }>();
for (const topic of topics)
  for (const claim of topic.claims) {
    const sets = claim.phrasings.map((p) => new Set(contentTerms(p)));
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++) {
        const onlyI = [...sets[i]!].filter((t) => !sets[j]!.has(t));
        const onlyJ = [...sets[j]!].filter((t) => !sets[i]!.has(t));
        if (onlyI.length !== 1 || onlyJ.length !== 1) continue;
        const key = [onlyI[0]!, onlyJ[0]!].sort().join(' ~ ');
        const entry = pairs.get(key) ?? {
          claims: new Set<string>(),
          example: `${claim.phrasings[i]} | ${claim.phrasings[j]}`,
        };
        entry.claims.add(claim.id);
        pairs.set(key, entry);
      }
  }
const rows = [...pairs].filter(([, e]) => e.claims.size >= min).sort((a, b) => b[1].claims.size - a[1].claims.size);
for (const [key, e] of rows.slice(0, top)) console.log(`${e.claims.size}\t${key}\t${e.example}`);
