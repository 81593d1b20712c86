/**
 * End-to-end checks of the built Chrome extension (.output/chrome-mv3, from `npm run build`)
 * in Debian's Chromium: fixture pages from tests/fixtures/pages/ are served on localhost,
 * and the extension must mark them, open popovers, answer the popup, turn off, and make
 * no network request of its own. Prints `N passed, N failed`; exits 1 on any failure.
 */
import { mkdtempSync, mkdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, tabIdOf } from './launch-chromium';
import type { browser } from 'wxt/browser';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { inEvidentWorld } from './evident-world';
import { assert, createChecks, expectedMarks, expectedMatches, serve, tintedShare } from './fixture-pages';

/** The extension API inside the service worker and extension pages (evaluate()d there). */
declare const chrome: typeof browser;

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const { check, fail, finish } = createChecks();

/** The text of every Evident highlight on the page, in document order. */
function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Evident's highlight names are random per load; the current mark's range is a claim's too.
    const ranges = [...new Set([...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]))];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Waits until the page's marks stop changing (the scan yields, so they come in steps). */
async function settledMarks(page: Page): Promise<string[]> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await markedTexts(page);
    if (now.length > 0 && JSON.stringify(now) === last) return now;
    last = JSON.stringify(now);
  }
  return markedTexts(page);
}

/** Clicks the first mark in the page, the way a reader would. */
async function clickFirstMark(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const ranges = [...CSS.highlights.values()]
      .flatMap((h) => [...(h as unknown as Set<Range>)])
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[0]!;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.locator('evident-popover').waitFor({ timeout: 5000 });
}

/** The open popover's card, read from Evident's world (its shadow root is closed to the page). */
function popoverCard(page: Page) {
  return inEvidentWorld(
    page,
    (ui) => {
      const card = ui('evident-popover')?.querySelector<HTMLElement>('[role="dialog"]');
      return card
        ? {
            text: card.innerText,
            all: card.textContent ?? '',
            verdict: card.querySelector('.verdict')?.textContent ?? '',
            href: card.querySelector('.sources a')?.getAttribute('href') ?? null,
            numbers: card.querySelector<HTMLElement>('.number-check')?.innerText ?? '',
          }
        : null;
    },
    null,
  );
}

