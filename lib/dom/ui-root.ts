/**
 * Evident's UI lives in CLOSED shadow roots: page scripts get `host.shadowRoot === null`,
 * so they cannot read a verdict out of the popover or restyle it. Evident's own code (and
 * its tests, which run in the same world as the content script) reach a root through this
 * WeakMap, which page scripts never see because the content script's world is isolated.
 */
const roots = new WeakMap<Element, ShadowRoot>();

export function attachUiRoot(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** The closed root of one of Evident's hosts, or null for any other element. */
export function uiRootOf(host: Element | null | undefined): ShadowRoot | null {
  return (host && roots.get(host)) ?? null;
}
