import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractText } from '../dom/extract-text';

export type PageFormat = 'text' | 'html' | 'wordpress';

/** Which kind of page a file holds, judged by its content, never by its name. */
export function detectFormat(content: string): PageFormat {
  const head = content.trimStart();
  if (head.startsWith('{')) {
    try {
      const post = JSON.parse(content) as { content?: { rendered?: unknown } };
      if (typeof post.content?.rendered === 'string') return 'wordpress';
    } catch {
      // Not JSON after all: fall through to the other checks.
    }
  }
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  const tags = content.match(/<\/?(p|div|span|h[1-6]|article|section|li|ul|a|br|strong|em)\b[^>]*>/gi);
  return tags && tags.length >= 3 ? 'html' : 'text';
}

/** The text Evident reads from a page file, through the same extractor the extension uses. */
export function readPageText(file: string): { format: PageFormat; text: string } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const format = detectFormat(content);
  if (format === 'text') return { format, text: content };
  const html =
    format === 'wordpress' ? (JSON.parse(content) as { content: { rendered: string } }).content.rendered : content;
  return { format, text: htmlToText(html) };
}

export function htmlToText(html: string): string {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return extractText(doc.body as unknown as Node).text;
  } finally {
    void window.happyDOM.close();
  }
}
