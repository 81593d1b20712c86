/**
 * What Evident's extra JS heap on a page is made of (issue 8's "under 1 MiB per tab"): one
 * page (BENCH_PAGE, default the first seed page) is loaded with Evident on and with no
 * extension, a heap snapshot is taken of each after a garbage collection (CDP HeapProfiler),
 * and the difference is printed by kind of object (V8's node type and constructor name;
 * strings by their first characters). A developer's tool, not part of `npm run bench`:
 * `npx tsx tests/bench/heap.ts` after `npm run build`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { onePageTwoBrowsers } from './one-page';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
const WAIT_MS = 4000; // a seed page is marked well within this

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size by kind of object, bytes. */
function bySize(json: string): Map<string, number> {
  const s = JSON.parse(json) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const out = new Map<string, number>();
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const t = types[s.nodes[i + type]!]!;
    let n = s.strings[s.nodes[i + name]!] ?? '';
    if (t === 'string' || t === 'concatenated string' || t === 'sliced string') n = JSON.stringify(n.slice(0, 40));
    const key = `${t} ${n}`;
    out.set(key, (out.get(key) ?? 0) + s.nodes[i + size]!);
  }
  return out;
}

async function snapshot(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(WAIT_MS);
    const cdp = await context.newCDPSession(tab);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return bySize(chunks.join(''));
  } finally {
    await tab.close();
  }
}

const { page, url, on, none, close } = await onePageTwoBrowsers(root, extension, 'heap');
try {
  await snapshot(on, url); // warm: the background builds its index once per session
  const [a, b] = [await snapshot(on, url), await snapshot(none, url)];
  const diff = [...new Set([...a.keys(), ...b.keys()])]
    .map((k): [string, number] => [k, (a.get(k) ?? 0) - (b.get(k) ?? 0)])
    .sort((x, y) => y[1] - x[1]);
  const total = diff.reduce((t, [, d]) => t + d, 0);
  console.log(`${page.name}: Evident on minus no extension, ${(total / 1024).toFixed(0)} KiB in all; by node type:`);
  const byType = new Map<string, number>();
  for (const [k, d] of diff) {
    const type = k.startsWith('native blink') ? 'native (Blink, not JS heap)' : k.split(' ')[0]!;
    byType.set(type, (byType.get(type) ?? 0) + d);
  }
  for (const [t, d] of [...byType].sort((x, y) => y[1] - x[1]))
    console.log(`  ${(d / 1024).toFixed(1).padStart(8)} KiB  ${t}`);
  console.log("largest kinds (Blink's own objects left out):");
  for (const [k, d] of diff
    .filter(([k]) => !k.startsWith('native blink'))
    .slice(0, Number(process.env.BENCH_TOP ?? 40)))
    console.log(`  ${(d / 1024).toFixed(1).padStart(8)} KiB  ${k}`);
} finally {
  await close();
}
