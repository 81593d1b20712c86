import type { ClaimRecord } from '../core/claim-types';
import type { ScanReply, ScanRequest } from '../core/scan-request';
import { createClaimsNavigator } from './claims-navigator';
import { blockAround, extractTextSliced, isBlock, isInsideSkipped } from './extract-text';
import { createMarkPainter, type Mark, type MarkPainter } from './mark-painter';
import { openPopover, type Popover } from './popover';
import { measureSince } from './measure-main-thread';
import { rangeFromOffsets } from './text-ranges';

export interface PageMarkerOptions {
  /**
   * Matches extracted text against the claims, off the page's main thread (the extension
   * sends it to its background; tests may answer in place).
   */
  scan: (request: ScanRequest) => Promise<ScanReply>;
  /** Aborting it takes every mark, listener, observer and popover off the page at once. */
  signal: AbortSignal;
  /** The full record of a claim, for the popover (the page holds only the index). */
  loadDetails: (claimId: string) => Promise<ClaimRecord | undefined>;
  /** Called whenever the marks change, and when a scan finishes. */
  onChange?: (marks: readonly Mark[], scanning: boolean) => void;
  painter?: MarkPainter;
  /** How long content added later waits before it is read, so bursts coalesce. */
  settleMs?: number;
}

export interface PageMarker {
  /** The marks on the page, in document order. */
  marks(): readonly Mark[];
  scanning(): boolean;
  /** Resolves when nothing is waiting to be scanned. */
  idle(): Promise<void>;
  /** Scrolls to a mark and opens its popover; false if the page no longer shows it. */
  reveal(markId: number): Promise<boolean>;
}

const SETTLE_MS = 300; // infinite scroll appends in bursts; one read after it settles
/**
 * The most text sent to the background in one scan request: a seed page (3–7k words) is
 * one request, as a whole; a 5 MB article is about 80, marked section by section (a sentence
 * there loses only the focus of a title more than a section back).
 */
const SECTION_CHARS = 64_000;

/**
 * Marks the claims under `root` and keeps the marks current as the page changes: reads
 * the page in slices that yield, then watches for added or changed content and reads
 * only the blocks that changed.
 */
