/**
 * Browser half of `npm run bench`: what the tab pays. Every page load is traced (Chrome
 * trace of the renderer's main thread) in three conditions, interleaved round by round in a
 * rotating order: Evident on, Evident off for the site (the content script still starts),
 * and no extension (a second Chromium). Prints medians and PASS/MISS lines against the
 * budgets in DESIGN.md; asserts nothing (the machine is shared and noisy: read the ratios).
 *
 * BENCH_ROUNDS (default 5) sets the rounds; BENCH_PAGES (a comma list of names) picks pages;
 * BENCH_EXTENSION points at another build (to compare two).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchWithExtension, launchWithoutExtension } from '../e2e/launch-chromium';
import { benchPages, servePages, type BenchPage } from './bench-pages';
import { load, median, setSiteEnabled, WINDOW_MS, type Condition, type Sample } from './traced-load';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONDITIONS: Condition[] = ['on', 'off', 'none'];

/** The extension API inside the service worker (evaluate()d there). */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  if (!existsSync(join(extension, 'manifest.json')) || !existsSync(CHROMIUM)) {
    console.log('browser figures: need `npm run build` and /usr/bin/chromium');
    return;
  }
  const only = process.env.BENCH_PAGES?.split(',');
  const pages = benchPages(root).filter((p) => !only || only.includes(p.name));
  const { server, origin } = await servePages(pages);
  const dirs = [mkdtempSync(join(tmpdir(), 'evident-bench-ext-')), mkdtempSync(join(tmpdir(), 'evident-bench-none-'))];
  const withExtension = await launchWithExtension(extension, dirs[0]!);
  const without = await launchWithoutExtension(dirs[1]!);
  try {
    const worker = withExtension.serviceWorkers()[0] ?? (await withExtension.waitForEvent('serviceworker'));
    // Evident puts its own measures on the page's timeline only when this flag is set (no page can set it).
    await worker.evaluate(() => chrome.storage.local.set({ 'evident-debug-measures': true }));
    const samples = new Map<string, Record<Condition, Sample[]>>(
      pages.map((p) => [p.name, { on: [], off: [], none: [] }]),
    );
    const windows = new Map<string, number>();
    const run = async (p: BenchPage, c: Condition) => {
      if (c !== 'none') await setSiteEnabled(worker, c === 'on');
      return load(
        c === 'none' ? null : worker,
        c === 'none' ? without : withExtension,
        `${origin}/${p.name}`,
        c,
        p,
        windows.get(p.name) ?? WINDOW_MS,
      );
    };
    // Warm browsers (the background has built its index; the budget is for a warm browser), and
    // each page's window: long enough for Evident to finish on it, the same for all three conditions.
    for (const c of CONDITIONS) await run(pages[0]!, c);
    for (const p of pages) windows.set(p.name, Math.max(WINDOW_MS, (await run(p, 'on')).doneMs + 500));
    console.log(`\nin Chromium, built extension: ${ROUNDS} interleaved rounds, medians (machine shared: noisy)`);
    console.log(
      `  trace windows from navigation, ms: ${[...windows].map(([n, w]) => `${n} ${w.toFixed(0)}`).join(', ')}`,
    );
    for (let r = 0; r < ROUNDS; r++) {
      const order = CONDITIONS.map((_, i) => CONDITIONS[(i + r) % CONDITIONS.length]!);
      for (const p of pages) for (const c of order) samples.get(p.name)![c].push(await run(p, c));
      process.stdout.write(`  round ${r + 1}/${ROUNDS} done\n`);
    }
    const budget: string[] = [];
    console.log('\n  per page, medians; "extra" is paired by round (on minus the same round\'s no-extension load)');
    for (const p of pages) {
      const s = samples.get(p.name)!;
      const m = (c: Condition, f: (x: Sample) => number) => median(s[c].map(f));
      const extra = (c: Condition, f: (x: Sample) => number) => median(s[c].map((x, i) => f(x) - f(s.none[i]!)));
      const cpu = (x: Sample) => x.cpuMs;
      const wall = (x: Sample) => x.busyMs;
      const heap = extra('on', (x) => x.heapMiB);
      const worst = (f: (x: Sample) => number) => Math.max(...s.on.map(f), ...s.off.map(f));
      const evidentLong = worst((x) => x.extensionLongTasks);
      const evidentLongCpu = worst((x) => x.extensionLongTasksCpu);
      const first = m('on', (x) => x.firstMarkMs ?? NaN);
      const triple = (f: (x: Sample) => number) => CONDITIONS.map((c) => f1(m(c, f))).join(' / ');
      console.log(
        `  ${p.name}: ${m('on', (x) => x.claims)} claims counted, ${m('on', (x) => x.marks)} marks painted at the end, first after ${f1(first)} ms`,
      );
      console.log(
        `    main thread on / off / none: CPU ${triple(cpu)} ms; wall ${triple(wall)} ms; ratio on/none ${(m('on', cpu) / m('none', cpu)).toFixed(2)} (CPU)`,
      );
      console.log(
        `    extra vs none: on +${f1(extra('on', cpu))} ms CPU (+${f1(extra('on', wall))} wall), off +${f1(extra('off', cpu))} ms CPU; JS heap on +${f2(heap)} MiB`,
      );
      const scriptTasks = extra('on', (x) => x.scriptTasksMs);
      console.log(
        `    tasks that run script (extension, promise continuations; the page runs none of its own): on +${f1(scriptTasks)} ms CPU vs none`,
      );
      console.log(
        `    Evident's script ${f1(m('on', (x) => x.extensionMs))} ms (off ${f1(m('off', (x) => x.extensionMs))}), its measured slices ${f1(m('on', (x) => x.measuredMs))} ms, longest ${f1(m('on', (x) => x.longestSliceMs))} ms`,
      );
      console.log(
        `    long tasks on / off / none: ${CONDITIONS.map((c) => m(c, (x) => x.longTasks.length)).join(' / ')}, longest on ${f1(m('on', (x) => Math.max(0, ...x.longTasks)))} ms; running Evident's script: ${evidentLong} (worst load; ${evidentLongCpu} of 50 ms thread time)`,
      );
      const extraOn = extra('on', cpu);
      if (p.seed) {
        budget.push(`${verdict(extraOn < 30)} ${p.name}: extra main-thread ${f1(extraOn)} ms CPU (budget < 30 ms)`);
        budget.push(
          `${verdict(first <= 300)} ${p.name}: first mark ${f1(first)} ms after navigation (budget <= 300 ms)`,
        );
        budget.push(`${verdict(heap < 1)} ${p.name}: extra JS heap ${f2(heap)} MiB (budget < 1 MiB)`);
      }
      if (p.noTopic)
        // The page's own rendering varies by more than the budget from load to load, so the paired
        // total can read a few ms either way by chance; the tasks that run script do not carry that
        // spread, and on this page (no marks, no UI) they are nearly all Evident adds. The larger decides.
        budget.push(
          `${verdict(Math.max(extraOn, scriptTasks) < 5)} ${p.name}: extra main-thread ${f1(extraOn)} ms CPU, ` +
            `the tasks that run script +${f1(scriptTasks)} ms (budget < 5 ms, the larger of the two)`,
        );
      budget.push(
        `${verdict(evidentLong === 0)} ${p.name}: long tasks running Evident's script: ${evidentLong} (budget 0; ${evidentLongCpu} by thread time, the figure a busy machine does not inflate)`,
      );
    }
    console.log('\nbudgets (medians; PASS/MISS, not asserts):');
    for (const line of budget) console.log(`  ${line}`);
  } finally {
    await withExtension.close();
    await without.close();
    server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();