/** Clicks the mark whose text starts with `text` and gives back the popover it opens. */
async function openMark(page: Page, text: string) {
  const box = await page.evaluate((wanted) => {
    const range = [...CSS.highlights.values()]
      .flatMap((h) => [...(h as unknown as Set<Range>)])
      .find((r) => r.toString().startsWith(wanted))!;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, text);
  await page.mouse.click(box.x, box.y);
  await page.locator('evident-popover').waitFor({ timeout: 5000 });
  return (await popoverCard(page))!;
}

async function main(): Promise<void> {
  assert(existsSync(join(EXTENSION, 'manifest.json')), 'build the extension first: npm run build');
  mkdirSync(ARTIFACTS, { recursive: true });
  const { server, origin } = await serve();
  const userDataDir = mkdtempSync(join(tmpdir(), 'evident-e2e-'));
  const context: BrowserContext = await launchWithExtension(EXTENSION, userDataDir);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    // The index built from the same claims/ the build bundles (pages never receive it).
    const db = openClaimsDatabase(join(ROOT, 'claims'));
    const index = buildIndex(db.topics, RECORDED_FREQUENCIES);

    /** A fixture page in a new tab, once its marks have settled on exactly what lib/core finds on it. */
    const openMarked = async (file: string) => {
      const tab = await context.newPage();
      await tab.goto(`${origin}/${file}`);
      const marks = await settledMarks(tab);
      assert(JSON.stringify(marks) === JSON.stringify(expectedMarks(file, index)), `marked ${JSON.stringify(marks)}`);
      return tab;
    };

    /** The fixture page whose one claim only a pack (of either format) reviews: it must be marked. */
    const expectPackClaimMarked = async () => {
      const tab = await context.newPage();
      await tab.goto(`${origin}/pack-claim.html`);
      const marks = await settledMarks(tab);
      assert(
        JSON.stringify(marks) === JSON.stringify(['Zorblatin cures hiccups within three days']),
        `marked ${JSON.stringify(marks)}`,
      );
      await tab.close();
    };

    const page = await context.newPage();
    const seedUrl = `${origin}/sermorelin-clinic.html`;

    await check('marks the claims lib/core finds on the WordPress seed page, on exactly their text', async () => {
      const expected = expectedMarks('sermorelin-clinic.html', index);
      assert(expected.length > 0, 'the engine finds nothing on the seed page');
      await page.goto(seedUrl);
      const marks = await settledMarks(page);
      assert(
        JSON.stringify(marks) === JSON.stringify(expected),
        `marked ${JSON.stringify(marks)}\n     expected ${JSON.stringify(expected)}`,
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ARTIFACTS, 'marked-page.png') });
      // Drawn, not only registered: a mark of a claim found false or unsupported is tinted, the heading is not.
      const serious = expectedMatches('sermorelin-clinic.html', index).find((m) =>
        ['false', 'unsupported'].includes(m.verdict),
      )!.text;
      const share = async (clip: { x: number; y: number; width: number; height: number }) =>
        page.evaluate(tintedShare, (await page.screenshot({ clip })).toString('base64'));
      // Plain objects (a DOMRect does not cross to the test); no named helper in the page, as tsx would name it.
      const heading = await share(
        await page.evaluate(() => {
          const r = document.querySelector('h1')!.getBoundingClientRect();
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }),
      );
      const mark = await share(
        await page.evaluate((wanted) => {
          const range = [...CSS.highlights.values()]
            .flatMap((h) => [...(h as unknown as Set<Range>)])
            .find((r) => r.toString() === wanted)!;
          range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const r = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0]!;
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }, serious),
      );
      assert(
        mark > 0.3 && heading < 0.05,
        `tinted: ${mark.toFixed(2)} of the mark, ${heading.toFixed(2)} of the heading`,
      );
    });

    await check('marks the labelled zinc claim on the plain-text page', async () => {
      const dark = await context.newPage();
      await dark.goto(`${origin}/micronutrients-gh.html`);
      const marks = await settledMarks(dark);
      const expected = expectedMarks('micronutrients-gh.html', index);
      assert(
        JSON.stringify(marks) === JSON.stringify(expected),
        `marked ${JSON.stringify(marks)}\n     expected ${JSON.stringify(expected)}`,
      );
      assert(
        marks.some((t) => t.includes('cofactor for over 300 different enzymes')),
        `no mark on the zinc cofactor claim: ${JSON.stringify(marks)}`,
      );
      await clickFirstMark(dark);
      const theme = await dark.locator('evident-popover').getAttribute('data-evident-theme');
      assert(theme === 'dark', `the popover on a dark page has the ${theme} theme`);
      await dark.screenshot({ path: join(ARTIFACTS, 'popover-dark.png') });
      await dark.close();
    });

    await check('marks a claim in a FAQ answer once the reader opens it', async () => {
      const before = (await markedTexts(page)).length;
      await page.locator('details.faq-item summary').nth(2).click();
      const after = await settledMarks(page);
      assert(after.length > before, `still ${after.length} marks after opening the FAQ answer`);
      assert(
        after.some((t) => t.includes('sermorelin administered subcutaneously')),
        `no mark in the answer: ${JSON.stringify(after)}`,
      );
      await page.locator('details.faq-item summary').nth(2).click();
      const closed = await settledMarks(page);
      assert(closed.length === before, `${closed.length} marks after closing it again, ${before} before`);
    });

    await check('shows the number of claims on the toolbar badge', async () => {
      const tabId = await tabIdOf(worker, page);
      const count = (await markedTexts(page)).length;
      const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      // The seed page makes more than 99 claims: the badge caps the number there.
      const expected = count > 99 ? '99+' : String(count);
      assert(count > 0 && text === expected, `badge says "${text}", page has ${count} marks`);
    });

    await check('opens a popover with a verdict and a source link when a mark is clicked', async () => {
      await clickFirstMark(page);
      const popover = page.locator('evident-popover');
      const card = await popoverCard(page);
      assert(card && card.verdict.length > 0, 'no verdict in the popover');
      const href = card.href;
      assert(href && /^https:\/\//.test(href), `no source link (href ${href})`);
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      assert(focused === 'EVIDENT-POPOVER', `focus is on ${focused}, not in the popover`);
      await page.screenshot({ path: join(ARTIFACTS, 'popover.png') });
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'detached', timeout: 2000 });
    });

    await check('lists the page’s claims in the popup, and choosing one opens its popover', async () => {
      const tabId = await tabIdOf(worker, page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const items = popup.locator('.claims button');
      await items.first().waitFor({ timeout: 5000 });
      const listed = await items.count();
      const count = (await markedTexts(page)).length;
      assert(listed === count, `popup lists ${listed} claims, page has ${count} marks`);
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
      await items.first().click();
      await page.locator('evident-popover').waitFor({ timeout: 5000 });
      await page.keyboard.press('Escape');
      await popup.close();
    });

    await check('removes every mark when Evident is turned off for the site', async () => {
      const tabId = await tabIdOf(worker, page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const siteSwitch = popup.locator('#evident-site');
      await siteSwitch.waitFor();
      assert(await siteSwitch.isChecked(), 'the site switch starts off');
      await siteSwitch.uncheck();
      await page.waitForTimeout(500);
      const marks = await markedTexts(page);
      assert(marks.length === 0, `still ${marks.length} marks`);
      const ui = await page.evaluate(
        () => document.querySelectorAll('evident-claims, evident-popover, evident-mark').length,
      );
      assert(ui === 0, `${ui} Evident elements left on the page`);
      const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      assert(badge === 'off', `badge says "${badge}", not "off"`);
      await siteSwitch.check();
      await popup.getByText('Evident is on for localhost.').waitFor({ timeout: 3000 });
      await popup.close();
      assert((await settledMarks(page)).length > 0, 'marks do not come back when turned on again');
    });

    await check(
      'a site turned off gets no content script on its next load, says "off", and turning it on starts Evident in the open tab',
      async () => {
        const tabId = await tabIdOf(worker, page);
        /** Whether Evident's content script answers in the tab (the background asks as the popup would). */
        const scriptAnswers = () =>
          worker.evaluate(
            (id) =>
              chrome.tabs.sendMessage(id, { evident: 'list-claims', payload: {} }).then(
                (r) => r !== undefined,
                () => false,
              ),
            tabId,
          );
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
        const siteSwitch = popup.locator('#evident-site');
        await siteSwitch.waitFor();
        await siteSwitch.uncheck();
        await popup.getByText('Evident is off for localhost.').first().waitFor({ timeout: 3000 });
        await page.reload();
        await page.waitForTimeout(1000);
        assert(!(await scriptAnswers()), 'the content script still runs on a site turned off');
        const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
        assert(badge === 'off', `badge says "${badge}" on a reloaded page of a site turned off`);
        await popup.reload();
        await popup.getByText('Evident is off for localhost.').first().waitFor({ timeout: 3000 });
        assert(
          (await popup.getByText('Evident cannot read this page.').count()) === 0,
          'the popup says it cannot read a page of a site turned off',
        );
        await popup.locator('#evident-site').check();
        await popup.getByText('Evident is on for localhost.').waitFor({ timeout: 3000 });
        const marks = await settledMarks(page);
        assert(marks.length > 0, 'turning the site on did not start Evident in the open tab');
        assert(await scriptAnswers(), 'no content script answers after the site was turned on');
        const items = popup.locator('.claims button');
        await items.first().waitFor({ timeout: 5000 });
        const listed = await items.count();
        assert(
          listed === marks.length,
          `popup lists ${listed} claims after turning on, page has ${marks.length} marks`,
        );
        await popup.close();
      },
    );

    await check('marks nothing on a page that makes no health claims', async () => {
      const recipe = await context.newPage();
      await recipe.goto(`${origin}/recipe.html`);
      await recipe.waitForTimeout(1500);
      const marks = await markedTexts(recipe);
      assert(marks.length === 0, `marked ${JSON.stringify(marks)}`);
      await recipe.close();
    });

    await check('refuses a malformed claims pack with file, claim and field named, and marks a valid one', async () => {
      const claim = {
        id: 'zorblatin-cures-hiccups',
        claim: 'Zorblatin cures hiccups within three days.',
        phrasings: ['zorblatin cures hiccups within three days', 'zorblatin stops hiccups in 3 days'],
        verdict: 'unsupported',
        certainty: 'very-low',
        evidence: 'none',
        summary: 'A made-up claim for this test.',
        sources: [
          { title: 'A search', year: 2026, kind: 'search', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=zorblatin' },
        ],
        reviewed: '2026-11-21',
      };
      const pack = { topic: 'zorblatin', names: ['zorblatin'], claims: [claim] };
      const bad = { ...pack, claims: [{ ...claim, verdict: 'totally-true' }] };
      const input = extensionPage.locator('#pack-file');
      const upload = (name: string, data: unknown) =>
        input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
      await upload('bad-pack.json', bad);
      const alert = extensionPage.locator('[role="alert"]');
      await alert.waitFor({ timeout: 5000 });
      const problems = (await alert.textContent()) ?? '';
      assert(
        problems.includes('bad-pack.json: claim "zorblatin-cures-hiccups": verdict'),
        `problems shown: ${problems}`,
      );
      await upload('zorblatin-pack.json', pack);
      await extensionPage.getByText('zorblatin-pack.json', { exact: true }).waitFor({ timeout: 5000 });
      await extensionPage.screenshot({ path: join(ARTIFACTS, 'options-packs.png') });
      await expectPackClaimMarked();
      await extensionPage.getByRole('button', { name: 'Remove' }).click();
      await extensionPage.getByText('No packs.').waitFor({ timeout: 5000 });
    });

    await check(
      'imports a fact-checker’s ClaimReview as a pack and exports every installed claim as ClaimReview',
      async () => {
        const review = {
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Example Checks' },
            {
              '@type': 'ClaimReview',
              url: 'https://factcheck.example.org/zorblatin-hiccups',
              claimReviewed: 'Zorblatin cures hiccups within three days',
              author: { '@type': 'Organization', name: 'Example Checks' },
              datePublished: '2026-11-20',
              itemReviewed: { '@type': 'Claim', about: { '@type': 'Thing', name: 'Zorblatin' } },
              reviewRating: { '@type': 'Rating', alternateName: 'False' },
            },
          ],
        };
        await extensionPage.locator('#pack-file').setInputFiles({
          name: 'example-checks.jsonld',
          mimeType: 'application/ld+json',
          buffer: Buffer.from(JSON.stringify(review)),
        });
        await extensionPage.getByText('example-checks.jsonld', { exact: true }).waitFor({ timeout: 5000 });
        await expectPackClaimMarked();
        const [download] = await Promise.all([
          extensionPage.waitForEvent('download'),
          extensionPage.getByRole('button', { name: 'Export as ClaimReview JSON-LD' }).click(),
        ]);
        const file = join(ARTIFACTS, download.suggestedFilename());
        await download.saveAs(file);
        const items = JSON.parse(readFileSync(file, 'utf8')) as { '@type': string; identifier: string }[];
        assert(items.length === db.byId.size + 1, `exported ${items.length} items for ${db.byId.size + 1} claims`);
        assert(
          items.every((i) => i['@type'] === 'ClaimReview'),
          'an exported item is not a ClaimReview',
        );
        assert(
          items.some((i) => i.identifier === 'zorblatin-zorblatin-cures-hiccups-within-three-days'),
          'the imported claim is not in the export',
        );
        await extensionPage.getByText(/^Exported \d+ claims/).waitFor({ timeout: 5000 });
        await extensionPage.screenshot({ path: join(ARTIFACTS, 'options-claimreview.png'), fullPage: true });
        await extensionPage.getByRole('button', { name: 'Remove' }).click();
        await extensionPage.getByText('No packs.').waitFor({ timeout: 5000 });
      },
    );

    await check(
      'explains a claim not reviewed individually, flags a vague citation and copies a link to a claim',
      async () => {
        const blog = await openMarked('peptide-blog.html');
        const open = (text: string) => openMark(blog, text);
        const said = (await open('BPC-157 soothes')).text;
        assert(said.includes('Not reviewed individually'), `no unreviewed note in: ${said}`);
        await blog.screenshot({ path: join(ARTIFACTS, 'popover-unreviewed.png') });
        await blog.keyboard.press('Escape');
        const vague = await open('BPC-157 is approved');
        assert(vague.all.includes('names no source a reader can check'), 'no vague-citation note');
        // The copy button sits behind "More": a real mouse opens it and copies.
        const clickIn = async (selector: string) => {
          const at = await inEvidentWorld(
            blog,
            (ui, s) => {
              const target = ui('evident-popover')!.querySelector(s)!;
              target.scrollIntoView({ block: 'nearest' });
              const r = target.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            },
            selector,
          );
          await blog.mouse.click(at.x, at.y);
        };
        await clickIn('.more');
        await clickIn('.copy-link');
        const statusText = () =>
          inEvidentWorld(blog, (ui) => ui('evident-popover')?.querySelector('.copy-status')?.textContent ?? '', null);
        for (let i = 0; i < 20 && !/#:~:text=|Link copied/.test(await statusText()); i++)
          await blog.waitForTimeout(250);
        await blog.bringToFront();
        const copied = await blog.evaluate(() => navigator.clipboard.readText().catch(() => ''));
        const shown = await statusText();
        const link = copied || shown.replace(/^.*?(https?:\/\/\S+)$/, '$1');
        assert(
          link.includes('/peptide-blog.html#:~:text=BPC%2D157%20is%20approved'),
          `copied link: ${link} (${shown})`,
        );
        await blog.screenshot({ path: join(ARTIFACTS, 'popover-vague-citation.png') });
        const follow = await context.newPage();
        await follow.goto(link);
        await follow.close();
        await blog.close();
      },
    );

    await check('holds a number the page states against the evidence, in the popover', async () => {
      const page = await openMarked('stated-numbers.html');
      const said = (await openMark(page, 'Ashwagandha raised testosterone')).numbers;
      assert(
        said.startsWith('Number overstated. The page says 22 to 33%; the evidence reports 14.7%'),
        `number check: ${said}`,
      );
      await page.screenshot({ path: join(ARTIFACTS, 'popover-number-overstated.png') });
      await page.keyboard.press('Escape');
      const line = (await openMark(page, 'Tirzepatide users lose')).numbers;
      assert(line.startsWith('Number in line with the evidence. The page says 20 percent'), `number check: ${line}`);
      await page.close();
    });

    await check('checks what a page says about the evidence against the topic’s own rating of it', async () => {
      const page = await openMarked('evidence-talk.html');
      const card = await openMark(page, 'BPC-157 is backed by extensive clinical research');
      assert(card.text.includes('what the page says about the evidence'), `no evidence note in: ${card.text}`);
      assert(/unsupported/i.test(card.verdict), `verdict: ${card.verdict}`);
      await page.screenshot({ path: join(ARTIFACTS, 'popover-evidence-statement.png') });
      await page.close();
    });

    await check('marks two substances’ names given as one as false, and says what each of them is', async () => {
      const page = await openMarked('glp1-names.html');
      const card = await openMark(page, 'Mounjaro, also known as semaglutide');
      assert(/false/i.test(card.verdict), `verdict: ${card.verdict}`);
      assert(card.text.includes('they are two'), `no naming record in: ${card.text}`);
      assert(card.text.includes('record of each substance'), `no naming note in: ${card.text}`);
      await page.screenshot({ path: join(ARTIFACTS, 'popover-confused-names.png') });
      await page.close();
    });

    await check(
      'on a page of hundreds of claims, paints those near the viewport, counts them all, and paints a far one the keyboard goes to',
      async () => {
        const long = await context.newPage();
        await long.goto(`${origin}/micronutrients-gh.html`);
        await settledMarks(long);
        // The zinc paragraph restated 400 times at the end of the page (content added later, as infinite scroll adds it).
        await long.evaluate(() => {
          const zinc = [...document.querySelectorAll('p')].find((p) =>
            p.textContent!.includes('cofactor for over 300'),
          )!;
          for (let i = 0; i < 400; i++) document.body.append(zinc.cloneNode(true));
          (document.body.lastElementChild as HTMLElement).id = 'last-zinc';
        });
        const tabId = await tabIdOf(worker, long);
        let counted = 0;
        for (let i = 0; i < 60 && counted < 400; i++) {
          await long.waitForTimeout(250);
          const title = await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
          counted = Number(/(\d+) health claims?/.exec(title)?.[1] ?? 0);
        }
        assert(counted > 400, `the button counts ${counted} claims, not every restatement`);
        const painted = (await markedTexts(long)).length;
        assert(painted > 0 && painted < counted / 2, `${painted} of ${counted} marks painted at the top of the page`);
        const inLast = () =>
          long.evaluate(() =>
            [...CSS.highlights.values()]
              .flatMap((h) => [...(h as unknown as Set<Range>)])
              .some((r) => document.getElementById('last-zinc')!.contains(r.startContainer)),
          );
        assert(!(await inLast()), 'the last restatement is painted while the reader is at the top');
        // The keyboard list goes to the last claim (End from the first): its mark is painted,
        // scrolled to, and Enter opens it. The list holds a window of the claims, not a button each.
        const listed = await inEvidentWorld(
          long,
          (ui) => {
            const root = ui('evident-claims')!;
            root.querySelector<HTMLButtonElement>('li button')!.focus();
            return {
              buttons: root.querySelectorAll('li button').length,
              size: root.querySelector('li')!.getAttribute('aria-setsize'),
            };
          },
          null,
        );
        assert(
          listed.buttons < counted && listed.size === String(counted),
          `the claims list holds ${listed.buttons} buttons, as a list of ${listed.size}, for ${counted} claims`,
        );
        await long.keyboard.press('End');
        const current = await inEvidentWorld(
          long,
          (ui) => (ui('evident-claims')!.activeElement as HTMLElement | null)?.textContent ?? '',
          null,
        );
        assert(current.startsWith(`Claim ${counted} of ${counted},`), `End went to: ${current}`);
        await long.waitForTimeout(300);
        assert(await inLast(), 'the claim the keyboard went to is not painted');
        // The jump to the end crossed no paragraph on the way: the restatements now in view are painted too.
        const inView = await long.evaluate(
          () =>
            [...CSS.highlights.values()]
              .flatMap((h) => [...(h as unknown as Set<Range>)])
              .filter((r) => {
                const box = r.getBoundingClientRect();
                return box.bottom > 0 && box.top < innerHeight;
              }).length,
        );
        assert(inView >= 3, `${inView} marks painted in view after the jump to the last claim`);
        await long.keyboard.press('Enter');
        await long.locator('evident-popover').waitFor({ timeout: 5000 });
        await long.screenshot({ path: join(ARTIFACTS, 'long-page-far-claim.png') });
        assert((await markedTexts(long)).length < counted / 2, 'the marks far above are still painted');
        await long.close();
      },
    );

    await check('makes no network request beyond the fixture server and the extension itself', async () => {
      const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('chrome-extension://'));
      assert(foreign.length === 0, `requests: ${foreign.join(', ')}`);
      assert(
        requests.some((u) => u.startsWith(origin)),
        'no request was recorded at all: the recorder is broken',
      );
    });
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((err: unknown) => fail('the run itself', err instanceof Error ? (err.stack ?? err.message) : err))
  .finally(finish);
