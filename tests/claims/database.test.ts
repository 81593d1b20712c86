import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { formatProblem, MAX_SUMMARY } from '../../lib/core/validate-claims';
import { topicsAsClaimReviews } from '../../lib/core/claim-review';
import { topicsFromClaimReviews } from '../../lib/core/claim-review-import';
import { statedScope } from '../../lib/core/stated-scope';
import { tokenize } from '../../lib/core/tokenize';

const dir = join(__dirname, '..', '..', 'claims');
const { files, problems } = readClaimsDir(dir);
const claims = files.flatMap((f) => f.data.claims.map((c) => ({ ...c, topic: f.data.topic })));

/** Official records that count as an identifier when a source has no PMID or DOI. */
const OFFICIAL = /^https:\/\/([a-z0-9.-]+\.)?(fda\.gov|nih\.gov|federalregister\.gov|wada-ama\.org|dea\.gov|govinfo\.gov|ecfr\.gov|cdc\.gov|ema\.europa\.eu|who\.int|clinicaltrials\.gov|usada\.org|drugabuse\.gov|gpo\.gov|tga\.gov\.au|uspreventiveservicestaskforce\.org|gov\.uk|hpra\.ie|ftc\.gov|efsa\.europa\.eu|medlineplus\.gov|cancer\.gov|nice\.org\.uk)\//;

/**
 * Claims that cite a named journal article whose PMID or DOI the curators could not see
 * in any record they found (searches are in each claim's sources). Listed so the gap is
 * visible and cannot grow unnoticed; each is a candidate for the next review.
 */
const KNOWN_GAPS = new Set([
  'dht-raises-prostate-cancer-risk', // Roddam et al., J Natl Cancer Inst 2008;100(3):170-83
  'somatropin-supraphysiological-12-18-hours', // Eur J Endocrinol 2007;156(6):647 (publisher page)
  'thymosin-alpha-1-not-fda-approved', // FDA's 2021 statement, seen only in trade press
  'survodutide-breakthrough-therapy-mash', // sponsors announce Breakthrough designations; FDA publishes no record
  'vip-cirs-mold-illness', // Shoemaker et al., Health 2013 (SCIRP), not indexed in PubMed; no DOI found
  'progesterone-micronized-preserves-hdl', // PEPI trial, JAMA 1995;273(3):199-208 (publisher page; no PMID or DOI seen)
  'vip-nasal-spray-dosing', // the same 2013 series is the only source of the schedule
  'coq10-warfarin-interaction', // Engelsen et al., Ugeskr Laeger 2003 (Danish crossover trial); no PMID or DOI found
  'fadogia-agrestis-testicular-toxicity-rats', // Yakubu et al. rat study (J Ethnopharmacol 2008 per secondary pages); PMID not found
  'metformin-tame-not-started-funding', // TAME is not registered; its sponsor AFAR's own FAQ page is the record of its status
  'metformin-tame-underway', // the same: no registry entry exists for a trial that has not started
  'nmn-us-supplement-status', // FDA's September 2025 petition responses, seen only in trade press (Nutritional Outlook, AHPA)
  'rapamycin-approved-lam', // FDA's May 2015 approval of Rapamune for LAM, seen only in news copies of FDA's release
  // Geref (sermorelin) was withdrawn; its labelling survives only in RxList's copy, not on DailyMed.
  'sermorelin-allergic-reactions-rare',
  'sermorelin-drugs-blunt-gh-release',
  'sermorelin-hypothyroidism-blunts-response',
  'sermorelin-no-drug-interactions',
  'growth-hormone-adult-deficiency-symptoms', // Hazem et al., Eur J Endocrinol 2012;166(1):13-20 (publisher page)
  // Armour Thyroid's FDA drug labelling, seen only in MedPath's copy of the listing, not on DailyMed.
  'thyroid-ndt-38-mcg-t4-9-mcg-t3-per-grain',
  'thyroid-ndt-prescription-not-supplement',
]);

describe('the claims database', () => {
  it('has no schema, format, duplicate-id or shared-phrasing problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('comes back whole from its own ClaimReview export (all but the evidence figures, which ClaimReview cannot hold)', () => {
    const r = topicsFromClaimReviews(JSON.parse(JSON.stringify(topicsAsClaimReviews(files.map((f) => f.data)))), 'all');
    expect(r.ok).toBe(true);
    const back = new Map(r.ok ? r.topics.flatMap((t) => t.claims.map((c) => [c.id, { ...c, topic: t.topic }])) : []);
    expect(back.size).toBe(claims.length);
    for (const c of claims) expect(back.get(c.id)).toEqual({ ...c, evidenceFigure: undefined });
  });

  it('records the figure the evidence reports on at least 40 claims, each from one of the claim’s own sources', () => {
    const withFigures = claims.filter((c) => c.evidenceFigure);
    expect(withFigures.length).toBeGreaterThanOrEqual(40);
    for (const c of withFigures) expect(c.sources[c.evidenceFigure!.source]).toBeDefined();
  });

  it('is broad: at least 1,500 claims over at least 150 topics', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
    expect(claims.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives every topic an evidence profile with sources that identify their records', () => {
    expect(files.filter((f) => !f.data.profile).map((f) => f.data.topic)).toEqual([]);
    expect(
      files.filter((f) => !f.data.profile?.sources.some((s) => s.pmid || s.doi || OFFICIAL.test(s.url))).map((f) => f.data.topic),
    ).toEqual([]);
  });

  it('calls a claim supported on mechanistic evidence only when the claim is about a mechanism', () => {
    const contradicted = claims.filter((c) => c.verdict === 'supported' && c.evidence === 'mechanism' && c.kind !== 'mechanism');
    expect(contradicted.map((c) => c.id)).toEqual([]);
  });

  it('lists as known gaps only claims that exist and still lack an identifier', () => {
    const stale = [...KNOWN_GAPS].filter((id) => {
      const c = claims.find((x) => x.id === id);
      return !c || c.sources.some((s) => s.pmid || s.doi);
    });
    expect(stale).toEqual([]);
  });

  it('gives every claim a source with a PMID, a DOI or an official URL (a search only where nothing was found)', () => {
    // A PubMed search URL records what was searched: enough for an `unsupported` claim,
    // never the evidence behind any other verdict.
    const identified = (src: (typeof claims)[number]['sources'][number]) =>
      Boolean(src.pmid || src.doi || (OFFICIAL.test(src.url) && src.kind !== 'search' && !src.url.includes('?term=')));
    const without = claims.filter((c) => !KNOWN_GAPS.has(c.id)).filter(
      (c) =>
        !c.sources.some(
          (s) => identified(s) || (c.verdict === 'unsupported' && (s.kind === 'search' || s.url.includes('?term='))),
        ),
    );
    expect(without.map((c) => `${c.id} (${c.verdict})`)).toEqual([]);
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
    expect(claims.filter((c) => c.summary.length > MAX_SUMMARY).map((c) => c.id)).toEqual([]);
  });

  it('words every claim recorded for a scope ("in mice", "in cells") the way a page states that scope', () => {
    // A claim with a scope is made only by a sentence that states that scope: one none of whose
    // phrasings states it is a plain statement filed under a scope, and no plain sentence takes it.
    const unstated = claims.filter(
      (c) => c.scope !== undefined && !c.phrasings.some((p) => statedScope(tokenize(p)) === c.scope),
    );
    expect(unstated.map((c) => c.id)).toEqual([]);
  });

  it('names every topic the way pages do', () => {
    expect(files.filter((f) => f.data.names.length === 0).map((f) => f.data.topic)).toEqual([]);
  });
});
