import { readFileSync } from 'node:fs';
import { htmlText } from './html-text';

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

/**
 * A file's format: `.html`/`.htm` is HTML and `.json` a WordPress REST post; a `.txt` is
 * plain text (one that mentions "<style>" is still text) unless its content is a WordPress
 * post, as the seed corpus stores them; any other name is judged by content alone.
 */
export function formatOf(file: string, content: string): PageFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  const detected = detectFormat(content);
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') {
    if (detected !== 'wordpress')
      throw new Error(`${file}: JSON that is not a WordPress REST post (no content.rendered)`);
    return 'wordpress';
  }
  if (ext === 'txt') return detected === 'wordpress' ? 'wordpress' : 'text';
  return detected;
}

/** Bytes that no text page has: NUL, or a run of invalid UTF-8. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  return bad > 8 && bad / text.length > 0.01;
}

/** The text Evident reads from a page file, through the same extractor the extension uses. */
export function readPageText(file: string): { format: PageFormat; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (looksBinary(bytes)) throw new Error(`${file}: not a text, HTML or WordPress page (binary content)`);
  const content = bytes.toString('utf8');
  const format = formatOf(file, content);
  if (format === 'text') return { format, text: content };
  const html =
    format === 'wordpress' ? (JSON.parse(content) as { content: { rendered: string } }).content.rendered : content;
  try {
    return { format, text: htmlToText(html) };
  } catch (err) {
    throw new Error(`${file}: cannot read its HTML (${(err as Error).message})`);
  }
}

/** The text Evident reads from HTML: a streaming parse, linear in the input (html-text.ts). */
export function htmlToText(html: string): string {
  return htmlText(html);
}
