const GAP = 8; // px between the mark and the card, and between the card and the window's edge

/**
 * Places the card (fixed to the viewport, in the top layer) below the mark's last line if
 * it fits, else above its first, on whichever side has more room. When neither side holds
 * the whole card (a short window, 200% zoom), the card moves into the window even if it
 * then covers part of the mark: a card the reader can read whole beats one that scrolls.
 */
export function placeCard(card: HTMLElement, anchor: Range): void {
  const win = card.ownerDocument.defaultView!;
  const rects = Array.from(anchor.getClientRects());
  const first = rects[0] ?? anchor.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const roomBelow = win.innerHeight - last.bottom - 2 * GAP;
  const roomAbove = first.top - 2 * GAP;
  const below = roomBelow >= height || roomBelow >= roomAbove;
  let top = below ? last.bottom + GAP : first.top - GAP - height;
  const anchorVisible = last.bottom > 0 && first.top < win.innerHeight;
  // While the mark is on screen, the card stays whole on screen; once the reader scrolls
  // the mark away, the card goes with it rather than hanging over unrelated text.
  if (anchorVisible) top = Math.min(Math.max(GAP, top), Math.max(GAP, win.innerHeight - height - GAP));
  const left = Math.min(Math.max(GAP, first.left), Math.max(GAP, win.innerWidth - width - GAP));
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}
