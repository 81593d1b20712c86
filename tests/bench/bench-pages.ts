/**
 * The pages the browser bench loads, built at run time (the seed texts are third-party and
 * stay in /work/shared/corpus; nothing here is committed as page text): the five seed pages
 * as HTML, a page of the same size that names no topic, and 1 MB and 5 MB articles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface BenchPage {
  name: string;
  /** A seed page: the budgets for a typical article apply. */
  seed: boolean;
  /** A page that names no topic: the 5 ms budget applies. */
  noTopic: boolean;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article>${body}</article></body></html>`;
}

/** A plain-text seed page: its first line is the title, short lines are headings, the rest paragraphs. */
function textPage(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const body = lines
    .map((l, i) =>
      i === 0
        ? `<h1>${escape(l)}</h1>`
        : l.length < 80 && !/[.!?]$/.test(l)
          ? `<h2>${escape(l)}</h2>`
          : `<p>${escape(l)}</p>`,
    )
    .join('\n');
  return page(lines[0] ?? '', body);
}

/** The seed corpus as HTML pages: plain text as paragraphs, a WordPress post as its rendered HTML. */
export function seedPages(corpus: string): BenchPage[] {
  return readdirSync(corpus)
    .filter((n) => /^\d{3}_.*\.txt$/.test(n))
    .sort()
    .map((n) => {
      const content = readFileSync(join(corpus, n), 'utf8');
      let html: string;
      if (content.trimStart().startsWith('{')) {
        const post = JSON.parse(content) as { title: { rendered: string }; content: { rendered: string } };
        html = page(post.title.rendered, `<h1>${post.title.rendered}</h1>${post.content.rendered}`);
      } else html = textPage(content);
      return { name: `seed-${n.slice(0, 3)}.html`, seed: true, noTopic: false, html };
    });
}

/** A page the size of a seed page that names no topic: the recipe fixture's text, repeated. */
export function noTopicPage(fixtures: string, size = 30_000): BenchPage {
  const recipe = readFileSync(join(fixtures, 'recipe.html'), 'utf8');
  const body = /<article>([\s\S]*)<\/article>/.exec(recipe)?.[1] ?? '';
  let html = '';
  for (let i = 1; html.length < size; i++) html += `<section><h2>Bake ${i}</h2>${body}</section>\n`;
  return { name: 'no-topic.html', seed: false, noTopic: true, html: page('Weeknight baking', html) };
}

/** An article of about `bytes` of text: the seed texts' paragraphs, repeated, under headings. */
export function bigArticle(corpus: string, bytes: number, name: string): BenchPage {
  const paragraphs = readdirSync(corpus)
    .filter((n) => /^00[0-3]_.*\.txt$/.test(n))
    .sort()
    .flatMap((n) => readFileSync(join(corpus, n), 'utf8').split('\n'))
    .filter((l) => l.trim().length > 40)
    .map(escape);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    if (i % 20 === 0) parts.push(`<h2>Part ${i / 20 + 1}</h2>`);
    parts.push(`<p>${p}</p>`);
    size += p.length;
  }
  return { name, seed: false, noTopic: false, html: page(name, parts.join('\n')) };
}

/** Serves the pages by name on localhost (an ephemeral port). */
export async function servePages(pages: readonly BenchPage[]): Promise<{ server: Server; origin: string }> {
  const byName = new Map(pages.map((p) => [`/${p.name}`, p.html]));
  const server = createServer((req, res) => {
    const html = byName.get((req.url ?? '/').split('?')[0]!);
    if (html === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://localhost:${typeof address === 'object' && address ? address.port : 0}` };
}

export function benchPages(root: string): BenchPage[] {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) throw new Error(`${corpus}: the seed corpus is missing`);
  return [
    ...seedPages(corpus),
    noTopicPage(join(root, 'tests', 'fixtures', 'pages')),
    bigArticle(corpus, 1_000_000, 'article-1mb.html'),
    bigArticle(corpus, 5_000_000, 'article-5mb.html'),
  ];
}
