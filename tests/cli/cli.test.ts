import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat } from '../../lib/cli/read-page';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'lib', 'cli', 'main.ts');
const tmp = mkdtempSync(join(tmpdir(), 'evident-cli-'));

describe('detectFormat', () => {
  it('recognises a WordPress REST post by its content, whatever the file is called', () => {
    expect(detectFormat(JSON.stringify({ id: 1, content: { rendered: '<p>x</p>' } }))).toBe('wordpress');
  });
  it('recognises HTML and plain text', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('<div><p>One</p><p>Two</p></div>')).toBe('html');
    expect(detectFormat('Zinc is a mineral. It is <3 important to some.')).toBe('text');
    expect(detectFormat('{ not json')).toBe('text');
  });
});

describe('evident scan', () => {
  const html = join(tmp, 'page.html');
  writeFileSync(
    html,
    '<html><body><h1>HGH</h1><script>var s = "Somatropin carries FDA black box warnings";</script>' +
      '<p>Somatropin carries FDA <b>black-box</b> warnings for tumour growth risk in patients with active malignancy.</p></body></html>',
  );

  it('prints one JSON entry per file, with the exact page text each mark covers', () => {
    const out = execFileSync(tsx, [cli, 'scan', '--json', html], { encoding: 'utf8' });
    const [entry] = JSON.parse(out) as { file: string; matches: Record<string, unknown>[] }[];
    expect(entry!.file).toBe(html);
    expect(entry!.matches).toHaveLength(1);
    const m = entry!.matches[0]!;
    expect(Object.keys(m).sort()).toEqual(['certainty', 'claimId', 'end', 'score', 'start', 'text', 'verdict']);
    expect(m.text).toMatch(/^Somatropin carries FDA black-box warnings/);
    expect(m.verdict).toBe('false');
  });

  it('reads a .txt as plain text, even when it mentions <style> or <div>', () => {
    const txt = join(tmp, 'notes.txt');
    writeFileSync(
      txt,
      'We use <style> and <div> and <p> tags.\nSomatropin carries FDA black-box warnings for tumour growth risk.',
    );
    const out = execFileSync(tsx, [cli, 'scan', '--json', txt], { encoding: 'utf8' });
    const [entry] = JSON.parse(out) as { matches: { text: string }[] }[];
    expect(entry!.matches.map((m) => m.text)).toContain(
      'Somatropin carries FDA black-box warnings for tumour growth risk',
    );
  });

  it('refuses binary files and JSON that is not a WordPress post, in one line each, with a non-zero exit', () => {
    const bin = join(tmp, 'random.bin');
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const json = join(tmp, 'data.json');
    writeFileSync(json, JSON.stringify({ rows: [1, 2, 3] }));
    const r = spawnSync(tsx, [cli, 'scan', bin, json], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${bin}: not a text, HTML or WordPress page (binary content)`,
      `${json}: JSON that is not a WordPress REST post (no content.rendered)`,
    ]);
  });

  it('writes a self-contained HTML report with the claims marked, counts by verdict, and page text escaped', () => {
    const txt = join(tmp, 'hostile.txt');
    writeFileSync(txt, '<script>alert(1)</script>\nSomatropin carries FDA black-box warnings for tumour growth risk.');
    const report = join(tmp, 'report.html');
    execFileSync(tsx, [cli, 'scan', '--html', report, txt], { encoding: 'utf8' });
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<mark class="false"');
    expect(html).toMatch(/1 claims: 0 supported · 0 mixed · 0 weak · 0 unsupported · 1 false/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<script/gi)).toBeNull();
  });

  it('names a file it cannot read and still reports the others', () => {
    const r = spawnSync(tsx, [cli, 'scan', '--json', join(tmp, 'missing.html'), html], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.html: cannot read \(ENOENT\)/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('explains, sentence by sentence, what is marked and which phrasings come closest', () => {
    const out = execFileSync(tsx, [cli, 'explain', html], { encoding: 'utf8' });
    expect(out).toMatch(/» Somatropin carries FDA black-box warnings[^\n]*\n {3}MARKED somatropin-/);
    expect(out).not.toMatch(/var s =/); // script text is not page text
  });

  it('says why a close phrasing is not marked: a question asserts nothing', () => {
    const txt = join(tmp, 'question.txt');
    writeFileSync(txt, 'Is BPC-157 an FDA approved peptide?\n');
    const out = execFileSync(tsx, [cli, 'explain', txt], { encoding: 'utf8' });
    expect(out).toMatch(/» Is BPC-157 an FDA approved peptide\?\n {3}not read for claims: a question asserts nothing/);
    expect(out).toMatch(/ {6}not marked: the sentence is not read for claims/);
  });

  it('explains its usage when called wrongly', () => {
    const r = spawnSync(tsx, [cli, 'frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: evident/);
  });
});

describe('numbers held against the evidence, from the command line', () => {
  const file = join(tmp, 'numbers.txt');
  writeFileSync(
    file,
    'Ashwagandha for men\n\nAshwagandha raised testosterone by 22 to 33% in stressed or infertile men.\n',
  );

  it('puts numberCheck and its flag in scan --json, and the sentence in the HTML report', () => {
    const [entry] = JSON.parse(execFileSync(tsx, [cli, 'scan', '--json', file], { encoding: 'utf8' })) as {
      matches: { claimId: string; flags?: string[]; numberCheck?: { verdict: string; stated: { text: string } } }[];
    }[];
    const m = entry!.matches.find((x) => x.claimId === 'ashwagandha-raises-testosterone')!;
    expect(m.flags).toEqual(['number-overstated']);
    expect(m.numberCheck).toMatchObject({
      verdict: 'overstated',
      stated: { text: '22 to 33%' },
      evidence: { low: 14.7 },
    });
    const report = join(tmp, 'numbers.html');
    execFileSync(tsx, [cli, 'scan', '--html', report, file], { encoding: 'utf8' });
    expect(readFileSync(report, 'utf8')).toContain(
      'number overstated: the page says 22 to 33%; the evidence reports 14.7%',
    );
  });
});

describe('evident claims:import', () => {
  const item = (alternateName: string, n: number) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://factcheck.example.org/${n}`,
    claimReviewed: `Epitalon claim number ${n}`,
    author: { '@type': 'Organization', name: 'Example Checks' },
    datePublished: '2025-01-02',
    itemReviewed: { '@type': 'Claim', about: { '@type': 'Thing', name: 'Epitalon' } },
    reviewRating: { '@type': 'Rating', alternateName },
  });

  it('writes a ClaimReview file as a claims pack beside it, and never over an existing file', () => {
    const file = join(tmp, 'checks.jsonld');
    writeFileSync(file, JSON.stringify({ '@graph': [item('False', 1), item('Half true', 2)] }));
    const r = spawnSync(tsx, [cli, 'claims:import', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const pack = JSON.parse(readFileSync(join(tmp, 'checks.pack.json'), 'utf8')) as {
      topics: { topic: string; claims: { verdict: string }[] }[];
    };
    // The database has an epitalon topic: the pack gets the reviewer's own topic beside it.
    expect(pack.topics.map((t) => [t.topic, t.claims.map((c) => c.verdict)])).toEqual([
      ['epitalon-example-checks', ['false', 'mixed']],
    ]);
    const again = spawnSync(tsx, [cli, 'claims:import', file], { encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/checks\.pack\.json exists/);
  });

  it('refuses a file with a rating it cannot map, naming item and field, and writes nothing', () => {
    const file = join(tmp, 'bad-checks.json');
    writeFileSync(file, JSON.stringify([item('False', 1), item('Four Pinocchios', 2)]));
    const r = spawnSync(tsx, [cli, 'claims:import', file, '--out', join(tmp, 'bad.pack.json')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad-checks\.json: claim "item 2": reviewRating\.alternateName: "Four Pinocchios"/);
    expect(() => readFileSync(join(tmp, 'bad.pack.json'))).toThrow();
  });
});

describe('evident eval', () => {
  it('reports recall, precision, verdict agreement and the marks on negative pages, each on its own line', () => {
    const dir = join(tmp, 'eval');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'claim.txt'),
      'Somatropin carries FDA black-box warnings for tumour growth risk in patients with active malignancy.',
    );
    writeFileSync(join(dir, 'shop.txt'), 'Orders ship within two days. Returns are accepted for thirty days.');
    const labels = join(dir, 'labels.json');
    writeFileSync(
      labels,
      JSON.stringify([
        {
          file: 'claim.txt',
          kind: 'blog',
          claims: [
            {
              quote: 'Somatropin carries FDA black-box warnings for tumour growth risk',
              claim: 'Somatropin has a boxed warning',
              topic: 'somatropin',
              verdict: 'supported',
            },
          ],
        },
        { file: 'shop.txt', kind: 'negative', claims: [] },
      ]),
    );
    const out = execFileSync(tsx, [cli, 'eval', labels, dir], { encoding: 'utf8' }).trim().split('\n');
    expect(out.slice(-5)).toEqual([
      'recall 1.000 (1/1)  precision 1.000 (1/1)',
      expect.stringMatching(/^verdict agreement /),
      expect.stringMatching(/^verdict pole agreement /),
      // The quote's place is found in the page: the mark stands on it.
      expect.stringMatching(/^found in place \(.*\): recall 1\.000 \(1\/1\), pole agreement /),
      'marks on the 1 negative pages: 0',
    ]);
  });
});
