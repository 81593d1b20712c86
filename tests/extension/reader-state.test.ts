// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, showPageState } from '../../lib/extension/badge';
import { runCommand } from '../../lib/extension/commands';
import {
  addDismissal,
  clearDismissals,
  dismissalKey,
  dismissalKeys,
  exportDismissals,
  getDismissals,
  hashText,
} from '../../lib/extension/dismissals';
import { getSettings, setEnabledEverywhere, setEnabledForSite } from '../../lib/extension/settings';

beforeEach(() => fakeBrowser.reset());

describe('the badge’s states', () => {
  it('tells “off” from “no claims” from a count coloured by the worst verdict', () => {
    expect(badgeFor({ state: 'off', count: 0 })).toMatchObject({ text: 'off', color: '#4b5563' });
    expect(badgeFor({ state: 'on', count: 0 })).toMatchObject({
      text: '',
      title: 'Evident: no health claims found on this page',
    });
    expect(badgeFor({ state: 'on', count: 4, worst: 'false' })).toMatchObject({ text: '4', color: '#b91c1c' });
    expect(badgeFor({ state: 'on', count: 1, worst: 'supported' }).color).toBe('#166534');
    expect(badgeFor({ state: 'hidden', count: 3 })).toMatchObject({ text: '3', color: '#4b5563' });
  });

  it('sets the text, colour and tooltip of the reporting tab only', async () => {
    await showPageState(7, { state: 'on', count: 2, worst: 'weak' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      'Evident: 2 health claims on this page; the most serious is weak evidence',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });
});

describe('the site command', () => {
  it('turns the tab’s site off, then on again', async () => {
    const tab = { id: 3, url: 'https://clinic.example/sermorelin', index: 0 } as never;
    expect(await runCommand('toggle-site', tab)).toBe(false);
    expect((await getSettings()).disabledSites).toEqual(['clinic.example']);
    expect(await runCommand('toggle-site', tab)).toBe(true);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('turns a site on when Evident is off everywhere, leaving other sites that were turned off alone', async () => {
    await setEnabledForSite('other.example', false);
    await setEnabledEverywhere(false);
    expect(await runCommand('toggle-site', { id: 3, url: 'https://clinic.example/', index: 0 } as never)).toBe(true);
    expect(await getSettings()).toEqual({ enabled: true, disabledSites: ['other.example'], hiddenVerdicts: [] });
  });

  it('does nothing on a page without a site', async () => {
    expect(await runCommand('toggle-site', { id: 3, url: 'about:blank', index: 0 } as never)).toBeNull();
  });
});

describe('dismissed marks', () => {
  const mark = {
    claimId: 'zinc-boosts-testosterone-without-deficiency',
    verdict: 'unsupported' as const,
    text: 'Taking zinc every  day will boost your testosterone',
    prefix: 'We say: ',
    suffix: '.',
  };

  it('are kept by claim id and a hash of the sentence, the page only as a hash', async () => {
    const d = await addDismissal(mark, 'https://clinic.example/zinc', { extensionVersion: '0.1.0', now: new Date(0) });
    expect(dismissalKeys(await getDismissals()).has(dismissalKey(mark.claimId, mark.text))).toBe(true);
    // Whitespace does not make a new sentence.
    expect(dismissalKey(mark.claimId, 'Taking zinc every day will boost your testosterone')).toBe(
      dismissalKey(mark.claimId, mark.text),
    );
    expect(d.pageHash).toBe(hashText('https://clinic.example/zinc'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('clinic.example');
  });

  it('export as a JSON report with a TextQuoteSelector, the claim id and versions, and no address', async () => {
    await addDismissal(mark, 'https://clinic.example/zinc', { extensionVersion: '0.1.0', claimReviewed: '2026-11-21' });
    const json = JSON.parse(exportDismissals(await getDismissals(), '0.1.0'));
    expect(json.format).toBe('evident-wrong-matches');
    expect(json.reports[0]).toMatchObject({
      claimId: mark.claimId,
      claimReviewed: '2026-11-21',
      selector: { type: 'TextQuoteSelector', exact: mark.text, prefix: 'We say: ', suffix: '.' },
    });
    expect(JSON.stringify(json)).not.toContain('clinic.example');
  });

  it('are forgotten one by one or all at once, and a damaged store loses only what is damaged', async () => {
    await addDismissal(mark, 'p', { extensionVersion: '0.1.0' });
    await addDismissal({ ...mark, claimId: 'other' }, 'p', { extensionVersion: '0.1.0' });
    expect(await clearDismissals([dismissalKey('other', mark.text)])).toHaveLength(1);
    await fakeBrowser.storage.local.set({ 'evident-dismissals': [...(await getDismissals()), { bad: true }, 3] });
    expect(await getDismissals()).toHaveLength(1);
    expect(await clearDismissals()).toEqual([]);
  });
});
