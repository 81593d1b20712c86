import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlText } from '../../lib/cli/html-text';
import { readPageText } from '../../lib/cli/read-page';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'lib', 'cli', 'main.ts');
const tmp = mkdtempSync(join(tmpdir(), 'evident-hostile-'));
const CLAIM = 'Somatropin carries FDA black-box warnings for tumour growth risk.';

/** Writes a generated page and returns its path. */
function page(name: string, content: string): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('reading HTML with a streaming parser', () => {
  it('reads visible text with block breaks, entities decoded, and skips what a reader never sees', () => {
    const html =
      '<!doctype html><html><head><title>Title</title><style>p{}</style></head><body>' +
      '<h1>Zinc &amp; you</h1><p>One <b>bold</b>&nbsp;word.<script>var x = "<p>no</p>";</script></p>' +
      '<p hidden>hidden</p><div style="color:red; display: none">gone</div><p aria-hidden="true">aria</p>' +
      '<div data-evident="off">off</div><textarea>typed</textarea><svg/><p>After svg.</p></body></html>';
    expect(htmlText(html)).toBe('Zinc & you\nOne bold\u00a0word.\nAfter svg.');
  });

  it('closes what a parser closes: list items, unclosed paragraphs, a stray end tag changes nothing', () => {
    expect(htmlText('<ul><li hidden>a<li>b</ul></span></em><p>c<div>d</div>')).toBe('- b\nc\nd');
    expect(htmlText('Text before any tag <b>stays</b>.')).toBe('Text before any tag stays.');
  });

  it('reads 4,000 unclosed <div>s and then the claim, in one pass', () => {
    const file = page('unclosed.html', `<html><body>${'<div>x '.repeat(4000)}<p>${CLAIM}</p></body></html>`);
    const { format, text } = readPageText(file);
    expect(format).toBe('html');
    expect(text.endsWith(`\n${CLAIM}`)).toBe(true);
    expect(text.split('\n')).toHaveLength(4001);
  });

  it('reads a claim under 100,000 nested elements, and 100,000 stray end tags after it', () => {
    const n = 100_000;
    const deep = `<body>${'<div><span>'.repeat(n / 2)}<p>${CLAIM}</p>${'</span></div>'.repeat(n / 2)}${'</em>'.repeat(n)}<p>End.</p></body>`;
    const { text } = readPageText(page('nested.html', deep));
    expect(text).toBe(`${CLAIM}\nEnd.`);
  });

  it('scans the hostile files from the command line with the claim marked and exit 0', () => {
    const unclosed = page('unclosed-scan.html', `${'<div>'.repeat(5000)}<p>${CLAIM}</p>`);
    const nested = page('nested-scan.html', `${'<section>'.repeat(100_000)}<p>${CLAIM}</p>`);
    const r = spawnSync(tsx, [cli, 'scan', '--json', unclosed, nested], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout) as { file: string; matches: { text: string; verdict: string }[] }[];
    expect(entries.map((e) => e.file)).toEqual([unclosed, nested]);
    for (const e of entries) {
      expect(e.matches.map((m) => m.verdict)).toEqual(['false']);
      expect(e.matches[0]!.text).toMatch(/^Somatropin carries FDA black-box warnings/);
    }
  });

  it('refuses random bytes and JSON that is not a post, one line each naming the file, exit 1, and reads the rest', () => {
    const bytes = Buffer.alloc(256 * 1024);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const bin = page('random.html', bytes.toString('latin1'));
    writeFileSync(bin, bytes);
    const json = page('list.json', '[1, 2, 3]');
    const good = page('good.txt', CLAIM);
    const r = spawnSync(tsx, [cli, 'scan', '--json', bin, json, good], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${bin}: not a text, HTML or WordPress page (binary content)`,
      `${json}: JSON that is not a WordPress REST post (no content.rendered)`,
    ]);
    expect((JSON.parse(r.stdout) as { file: string }[]).map((e) => e.file)).toEqual([good]);
  });
});
