// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPopupView, type PopupState } from '../../lib/dom/popup-view';

const base: PopupState = {
  host: 'clinic.example',
  reachable: true,
  siteOn: true,
  everywhereOn: true,
  hidden: false,
  scanning: false,
  claims: [{ markId: 1, verdict: 'false', text: 'BPC-157 is FDA approved' }],
  shortcut: 'Alt+Shift+E',
};

function mount() {
  document.body.innerHTML = '<main id="app"></main>';
  const actions = { reveal: vi.fn(), setSite: vi.fn(), setEverywhere: vi.fn(), setHidden: vi.fn() };
  const app = document.getElementById('app')!;
  return { app, actions, view: createPopupView(app, actions) };
}

describe('the toolbar popup', () => {
  it('never shows “On for this site” checked while Evident is off everywhere', () => {
    const { app, view } = mount();
    view.update({ ...base, everywhereOn: false });
    const site = app.querySelector<HTMLInputElement>('#evident-site')!;
    expect(site.checked).toBe(false);
    expect(app.querySelector('.note')!.textContent).toBe('Evident is off everywhere.');
    expect(app.querySelector('#evident-site-hint')!.textContent).toMatch(/off everywhere/);
  });

  it('keeps focus on a switch toggled from the keyboard and speaks only the change', () => {
    const { app, view, actions } = mount();
    view.update(base);
    const site = app.querySelector<HTMLInputElement>('#evident-site')!;
    site.focus();
    site.click();
    expect(actions.setSite).toHaveBeenCalledWith(false);
    view.update({ ...base, siteOn: false, claims: [] }, 'Evident is off for clinic.example.');
    expect(document.activeElement).toBe(site);
    expect(app.querySelector('#evident-site')).toBe(site);
    expect(app.querySelector('[role="status"]')!.textContent).toBe('Evident is off for clinic.example.');
    expect(app.querySelectorAll('[aria-live]')).toHaveLength(0);
    expect(app.querySelector('.note')!.textContent).toBe('Evident is off for clinic.example.');
  });

  it('offers “Hide marks on this page” as a pressed button, apart from the site switch', () => {
    const { app, view, actions } = mount();
    view.update(base);
    const hide = app.querySelector<HTMLButtonElement>('.hide')!;
    hide.click();
    expect(actions.setHidden).toHaveBeenCalledWith(true);
    view.update({ ...base, hidden: true, claims: [] }, 'Marks hidden on this page.');
    expect(hide.getAttribute('aria-pressed')).toBe('true');
    expect(hide.textContent).toBe('Show marks on this page');
    expect(app.querySelector<HTMLInputElement>('#evident-site')!.checked).toBe(true);
    expect(app.querySelector('.shortcut')!.textContent).toBe('Alt+Shift+E turns Evident off or on for this site.');
  });
});
