/**
 * Self time by function in V8 .cpuprofile files (node --cpu-prof), summed over the files:
 * `npx tsx tests/bench/self-time.ts [--top N] [--after SUBSTRING] FILE...`. With --after, only
 * samples taken under a frame whose function name contains SUBSTRING (e.g. `findClaims`, to leave
 * out loading and index building). With --total, each function's total time (its callees' included)
 * instead of its self time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
let top = 10;
let after: string | null = null;
let inclusive = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else if (args[i] === '--after') after = args[++i]!;
  else if (args[i] === '--total') inclusive = true;
  else files.push(args[i]!);
}

const self = new Map<string, number>();
let total = 0;
for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    let v = inside.get(id);
    if (v === undefined) {
      const n = byId.get(id)!;
      const up = parent.get(id);
      v = after === null || n.callFrame.functionName.includes(after) || (up !== undefined && isInside(up));
      inside.set(id, v);
    }
    return v;
  };
  p.samples.forEach((id, k) => {
    if (!isInside(id)) return;
    const dt = (p.timeDeltas[k] ?? 0) / 1000;
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) {
      const f = byId.get(at)!.callFrame;
      keys.add(`${f.functionName || '(anonymous)'} ${basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`);
    }
    for (const key of keys) self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
}
console.log(`total ${total.toFixed(0)} ms${after ? ` under ${after}` : ''}`);
for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
