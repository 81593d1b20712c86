/**
 * Counts, per topic, how many sampled pages (and distinct hosts) discuss it, and which topics
 * have a claims file. Run: `npx tsx tests/eval/breadth/count-topics.ts`.
 * Node built-ins only, so the count can be re-run without the project's own code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SampledPage {
  url: string;
  host: string;
  query: string;
  topics: string[];
}

interface TopicCount {
  topic: string;
  pages: number;
  hosts: Set<string>;
}

const here = dirname(fileURLToPath(import.meta.url));
const pagesFile = join(here, 'pages.json');
const claimsDir = join(here, '..', '..', '..', 'claims');
const TOPIC_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A topic needs pages from this many hosts before its missing file is worth listing: one site is one voice.
const MIN_HOSTS = 2;

function fail(message: string): never {
  console.error(`count-topics: ${pagesFile}: ${message}`);
  process.exit(1);
}

/** Parses pages.json and names the first bad entry and field, so a hand edit is easy to fix. */
function readPages(): SampledPage[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(pagesFile, 'utf8'));
  } catch (err) {
    fail(`cannot read as JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) fail('must be an array of { url, host, query, topics }');
  const seenUrls = new Set<string>();
  data.forEach((entry: unknown, i: number) => {
    const where = `entry ${i}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(`${where}: must be an object`);
    const e = entry as Record<string, unknown>;
    for (const field of ['url', 'host', 'query'] as const) {
      if (typeof e[field] !== 'string' || (e[field] as string).trim() === '') {
        fail(`${where}: field "${field}" must be a non-empty string`);
      }
    }
    const url = e.url as string;
    if (!/^https?:\/\//.test(url)) fail(`${where} (${url}): field "url" must start with http:// or https://`);
    if (seenUrls.has(url)) fail(`${where} (${url}): field "url" repeats an earlier entry`);
    seenUrls.add(url);
    if ((e.host as string).startsWith('www.')) fail(`${where} (${url}): field "host" must not start with "www."`);
    if (!Array.isArray(e.topics)) fail(`${where} (${url}): field "topics" must be an array of kebab-case ids`);
    (e.topics as unknown[]).forEach((t, j) => {
      if (typeof t !== 'string' || !TOPIC_RE.test(t)) {
        fail(`${where} (${url}): field "topics[${j}]" must be a kebab-case id (got ${JSON.stringify(t)})`);
      }
    });
  });
  return data as SampledPage[];
}

/** Kebab form of a name ("IGF-1 LR3" → "igf-1-lr3"), to notice a topic another file already lists by name. */
function toKebab(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Topic ids with a file, and every file name in kebab form pointing at the file that lists it. */
function readClaimsIndex(): { files: Set<string>; namedIn: Map<string, string> } {
  const files = new Set<string>();
  const namedIn = new Map<string, string>();
  if (!existsSync(claimsDir)) return { files, namedIn };
  for (const file of readdirSync(claimsDir).filter((f) => f.endsWith('.json'))) {
    const topic = file.slice(0, -'.json'.length);
    files.add(topic);
    try {
      const names = (JSON.parse(readFileSync(join(claimsDir, file), 'utf8')) as { names?: unknown }).names;
      if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') namedIn.set(toKebab(n), topic);
    } catch {
      // Another curator may be mid-edit; the file still counts as existing, only its names are skipped.
    }
  }
  return { files, namedIn };
}

function countTopics(pages: SampledPage[]): TopicCount[] {
  const counts = new Map<string, TopicCount>();
  for (const page of pages) {
    for (const topic of new Set(page.topics)) {
      const c = counts.get(topic) ?? { topic, pages: 0, hosts: new Set<string>() };
      c.pages++;
      c.hosts.add(page.host);
      counts.set(topic, c);
    }
  }
  // Hosts first: many pages from one site say less about the web than a few pages from many sites.
  return [...counts.values()].sort(
    (a, b) => b.hosts.size - a.hosts.size || b.pages - a.pages || a.topic.localeCompare(b.topic),
  );
}

function main(): void {
  const pages = readPages();
  const { files, namedIn } = readClaimsIndex();
  const counts = countTopics(pages);
  const fileStatus = (topic: string): string =>
    files.has(topic) ? 'file' : namedIn.has(topic) ? `named in ${namedIn.get(topic)}` : '-';

  console.log(`${pages.length} pages, ${new Set(pages.map((p) => p.host)).size} hosts, ${counts.length} topics\n`);
  console.log(`${'topic'.padEnd(28)}${'pages'.padStart(6)}${'hosts'.padStart(6)}  claims file`);
  for (const c of counts) {
    console.log(
      `${c.topic.padEnd(28)}${String(c.pages).padStart(6)}${String(c.hosts.size).padStart(6)}  ${fileStatus(c.topic)}`,
    );
  }

  const missing = counts.filter((c) => c.hosts.size >= MIN_HOSTS && !files.has(c.topic));
  console.log(`\nTopics on pages from >= ${MIN_HOSTS} hosts with no claims file (${missing.length}):`);
  for (const c of missing) {
    const note = namedIn.has(c.topic) ? ` (a name in ${namedIn.get(c.topic)})` : '';
    console.log(`  ${c.topic} — ${c.hosts.size} hosts, ${c.pages} pages${note}`);
  }
}

main();
