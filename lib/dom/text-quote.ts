const CONTEXT = 32; // characters either side: what Web Annotation anchoring tools use to tell repeats apart

/**
 * A W3C TextQuoteSelector's parts for a marked range: its text and a little of the text
 * before and after it in the same block, whitespace collapsed.
 */
export function textQuoteOf(range: Range): { exact: string; prefix: string; suffix: string } {
  const doc = range.startContainer.ownerDocument!;
  const start = range.startContainer;
  const block = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(
    'p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, section, article, main, body',
  );
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  if (!block) return { exact: collapse(range.toString()), prefix: '', suffix: '' };
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(block, block.childNodes.length);
  return {
    exact: collapse(range.toString()),
    prefix: collapse(before.toString()).slice(-CONTEXT),
    suffix: collapse(after.toString()).slice(0, CONTEXT),
  };
}
