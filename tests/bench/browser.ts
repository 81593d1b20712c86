/**
 * Browser half of `npm run bench`: loads the built extension (.output/chrome-mv3) in
 * Debian's Chromium, opens the seed pages and a 1 MB page from localhost, and reads back
 * Evident's own main-thread work (the `evident-*` performance measures the page marker
 * records once the bench sets `evident-debug-measures` in the extension's storage) and every long task (≥ 50 ms) the page saw. Prints medians; asserts nothing.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchWithExtension } from '../e2e/launch-chromium';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = join(root, '.output', 'chrome-mv3');
const pagesDir = join(root, 'tests', 'fixtures', 'pages');
const corpus = join(root, '..', 'shared', 'corpus');
const RUNS = 5;

interface Sample {
  extractMs: number;
  paintMs: number;
  evidentMs: number;
  longestSliceMs: number;
  slices: number;
  marks: number;
  longTasks: number;
  longTasksDuringEvident: number;
}

/** A page of about 1 MB: the corpus's plain-text articles repeated as paragraphs. */
function bigPage(): string {
  const texts = readdirSync(corpus)
    .filter((n) => /^00[0-3]_.*\.txt$/.test(n))
    .map((n) => readFileSync(join(corpus, n), 'utf8'));
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    for (const t of texts) {
      for (const line of t.split('\n').filter((l) => l.trim())) {
        const esc = line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        paragraphs.push(`<p>${esc}</p>`);
        size += esc.length;
      }
    }
  }
  return `<!doctype html><meta charset="utf-8"><title>1 MB</title><body>${paragraphs.join('\n')}</body>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  if (!existsSync(extension) || !existsSync(CHROMIUM)) {
    console.log('browser figures: need `npm run build` and /usr/bin/chromium');
    return;
  }
  const big = bigPage();
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').replace(/^\/+/, '');
    if (name === 'big.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(big);
    const file = join(pagesDir, name);
    if (!/^[\w.-]+\.html$/.test(name) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'evident-bench-'));
  const context = await launchWithExtension(extension, userDataDir);
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; end: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Evident puts its measures on the page's timeline only when this flag is set.
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set({
        'evident-debug-measures': true,
      }),
    );
    console.log('\nin Chromium, built extension (median of 5 page loads):');
    for (const name of ['sermorelin-clinic.html', 'micronutrients-gh.html', 'big.html']) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await context.newPage();
        await page.goto(`${origin}/${name}`, { waitUntil: 'load' });
        // Done when the last paint is followed by a quiet second.
        await page.waitForFunction(
          () => {
            const paints = performance.getEntriesByName('evident-paint');
            const last = paints[paints.length - 1];
            return last !== undefined && performance.now() - (last.startTime + last.duration) > 1000;
          },
          undefined,
          { timeout: 120_000, polling: 200 },
        );
        samples.push(
          await page.evaluate(() => {
            const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('evident-'));
            const tasks = (window as unknown as { __longTasks: { start: number; end: number }[] }).__longTasks;
            // Highlight names are random per load; the current mark's range is also a claim's.
            const ranges = new Set<unknown>();
            for (const h of CSS.highlights.values()) for (const r of h as unknown as Set<unknown>) ranges.add(r);
            const marks = ranges.size;
            // No named helper functions in here: the bundler would wrap them in a __name() the page lacks.
            const by: Record<string, number> = {};
            for (const m of measures) by[m.name] = (by[m.name] ?? 0) + m.duration;
            return {
              extractMs: by['evident-extract'] ?? 0,
              paintMs: by['evident-paint'] ?? 0,
              evidentMs: measures.reduce((a, m) => a + m.duration, 0),
              longestSliceMs: Math.max(0, ...measures.map((m) => m.duration)),
              slices: measures.length,
              marks,
              longTasks: tasks.length,
              longTasksDuringEvident: tasks.filter((t) =>
                measures.some((m) => m.startTime < t.end && t.start < m.startTime + m.duration),
              ).length,
            };
          }),
        );
        await page.close();
      }
      const m = (f: (s: Sample) => number) => median(samples.map(f));
      console.log(
        `  ${name}: Evident main-thread ${m((s) => s.evidentMs).toFixed(1)} ms ` +
          `(extract ${m((s) => s.extractMs).toFixed(1)}, paint ${m((s) => s.paintMs).toFixed(1)}; matching runs in the background) in ${m((s) => s.slices)} slices, ` +
          `longest ${m((s) => s.longestSliceMs).toFixed(1)} ms, ${m((s) => s.marks)} marks; ` +
          `long tasks on the page ${m((s) => s.longTasks)}, overlapping Evident's work ${m((s) => s.longTasksDuringEvident)}`,
      );
    }
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
