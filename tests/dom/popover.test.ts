// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../lib/core/claim-types';
import { openPopover, type Popover } from '../../lib/dom/popover';
import { shortTitle } from '../../lib/dom/popover-numbers';
import { uiRootOf } from '../../lib/dom/ui-root';
import { DOM_RECORDS } from './sample-index';

const HOSTILE = '<img src=x onerror="window.__evidentPwned = true">';
let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = '<p>Before <button id="trigger">a button</button> zinc daily.</p>';
  controller = new AbortController();
});
afterEach(() => controller.abort());

function anchor(): Range {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
}

function open(record: ClaimRecord | undefined, pageText = 'zinc daily', returnFocus?: HTMLElement): Popover {
  return openPopover(
    document,
    { verdict: record?.verdict ?? 'false', record, pageText, reasons: ['shares “zinc”'] },
    anchor(),
    {
      signal: controller.signal,
      returnFocus,
    },
  );
}

const zinc = (changes: Partial<ClaimRecord> = {}): ClaimRecord => ({
  ...DOM_RECORDS.get('zinc-boosts-testosterone-without-deficiency')!,
  ...changes,
});

describe('the claim popover', () => {
  it('is a labelled dialog in a shadow root with the verdict, certainty, evidence and summary', () => {
    const { host, dialog } = open(zinc());
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot read the verdict
    expect(uiRootOf(host)!.contains(dialog)).toBe(true);
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Evident: Unsupported claim');
    const text = dialog.textContent!;
    expect(text).toContain('Unsupported');
    expect(text).toContain('Limited (GRADE low)');
    expect(text).toContain('Human trials');
    expect(text).toContain('In men with enough zinc');
  });

  it('says when a claim was not reviewed individually and is judged by its topic’s profile', () => {
    const p = open(zinc({ id: 'unreviewed:zinc:efficacy', verdict: 'weak' }));
    expect(p.dialog.querySelector('.unreviewed')?.textContent).toMatch(/Not reviewed individually/);
    p.close();
    const q = open(zinc());
    expect(q.dialog.querySelector('.unreviewed')).toBeNull();
  });

  it('says when the page leans on an unnamed study, and shows the sources the page gives', () => {
    const p = openPopover(
      document,
      {
        verdict: 'weak',
        record: zinc(),
        pageText: 'a 2019 study found zinc works',
        reasons: [],
        flags: ['vague-citation'],
        pageSources: ['PMID 31234567', 'javascript:alert(1)'],
      },
      anchor(),
      { signal: controller.signal },
    );
    expect(p.dialog.querySelector('.flag')?.textContent).toMatch(/names no source a reader can check/);
    const given = [...p.dialog.querySelectorAll('ul.sources li')].map((li) => li.textContent);
    expect(given).toEqual(['PMID 31234567', 'javascript:alert(1)']);
    expect(p.dialog.querySelector('ul.sources a')?.getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/31234567/',
    );
    expect(p.dialog.querySelectorAll('ul.sources a')).toHaveLength(1);
  });

  it('says how the page’s number compares with the evidence’s, and where that comes from', () => {
    const p = openPopover(
      document,
      {
        verdict: 'mixed',
        record: zinc(),
        pageText: 'keep 98–100% of your lean mass',
        reasons: [],
        flags: ['number-overstated'],
        numberCheck: {
          verdict: 'overstated',
          stated: { text: '98–100%', low: 98, high: 100, unit: '%' },
          evidence: { quantity: 'share of weight lost that was fat', low: 60, high: 75, unit: '%', note: HOSTILE },
          source: { index: 0, title: 'STEP 1', year: 2021 },
        },
      },
      anchor(),
      { signal: controller.signal },
    );
    const check = p.dialog.querySelector('.number-check')!;
    expect(check.textContent).toBe(
      'Number overstated. The page says 98–100%; the evidence reports 60–75% (share of weight lost that was fat; STEP 1, 2021). ' +
        HOSTILE,
    );
    expect(check.querySelector('img')).toBeNull();
    p.close();
    expect(open(zinc()).dialog.querySelector('.number-check')).toBeNull();
  });

  it('shortens a long trial title in the number line at a word, keeping short ones whole', () => {
    expect(shortTitle('Tirzepatide Once Weekly for the Treatment of Obesity')).toBe(
      'Tirzepatide Once Weekly for the Treatment of Obesity',
    );
    expect(
      shortTitle(
        'A Randomized, Double-Blind, Placebo-Controlled, Crossover Study Examining the Hormonal and Vitality Effects of Ashwagandha',
      ),
    ).toBe('A Randomized, Double-Blind, Placebo-Controlled, Crossover…');
  });

  it('copies a link that scrolls to the claim, or shows it when the clipboard is closed', async () => {
    const written: string[] = [];
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void written.push(t) },
    });
    const p = open(zinc(), 'zinc daily');
    p.dialog.querySelector<HTMLButtonElement>('.copy-link')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual([`${location.href.split('#')[0]}#:~:text=zinc%20daily`]);
    expect(p.dialog.querySelector('.copy-status')!.textContent).toMatch(/Link copied .*#:~:text=zinc%20daily$/);
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    p.dialog.querySelector<HTMLButtonElement>('.copy-link')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(p.dialog.querySelector('.copy-status')!.textContent).toMatch(/Copy this link: .*#:~:text=zinc%20daily/);
  });

  it('links each source and its PMID', () => {
    const { dialog } = open(zinc());
    const hrefs = [...dialog.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://pubmed.ncbi.nlm.nih.gov/18985059/', 'https://pubmed.ncbi.nlm.nih.gov/18985059/']);
    expect(dialog.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a summary, a source title and page text that contain HTML as text', () => {
    const record = zinc({
      summary: `Summary ${HOSTILE}`,
      sources: [{ title: `Title ${HOSTILE}`, year: 2020, kind: 'trial', url: 'https://example.org/' }],
    });
    const { dialog } = open(record, `page ${HOSTILE}`);
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain(`Summary ${HOSTILE}`);
    expect(dialog.textContent).toContain(`Title ${HOSTILE}`);
    expect(dialog.textContent).toContain(`page ${HOSTILE}`);
    expect((window as unknown as { __evidentPwned?: boolean }).__evidentPwned).toBeUndefined();
  });

  it('shows a source URL that is not http(s) as text, not as a link', () => {
    const record = zinc({ sources: [{ title: 'Bad', year: 2020, kind: 'trial', url: 'javascript:alert(1)' }] });
    const { dialog } = open(record);
    expect(dialog.querySelector('a')).toBeNull();
    expect(dialog.textContent).toContain('Bad');
  });

  it('moves focus into the dialog when it opens', () => {
    const { host, dialog } = open(zinc());
    expect(document.activeElement).toBe(host);
    expect(uiRootOf(host)!.activeElement).toBe(dialog);
  });

  it('closes on Escape and gives focus back to where it was', () => {
    const trigger = document.getElementById('trigger')!;
    trigger.focus();
    const { host } = open(zinc(), 'zinc daily', trigger);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(trigger);
  });

  it('closes with its close button and when its signal aborts', () => {
    const first = open(zinc());
    (first.dialog.querySelector('.close') as HTMLButtonElement).click();
    expect(first.host.isConnected).toBe(false);
    const second = open(zinc());
    controller.abort();
    expect(second.host.isConnected).toBe(false);
  });

  it('still opens, with the verdict, when the claim’s details could not be loaded', () => {
    const { dialog } = open(undefined);
    expect(dialog.textContent).toContain('False');
    expect(dialog.textContent).toContain('could not be loaded');
  });
});
