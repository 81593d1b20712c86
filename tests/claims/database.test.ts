import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { formatProblem } from '../../lib/core/validate-claims';

const dir = join(__dirname, '..', '..', 'claims');
const { files, problems } = readClaimsDir(dir);
const claims = files.flatMap((f) => f.data.claims.map((c) => ({ ...c, topic: f.data.topic })));

/** Official records that count as an identifier when a source has no PMID or DOI. */
const OFFICIAL = /^https:\/\/([a-z0-9.-]+\.)?(fda\.gov|nih\.gov|federalregister\.gov|wada-ama\.org|dea\.gov|govinfo\.gov|ecfr\.gov|cdc\.gov|ema\.europa\.eu|who\.int|clinicaltrials\.gov|usada\.org|gpo\.gov|tga\.gov\.au|uspreventiveservicestaskforce\.org|gov\.uk|hpra\.ie)\//;

describe('the claims database', () => {
  it('has no schema, format, duplicate-id or shared-phrasing problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is broad: at least 400 claims over at least 60 topics', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(claims.length).toBeGreaterThanOrEqual(400);
  });

  it('gives every claim a source with a PMID, a DOI or an official URL', () => {
    const without = claims.filter(
      (c) => !c.sources.some((s) => s.pmid || s.doi || OFFICIAL.test(s.url) || s.kind === 'search'),
    );
    expect(without.map((c) => c.id)).toEqual([]);
  });

  it('links PubMed and DOI sources to the identifier they name', () => {
    const wrong = claims.flatMap((c) =>
      c.sources
        .filter(
          (s) =>
            (s.url.includes('pubmed.ncbi.nlm.nih.gov/') && s.pmid && !s.url.includes(`/${s.pmid}`)) ||
            (s.url.startsWith('https://doi.org/') && s.doi && s.url.slice('https://doi.org/'.length).toLowerCase() !== s.doi.toLowerCase()),
        )
        .map((s) => `${c.id}: ${s.url}`),
    );
    expect(wrong).toEqual([]);
  });

  it('marks supported claims too, so Evident informs rather than only accuses', () => {
    expect(claims.filter((c) => c.verdict === 'supported').length).toBeGreaterThanOrEqual(40);
  });

  it('gives every claim several phrasings and a short summary', () => {
    expect(claims.filter((c) => c.phrasings.length < 3).map((c) => c.id)).toEqual([]);
    expect(claims.filter((c) => c.summary.length > 600).map((c) => c.id)).toEqual([]);
  });

  it('names every topic the way pages do', () => {
    expect(files.filter((f) => f.data.names.length === 0).map((f) => f.data.topic)).toEqual([]);
  });
});
