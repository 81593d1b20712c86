/**
 * True when the text around `anchor` sits on a dark background: the first opaque
 * background up the tree decides (the page's own, not the system's colour scheme).
 */
export function pageIsDark(anchor: Range): boolean {
  const start = anchor.startContainer;
  let el: Element | null = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const win = start.ownerDocument?.defaultView;
  if (!win) return false;
  for (; el; el = el.parentElement) {
    const rgba = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.25; // below ~#8a8a8a, dark text would be hard to read;
  }
  return false; // browsers paint an unstyled page white
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value ?? '');
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG 2). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