export function startPageMarker(root: Element, options: PageMarkerOptions): PageMarker {
  const doc = root.ownerDocument;
  const { signal } = options;
  const painter = options.painter ?? createMarkPainter(doc);
  let marks: Mark[] = [];
  const pageTopics = new Set<string>();
  let nextId = 1;
  let popover: Popover | null = null;
  const pending = new Set<Element>([root]);
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => options.onChange?.(marks, pending.size > 0 || running !== null);

  const observer = new MutationObserver((records) => onMutations(records));
  /** Our own DOM changes (wrapped marks) must not read as the page changing. */
  const quietly = (change: () => void) => {
    onMutations(observer.takeRecords());
    change();
    observer.takeRecords();
  };

  const navigator = createClaimsNavigator(doc, {
    signal,
    onFocus: (mark) => {
      painter.setActive(mark);
      if (mark) scrollToMark(mark);
    },
    onOpen: (mark, button) => void openMark(mark, button),
  });

  const update = () => {
    marks.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    navigator.update(marks);
    notify();
  };

  const removeMarks = (gone: Mark[]) => {
    if (gone.length === 0) return;
    const set = new Set(gone);
    if (popover && gone.some((m) => m.id === openId)) popover.close();
    quietly(() => painter.unpaint(gone));
    marks = marks.filter((m) => !set.has(m));
  };

  const scanRoot = async (block: Element) => {
    if (!block.isConnected || isInsideSkipped(block)) return;
    removeMarks(marks.filter((m) => block.contains(m.range.startContainer)));
    // In slices of ~8 ms (each an `evident-extract` measure): a 5 MB article is no long task.
    const read = await extractTextSliced(block, { signal }).catch(() => null);
    if (!read || signal.aborted || !block.isConnected) return;
    const { text, segments } = read;
    // A long page goes to the background in sections, each painted as its reply comes back:
    // the first marks of a 5 MB article do not wait for its last.
    const parts = sections(text, SECTION_CHARS);
    for (const [k, [from, to]] of parts.entries()) {
      // A claim counts only where its page names the topic: a block or section read on its
      // own is read with the topics the rest of the page has named.
      const reply = await options.scan({ text: text.slice(from, to), topics: [...pageTopics] }).catch(() => null);
      if (signal.aborted || !block.isConnected) return;
      if (!reply) continue; // the background failed on this section: the others still count
      for (const t of reply.named) pageTopics.add(t);
      const paintStart = performance.now();
      const found: Mark[] = [];
      for (const m of reply.matches) {
        const start = m.start + from;
        const end = m.end + from;
        const range = rangeFromOffsets(segments, start, end);
        // The page may have changed while we read it: keep only marks whose text is still there.
        if (!range || range.toString() !== text.slice(start, end)) continue;
        found.push({
          id: nextId++,
          claimId: m.claimId,
          verdict: m.verdict,
          ...(m.unreviewed ? { unreviewed: true } : {}),
          score: m.score,
          reasons: m.reasons,
          ...(m.flags ? { flags: m.flags } : {}),
          ...(m.pageSources ? { pageSources: m.pageSources } : {}),
          text: range.toString(),
          range,
        });
      }
      quietly(() => painter.paint(found));
      marks.push(...found);
      // Sorting and the keyboard list are rebuilt after the first section and after the last,
      // not per section: for thousands of marks that would grow with the square of the page.
      if (k === 0) update();
      else notify();
      measureSince('evident-paint', paintStart);
    }
    if (parts.length > 1) update();
  };

  const drain = async () => {
    while (pending.size > 0 && !signal.aborted) {
      const blocks = outermost([...pending]);
      pending.clear();
      for (const block of blocks) await scanRoot(block);
    }
  };

  const run = () => {
    if (running || signal.aborted) return;
    running = drain()
      .catch((err: unknown) => {
        if (!signal.aborted) throw err;
      })
      .finally(() => {
        running = null;
        if (pending.size > 0) schedule();
        else notify();
      });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, options.settleMs ?? SETTLE_MS);
  };

  function onMutations(records: MutationRecord[]) {
    let changed = false;
    for (const r of records) {
      if (r.type !== 'attributes' && isInsideSkipped(r.target)) continue;
      changed = true;
      const added = r.type === 'childList' ? Array.from(r.addedNodes) : [];
      const blocks =
        added.length > 0 && added.every((n) => n.nodeType === 1 && isBlock(n as Element))
          ? (added as Element[])
          : [blockAround(r.target)];
      for (const b of blocks) if (b && root.contains(b)) pending.add(b);
    }
    if (!changed) return;
    // Marks whose text the page removed or rewrote go at once; their blocks are re-read.
    removeMarks(marks.filter((m) => m.range.collapsed || m.range.toString() !== m.text));
    update();
    if (pending.size > 0) schedule();
  }

  let openId = 0;
  const openMark = async (mark: Mark, returnFocus: HTMLElement | null) => {
    popover?.close();
    openId = mark.id;
    painter.setActive(mark);
    const record = await options.loadDetails(mark.claimId).catch(() => undefined);
    if (signal.aborted || openId !== mark.id || !marks.includes(mark)) return;
    popover = openPopover(
      doc,
      {
        verdict: mark.verdict,
        record,
        pageText: mark.text,
        reasons: mark.reasons,
        flags: mark.flags,
        pageSources: mark.pageSources,
      },
      mark.range,
      {
        signal,
        returnFocus,
        onClose: () => {
          if (openId === mark.id) {
            openId = 0;
            popover = null;
            painter.setActive(null);
          }
        },
      },
    );
  };

  doc.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || event.defaultPrevented) return;
      if (event.composedPath().some((t) => t instanceof Element && t.hasAttribute('data-evident-ui'))) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return; // the reader is selecting text
      const mark = painter.markAt(event, marks);
      if (mark) void openMark(mark, doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
    },
    { signal },
  );

  // `open` and `hidden` show and hide text without adding any (closed <details> FAQs).
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open', 'hidden'],
  });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      observer.disconnect();
      popover?.close();
      painter.clear();
      marks = [];
    },
    { once: true },
  );
  run();

  return {
    marks: () => marks,
    scanning: () => pending.size > 0 || running !== null,
    async idle() {
      while ((running || pending.size > 0) && !signal.aborted) {
        if (!running) run();
        await running;
      }
    },
    async reveal(markId) {
      const mark = marks.find((m) => m.id === markId);
      if (!mark) return false;
      scrollToMark(mark);
      await openMark(mark, null);
      return true;
    },
  };
}

function scrollToMark(mark: Mark): void {
  const node = mark.range.startContainer;
  const el = node.nodeType === 1 ? ((node as Element).childNodes[mark.range.startOffset] ?? node) : node.parentElement;
  (el as Element | null)?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}

/** Drops blocks inside other blocks of the list: reading the outer one reads them too. */
function outermost(blocks: Element[]): Element[] {
  return blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
}

/** [from, to) sections of at most `size` characters, each ending at a block boundary where there is one. */
function sections(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + size);
    const boundary = to < text.length ? text.lastIndexOf('\n', to) : -1;
    if (boundary > from) to = boundary + 1;
    out.push([from, to]);
    from = to;
  }
  return out.length > 0 ? out : [[0, 0]];
}
