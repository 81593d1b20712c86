/**
 * Two builds of Evident side by side, for a change's before/after (issue 8): every page loaded
 * in five conditions per round, in a rotating order so no build always goes first — build A on
 * and off for the site, build B on and off, and no extension — each in its own Chromium. Prints
 * per page the medians of extra main-thread CPU (each load minus the same round's load with no
 * extension) and of B minus A paired by round, the figure a noisy machine moves least.
 *
 *   BENCH_A=/path/to/old/chrome-mv3 [BENCH_B=.output/chrome-mv3] [BENCH_ROUNDS=6]
 *   [BENCH_PAGES=seed-000.html,no-topic.html] npx tsx tests/bench/ab.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchWithExtension, launchWithoutExtension } from '../e2e/launch-chromium';
import { benchPages, servePages, type BenchPage } from './bench-pages';
import { load, median, setSiteEnabled, WINDOW_MS, type Sample } from './traced-load';

/** The extension API inside the service worker (evaluate()d there). */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILDS = { A: process.env.BENCH_A ?? '', B: process.env.BENCH_B ?? join(root, '.output', 'chrome-mv3') };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

type Build = 'A' | 'B';
type Cell = `${Build} ${'on' | 'off'}` | 'none';
const CELLS: Cell[] = ['A on', 'B on', 'A off', 'B off', 'none'];

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const signed = (x: number) => (x >= 0 ? '+' : '') + f1(x);

async function main(): Promise<void> {
  for (const [name, dir] of Object.entries(BUILDS))
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`BENCH_${name}: no built extension at "${dir}"`);
  const only = process.env.BENCH_PAGES?.split(',');
  const pages = benchPages(root).filter((p) => !only || only.includes(p.name));
  const { server, origin } = await servePages(pages);
  const dirs = [0, 1, 2].map((i) => mkdtempSync(join(tmpdir(), `evident-ab-${i}-`)));
  const browsers: Record<Build, BrowserContext> = {
    A: await launchWithExtension(BUILDS.A, dirs[0]!),
    B: await launchWithExtension(BUILDS.B, dirs[1]!),
  };
  const none = await launchWithoutExtension(dirs[2]!);
  try {
    const workers = {} as Record<Build, Worker>;
    for (const b of ['A', 'B'] as const) {
      workers[b] = browsers[b].serviceWorkers()[0] ?? (await browsers[b].waitForEvent('serviceworker'));
      await workers[b].evaluate(() => chrome.storage.local.set({ 'evident-debug-measures': true }));
    }
    const windows = new Map<string, number>();
    const run = async (p: BenchPage, cell: Cell): Promise<Sample> => {
      const url = `${origin}/${p.name}`;
      const windowMs = windows.get(p.name) ?? WINDOW_MS;
      if (cell === 'none') return load(null, none, url, 'none', p, windowMs);
      const [build, state] = cell.split(' ') as [Build, 'on' | 'off'];
      await setSiteEnabled(workers[build], state === 'on');
      return load(workers[build], browsers[build], url, state, p, windowMs);
    };
    for (const c of CELLS) await run(pages[0]!, c); // warm: each background builds its index once
    for (const p of pages) {
      const done = Math.max((await run(p, 'A on')).doneMs, (await run(p, 'B on')).doneMs);
      windows.set(p.name, Math.max(WINDOW_MS, done + 500));
    }
    const samples = new Map(pages.map((p) => [p.name, new Map(CELLS.map((c) => [c, [] as Sample[]]))]));
    for (let r = 0; r < ROUNDS; r++) {
      const order = CELLS.map((_, i) => CELLS[(i + r) % CELLS.length]!);
      for (const p of pages)
        for (const c of order)
          samples
            .get(p.name)!
            .get(c)!
            .push(await run(p, c));
      process.stdout.write(`  round ${r + 1}/${ROUNDS} done\n`);
    }
    console.log(`\nA = ${BUILDS.A}\nB = ${BUILDS.B}`);
    console.log(`${ROUNDS} interleaved rounds; medians; extra = the load minus the same round's no-extension load`);
    for (const p of pages) {
      const s = samples.get(p.name)!;
      const cpu = (c: Cell, i: number) => s.get(c)![i]!.cpuMs;
      const rounds = [...Array(ROUNDS).keys()];
      const extra = (c: Cell) => median(rounds.map((i) => cpu(c, i) - cpu('none', i)));
      const diff = (state: 'on' | 'off') => median(rounds.map((i) => cpu(`B ${state}`, i) - cpu(`A ${state}`, i)));
      const heap = (c: Cell) => median(rounds.map((i) => s.get(c)![i]!.heapMiB - s.get('none')![i]!.heapMiB));
      const first = (c: Cell) => median(s.get(c)!.map((x) => x.firstMarkMs ?? NaN));
      const marks = (c: Cell) => median(s.get(c)!.map((x) => x.marks));
      console.log(`  ${p.name} (no extension: CPU ${f1(median(s.get('none')!.map((x) => x.cpuMs)))} ms)`);
      console.log(
        `    extra CPU on:  A ${signed(extra('A on'))}  B ${signed(extra('B on'))}  B-A ${signed(diff('on'))} ms` +
          `   (heap A +${heap('A on').toFixed(2)} B +${heap('B on').toFixed(2)} MiB; first mark A ${f1(first('A on'))} B ${f1(first('B on'))} ms; marks A ${marks('A on')} B ${marks('B on')})`,
      );
      console.log(
        `    extra CPU off: A ${signed(extra('A off'))}  B ${signed(extra('B off'))}  B-A ${signed(diff('off'))} ms`,
      );
      // Less noisy than the page's whole main thread: the extension's own script events
      // (compile, evaluation, callbacks; not its promise continuations) and its measured slices.
      const own = (c: Cell, f: (x: Sample) => number) => f1(median(s.get(c)!.map(f)));
      console.log(
        `    Evident's script on: A ${own('A on', (x) => x.extensionMs)} B ${own('B on', (x) => x.extensionMs)} ms; ` +
          `its measured slices A ${own('A on', (x) => x.measuredMs)} B ${own('B on', (x) => x.measuredMs)} ms`,
      );
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await none.close();
    server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();
