import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { ClaimIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { extractText } from '../../lib/dom/extract-text';

/** Shared by the Chromium and Firefox end-to-end runs: the fixture pages and what they should show. */
export const PAGES = join(resolve(import.meta.dirname, '../..'), 'tests/fixtures/pages');

export function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '');
    const file = join(PAGES, name);
    if (!/^[\w.-]+\.html$/.test(name) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://localhost:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** What lib/core finds on a fixture, read the way the content script reads it. */
export function expectedMarks(file: string, index: ClaimIndex): string[] {
  return expectedMatches(file, index).map((m) => m.text);
}

/** The same, with each match's verdict. */
export function expectedMatches(file: string, index: ClaimIndex): { text: string; verdict: string }[] {
  const window = new Window();
  window.document.write(readFileSync(join(PAGES, file), 'utf8'));
  // A browser does not render the body of a closed <details>; happy-dom has no layout.
  for (const details of window.document.querySelectorAll('details:not([open])')) {
    for (const child of [...details.childNodes])
      if (child !== details.querySelector(':scope > summary')) details.removeChild(child);
  }
  const { text } = extractText(window.document.body as unknown as Node);
  const found = findClaims(text, index).map((m) => ({ text: text.slice(m.start, m.end), verdict: m.verdict }));
  void window.happyDOM.close();
  return found;
}

/** One line per check, and the `N passed, N failed` total both end-to-end runs print. */
export function createChecks() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name: string, body: () => Promise<void>): Promise<void> {
      try {
        await body();
        passed++;
        console.log(`ok   ${name}`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${name}\n     ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    fail(name: string, err: unknown): void {
      failed++;
      console.log(`FAIL ${name}\n     ${err instanceof Error ? err.message : String(err)}`);
    },
    finish(): void {
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed > 0 ? 1 : 0;
    },
  };
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The share of a screenshot's pixels that are tinted (a colour, not white, black or grey), run
 * in the page on the PNG as base64 (`page.evaluate(tintedShare, png)`): decoded on a canvas,
 * nothing to install. Evident's marks tint the text they cover; the fixtures' text is black on
 * white, so an unmarked line has almost no tinted pixel and a marked one mostly tinted: what
 * tells a mark that is drawn from a highlight that is registered but left unpainted by its style.
 */
export async function tintedShare(png: string): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0);
  const { data } = context.getImageData(0, 0, img.width, img.height);
  let tinted = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 10) tinted++;
  }
  return tinted / (img.width * img.height);
}
