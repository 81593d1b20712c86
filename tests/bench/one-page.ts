import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, launchWithoutExtension } from '../e2e/launch-chromium';
import { benchPages, servePages, type BenchPage } from './bench-pages';

/**
 * The developer tools' setup (heap.ts, profile.ts): one bench page (BENCH_PAGE, default the
 * first seed page) served locally, and two browsers to load it in, one with Evident and one with
 * no extension. `close` ends both and removes their profiles.
 */
export async function onePageTwoBrowsers(
  root: string,
  extension: string,
  tag: string,
): Promise<{ page: BenchPage; url: string; on: BrowserContext; none: BrowserContext; close: () => Promise<void> }> {
  const pages = benchPages(root);
  const page = pages.find((p) => p.name === (process.env.BENCH_PAGE ?? pages[0]!.name))!;
  const { server, origin } = await servePages([page]);
  const dirs = [
    mkdtempSync(join(tmpdir(), `evident-${tag}-ext-`)),
    mkdtempSync(join(tmpdir(), `evident-${tag}-none-`)),
  ];
  const on = await launchWithExtension(extension, dirs[0]!);
  const none = await launchWithoutExtension(dirs[1]!);
  const close = async () => {
    await on.close();
    await none.close();
    server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  return { page, url: `${origin}/${page.name}`, on, none, close };
}
