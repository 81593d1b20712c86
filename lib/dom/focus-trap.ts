/**
 * Keeps Tab inside `container` (inside a shadow root, where the page's own Tab order
 * cannot see): Tab after the last control goes to the first, Shift+Tab before the first
 * to the last. Hidden controls (under `[hidden]` or a closed `<details>`) are skipped.
 */
export function trapFocus(root: ShadowRoot, container: HTMLElement, signal: AbortSignal): void {
  root.addEventListener(
    'keydown',
    (e) => {
      const event = e as KeyboardEvent;
      if (event.key !== 'Tab') return;
      const items = focusables(container);
      if (items.length === 0) return;
      const current = items.indexOf(root.activeElement as HTMLElement);
      const step = event.shiftKey ? -1 : 1;
      const next =
        current === -1 ? (event.shiftKey ? items.length - 1 : 0) : (current + step + items.length) % items.length;
      event.preventDefault();
      items[next]!.focus();
    },
    { signal },
  );
}

const FOCUSABLE = 'button:not([disabled]), a[href], summary, [tabindex="0"]';

export function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((item) => {
    if (item.closest('[hidden]')) return false;
    const details = item.parentElement?.closest('details');
    // Inside a closed <details>, only its own <summary> shows.
    return !details || details.open || (item.matches('summary') && item.parentElement === details);
  });
}
