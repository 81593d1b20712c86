import type { ClaimRecord } from '../core/claim-types';
import type { ClaimMatch } from '../core/find-claims';
import type { ScanReply, ScanRequest } from '../core/scan-request';
import { createBlockResults } from './block-results';
import { createClaimsNavigator } from './claims-navigator';
import { innerRoots, rootHostedBy, rootInside, rootSkipped, type TextRoot } from './extract-roots';
import {
  blockAround,
  extractText,
  extractTextSliced,
  isBlock,
  isInsideSkipped,
  ITEM_MARK,
  type ExtractedText,
} from './extract-text';
import { createFramePainters, markKind, type Mark, type MarkPainter } from './mark-painter';
import { openPopover, type Popover } from './popover';
import { measureSince } from './measure-main-thread';
import { watchMarkHover } from './mark-hover';
import { compareRanges, rangeFromOffsets } from './text-ranges';

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
  /** Marks the reader dismissed as wrong matches ("Not this claim") are not drawn again. */
  isDismissed?: (mark: Pick<Mark, 'claimId' | 'text' | 'verdict'>) => boolean;
  /** The reader dismissed a mark from its popover: it is taken off the page at once. */
  onDismiss?: (mark: Mark) => void;
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

/** `open` and `hidden` show and hide text without adding any (closed <details> FAQs). */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['open', 'hidden'],
};
const SLICE_MS = 8; // main-thread work per slice when recording a long page's results
const SETTLE_MS = 300; // infinite scroll appends in bursts; one read after it settles
/**
 * The most text sent to the background in one scan request: a seed page (3–7k words) is
 * one request, as a whole; a 5 MB article is about 80, marked section by section (a sentence
 * there loses only the focus of a title more than a section back).
 */
const SECTION_CHARS = 64_000;
/**
 * How often the page's highlight registry is checked while marks are on the page: every
 * 250 ms at first and after any tampering (a mark cleared comes back within this), then, while
 * the page leaves the marks alone, half as often each time down to once a second. Each check is
 * a task in the page (0.3–0.5 ms on a seed page): at a steady 250 ms they cost a quiet tab about
 * 1.5 ms a second, and 4–5 ms within the bench's first three seconds.
 */
const REPAIR_MS = 250;
const REPAIR_MAX_MS = 1000;
const TAMPER_LIMIT = 3; // a page that removes the highlights this often gets wrapped marks instead

/**
 * Marks the claims under `root` and keeps the marks current as the page changes: reads
 * the page in slices that yield, then watches for added or changed content and reads
 * only the blocks that changed.
 *
 * A mark is the same mark (same id, same open popover) for as long as its text is on the
 * page: when a framework re-renders a block, the block's text is looked up among the
 * results already found (block-results.ts) and its marks are put back on the new nodes
 * in the same frame; only text never seen before goes to the matcher.
 */
export function startPageMarker(root: Element, options: PageMarkerOptions): PageMarker {
  const doc = root.ownerDocument;
  const { signal } = options;
  let painter = options.painter ?? createFramePainters(doc);
  const results = createBlockResults();
  let tampered = 0;
  let marks: Mark[] = [];
  const pageTopics = new Set<string>();
  let nextId = 1;
  let popover: Popover | null = null;
  /** The mark whose popover is open (or opening), 0 for none. */
  let openId = 0;
  const pending = new Set<TextRoot>([root]);
  /** The body, and the open shadow roots and same-origin frame bodies read with it (extract-roots.ts). */
  const roots = new Set<TextRoot>();
  let running: Promise<void> | null = null;
  let prepared = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => {
    const scanning = pending.size > 0 || running !== null;
    navigator.announce(marks, scanning);
    options.onChange?.(marks, scanning);
  };

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

  /** Starts checking the highlight registry once there are marks (set up below). */
  let watchRepairs = () => {};
  const update = () => {
    marks.sort((a, b) => compareRanges(a.range, b.range));
    navigator.update(marks);
    watchRepairs();
    notify();
  };

  const removeMarks = (gone: Mark[]) => {
    if (gone.length === 0) return;
    const set = new Set(gone);
    if (popover && gone.some((m) => m.id === openId)) popover.close();
    quietly(() => painter.unpaint(gone));
    marks = marks.filter((m) => !set.has(m));
  };

  const newMark = (m: ClaimMatch, text: string, range: Range): Mark => ({
    id: nextId++,
    claimId: m.claimId,
    verdict: m.verdict,
    ...(m.unreviewed ? { unreviewed: true } : {}),
    score: m.score,
    reasons: m.reasons,
    ...(m.flags ? { flags: m.flags } : {}),
    ...(m.pageSources ? { pageSources: m.pageSources } : {}),
    ...(m.numberCheck ? { numberCheck: m.numberCheck } : {}),
    ...(m.asStated ? { asStated: m.asStated } : {}),
    text: detached(text),
    range,
  });

  /**
   * Where a match goes on the page: its text and range, or null when the page changed while we
   * read it (the text is no longer there) or the reader does not want it marked.
   */
  const placeMatch = (extracted: ExtractedText, m: ClaimMatch): { text: string; range: Range } | null => {
    const text = extracted.text.slice(m.start, m.end);
    const range = rangeFromOffsets(extracted.segments, m.start, m.end);
    if (!range || !sameText(range.toString(), text)) return null;
    if (options.isDismissed?.({ claimId: m.claimId, text, verdict: m.verdict })) return null;
    return { text, range };
  };

  /**
   * Makes `matches` (offsets into `extracted`, the text of `block`) the marks of `block`.
   * A mark already there, or one the page just took off (`orphans`), for the same claim on
   * the same text stays the same mark, moved to the new range; marks of the block that no
   * match names go.
   */
  const reconcile = (block: TextRoot, extracted: ExtractedText, matches: readonly ClaimMatch[], orphans: Set<Mark>) => {
    const inBlock = marks.filter((m) => !orphans.has(m) && block.contains(m.range.startContainer));
    const candidates = [...inBlock, ...orphans];
    const kept = new Set<Mark>();
    const moved: { mark: Mark; range: Range; match: ClaimMatch }[] = [];
    const fresh: Mark[] = [];
    for (const m of matches) {
      const at = placeMatch(extracted, m);
      if (!at) continue;
      const { text, range } = at;
      const same = (c: Mark) => !kept.has(c) && c.claimId === m.claimId && c.text === text;
      const inPlace = candidates.find((c) => same(c) && covers(c.range, range));
      const mark = inPlace ?? candidates.find(same);
      if (!mark) {
        fresh.push(newMark(m, text, range));
        continue;
      }
      kept.add(mark);
      orphans.delete(mark);
      if (!inPlace || markKind(mark) !== markKind({ verdict: m.verdict, unreviewed: !!m.unreviewed }))
        moved.push({ mark, range, match: m });
    }
    removeMarks(inBlock.filter((m) => !kept.has(m)));
    if (moved.length === 0 && fresh.length === 0) return;
    const paintStart = performance.now();
    quietly(() => {
      painter.unpaint(moved.map((x) => x.mark));
      for (const { mark, range, match } of moved) {
        mark.range = range;
        mark.verdict = match.verdict;
        if (match.unreviewed) mark.unreviewed = true;
        else delete mark.unreviewed;
      }
      painter.paint([...moved.map((x) => x.mark), ...fresh]);
    });
    marks.push(...fresh);
    const open = moved.find((x) => x.mark.id === openId)?.mark;
    if (open) {
      painter.setActive(open);
      popover?.reanchor(open.range);
    }
    measureSince('evident-paint', paintStart);
  };

  /** Paints the marks of a block that had none: no reconciling, nothing to keep or move. */
  const paintNew = (extracted: ExtractedText, matches: readonly ClaimMatch[]) => {
    const found: Mark[] = [];
    for (const m of matches) {
      const at = placeMatch(extracted, m);
      if (!at) continue;
      const { text, range } = at;
      found.push(newMark(m, text, range));
    }
    if (found.length === 0) return;
    const paintStart = performance.now();
    quietly(() => painter.paint(found));
    marks.push(...found);
    measureSince('evident-paint', paintStart);
  };

  /**
   * Keeps marks whose nodes the page replaced while their block waits for the matcher:
   * their text is found again in the block and they move there (same mark, same popover).
   */
  const holdOrphans = (extracted: ExtractedText, orphans: Set<Mark>) => {
    const moved: { mark: Mark; range: Range }[] = [];
    const used = new Set<number>();
    for (const mark of orphans) {
      let at = extracted.text.indexOf(mark.text);
      while (at >= 0 && used.has(at)) at = extracted.text.indexOf(mark.text, at + 1);
      const range = at >= 0 ? rangeFromOffsets(extracted.segments, at, at + mark.text.length) : null;
      if (!range || !sameText(range.toString(), mark.text)) continue;
      used.add(at);
      moved.push({ mark, range });
      orphans.delete(mark);
    }
    if (moved.length === 0) return;
    quietly(() => {
      painter.unpaint(moved.map((x) => x.mark));
      for (const { mark, range } of moved) mark.range = range;
      painter.paint(moved.map((x) => x.mark));
    });
    const open = moved.find((x) => x.mark.id === openId)?.mark;
    if (open) {
      painter.setActive(open);
      popover?.reanchor(open.range);
    }
  };

  /**
   * Records a scan's results a slice at a time, so a long page never blocks its main thread. The
   * first slice runs in the task that painted the scan's last marks, and ends SLICE_MS after
   * `taskStart` (that task's start), not after its own: a small page is recorded at once, before
   * the page's next change can ask for it, and a 5 MB article, whose last section's marks take
   * 35-40 ms to sort and list, does not add a slice to that task.
   */
  const recordInSlices = async (
    extracted: ExtractedText,
    matches: readonly ClaimMatch[],
    keys: number[] | undefined,
    taskStart: number,
  ) => {
    const step = results.record(extracted, matches, keys);
    for (let from = taskStart; ; from = performance.now()) {
      const start = performance.now();
      const more = step(() => performance.now() - from > SLICE_MS);
      measureSince('evident-extract', start);
      if (!more || signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };

  /**
   * The open shadow roots and same-origin frames a read comes to are read too, each as a root
   * of its own once the read that found it is done: found while the text is read, in its slices
   * (a walk of its own over every element took a 5 MB article 11-36 ms in one piece before the
   * first slice). Roots already read are not read again (watch).
   */
  const hostedRoots = (el: Element, skipped: boolean) => {
    const inner = rootHostedBy(el, skipped);
    if (inner) watch(inner);
  };

  const scanRoot = async (block: TextRoot) => {
    if (roots.has(block) ? rootSkipped(block) : !block.isConnected || isInsideSkipped(block)) return;
    // In slices of ~8 ms (each an `evident-extract` measure): a 5 MB article is no long task.
    const extracted = await extractTextSliced(block, { signal, onElement: hostedRoots }).catch(() => null);
    if (!extracted || signal.aborted) return;
    const known = results.lookup(extracted);
    if (known) {
      reconcile(block, extracted, known, new Set());
      update();
      return;
    }
    // A long page goes to the background in sections, each painted as its reply comes back:
    // the first marks of a 5 MB article do not wait for its last. A block that had marks is
    // reconciled once, at the end (its marks stay the same marks); a new one is painted as it
    // comes, and sorted with the keyboard list rebuilt after its first section and its last
    // only (per section, thousands of marks would cost the square of the page).
    const fresh = !marks.some((m) => block.contains(m.range.startContainer));
    // The first time the page is sent to the matcher, the claims list and its live region go in
    // while it matches: the count is then spoken with the first marks, in their frame
    // (claims-navigator.ts). Not again: a page that keeps changing would add and remove it each time.
    if (!prepared) {
      prepared = true;
      navigator.prepare();
    }
    const parts = sections(extracted.text, SECTION_CHARS);
    const matches: ClaimMatch[] = [];
    /** The runs' keys as the background made them, section after section (block-results.ts checks they fit). */
    let keys: number[] | undefined = [];
    /** When the last reply came: the start of the task that paints its marks. */
    let replied = performance.now();
    for (const [k, [from, to]] of parts.entries()) {
      // A claim counts only where its page names the topic: a block or section read on its
      // own is read with the topics the rest of the page has named.
      const reply = await options
        .scan({ text: extracted.text.slice(from, to), topics: [...pageTopics] })
        .catch(() => null);
      replied = performance.now();
      if (signal.aborted || !block.isConnected) return;
      if (!reply || !reply.runs) keys = undefined;
      else if (keys) for (const key of reply.runs) keys.push(key);
      if (!reply) continue; // the background failed on this section: the others still count
      for (const t of reply.named) pageTopics.add(t);
      const shifted = reply.matches.map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
      matches.push(...shifted);
      if (!fresh) continue;
      paintNew(extracted, shifted);
      if (k === 0) update();
      else notify();
    }
    if (fresh && parts.length > 1) update();
    if (!fresh) {
      reconcile(block, extracted, matches, new Set());
      update();
    }
    void recordInSlices(extracted, matches, keys, replied);
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

  /** The root a node belongs to, if Evident reads it. */
  const rootOf = (node: Node): TextRoot | null => {
    const top = node.getRootNode();
    if (top.nodeType === 11) return roots.has(top as ShadowRoot) ? (top as ShadowRoot) : null;
    const body = top === doc ? root : (top as Document).body;
    return body && roots.has(body) && body.contains(node) ? body : null;
  };

  /** Starts reading a root: watched for changes and clicks from now on, scanned soon. */
  const watch = (r: TextRoot) => {
    if (roots.has(r) || signal.aborted) return;
    roots.add(r);
    observer.observe(r, OBSERVED);
    pending.add(r);
    const rdoc = r.ownerDocument;
    if (rdoc && rdoc !== doc && r.nodeType === 1) listen(rdoc);
  };

  function onMutations(records: MutationRecord[]) {
    let changed = false;
    const affected = new Set<TextRoot>();
    for (const r of records) {
      if (r.type !== 'attributes' && isInsideSkipped(r.target)) continue;
      changed = true;
      const added = r.type === 'childList' ? Array.from(r.addedNodes) : [];
      // Web components and frames the page adds are read too.
      for (const n of added) if (n.nodeType === 1) for (const inner of innerRoots(n)) watch(inner);
      const blocks =
        added.length > 0 && added.every((n) => n.nodeType === 1 && isBlock(n as Element))
          ? (added as Element[])
          : [blockAround(r.target) ?? rootOf(r.target)];
      for (const b of blocks) if (b && rootOf(b)) affected.add(b);
    }
    if (!changed) return;
    // Marks whose text the page removed or rewrote: put back at once where their block's
    // text is known, held where it is not yet (the matcher is asked), dropped otherwise.
    const orphans = new Set(
      marks.filter(
        (m) =>
          m.range.collapsed || !m.range.commonAncestorContainer.isConnected || !sameText(m.range.toString(), m.text),
      ),
    );
    for (const block of outermost([...affected])) {
      if (roots.has(block) ? rootSkipped(block) : !block.isConnected || isInsideSkipped(block)) continue;
      const extracted = extractText(block);
      const known = results.lookup(extracted);
      if (known) reconcile(block, extracted, known, orphans);
      else {
        holdOrphans(extracted, orphans);
        pending.add(block);
      }
    }
    removeMarks([...orphans]);
    update();
    if (pending.size > 0) schedule();
  }

  const openMark = async (mark: Mark, returnFocus: HTMLElement | null) => {
    popover?.close();
    openId = mark.id;
    painter.setActive(mark);
    const record = await options.loadDetails(mark.claimId).catch(() => undefined);
    if (signal.aborted || openId !== mark.id || !marks.includes(mark)) return;
    // A mark in a frame gets its popover in that frame, next to it.
    popover = openPopover(
      mark.range.startContainer.ownerDocument ?? doc,
      {
        verdict: mark.verdict,
        record,
        pageText: mark.text,
        reasons: mark.reasons,
        flags: mark.flags,
        pageSources: mark.pageSources,
        numberCheck: mark.numberCheck,
        asStated: mark.asStated,
      },
      mark.range,
      {
        signal,
        returnFocus,
        ...(options.onDismiss && {
          onDismiss: () => {
            options.onDismiss!(mark);
            removeMarks([mark]);
            update();
          },
        }),
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

  /** Clicks on marks, in the page and in each frame read with it. */
  function listen(target: Document) {
    target.addEventListener(
      'click',
      (event) => {
        if (event.button !== 0 || event.defaultPrevented) return;
        if (event.composedPath().some((t) => t instanceof Element && t.hasAttribute('data-evident-ui'))) return;
        const selection = target.getSelection();
        if (selection && !selection.isCollapsed) return; // the reader is selecting text
        const mark = painter.markAt(event, marks);
        if (mark) void openMark(mark, target.activeElement instanceof HTMLElement ? target.activeElement : null);
      },
      { signal },
    );
    // A frame that loads (again) brings a new document to read.
    target.addEventListener(
      'load',
      (event) => {
        const el = event.target as Element;
        if (el.nodeType !== 1) return;
        const inner = rootInside(el);
        if (!inner) return;
        // The frame's previous document is gone, and its marks with it.
        for (const r of roots) if (!r.ownerDocument?.defaultView) roots.delete(r);
        removeMarks(marks.filter((m) => !m.range.startContainer.ownerDocument?.defaultView));
        update();
        watch(inner);
        schedule();
      },
      { signal, capture: true },
    );
  }
  listen(doc);

  // The shadow roots and frames inside it are found as its text is read (hostedRoots, above).
  watch(root);
  // The page owns the highlight registry and can clear it; what it takes is put back, and
  // a page that keeps at it gets marks wrapped in elements instead. Checked only while there
  // are marks (a page whose marks are all gone, or not yet come, is not polled).
  let repairTimer: ReturnType<typeof setTimeout> | undefined;
  let repairEvery = REPAIR_MS;
  const checkRepair = () => {
    repairTimer = undefined;
    if (signal.aborted || marks.length === 0) return;
    const wasTampered = painter.repair(marks);
    repairEvery = wasTampered ? REPAIR_MS : Math.min(REPAIR_MAX_MS, repairEvery * 2);
    repairTimer = setTimeout(checkRepair, repairEvery);
    if (!wasTampered) return;
    tampered++;
    if (tampered < TAMPER_LIMIT || painter.kind === 'wrap') return;
    quietly(() => {
      painter.clear();
      painter = createFramePainters(doc, { wrap: true });
      painter.paint(marks);
    });
    const open = marks.find((m) => m.id === openId);
    if (open) {
      painter.setActive(open);
      popover?.reanchor(open.range);
    }
  };
  watchRepairs = () => {
    if (repairTimer !== undefined || marks.length === 0 || signal.aborted) return;
    repairEvery = REPAIR_MS;
    repairTimer = setTimeout(checkRepair, repairEvery);
  };
  watchMarkHover(doc, {
    signal,
    painter: () => painter,
    marks: () => marks,
    onOpen: (mark) => void openMark(mark, null),
  });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(repairTimer);
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

/**
 * `text` in memory of its own. A slice of the page's extracted text shares that text's
 * memory (V8 keeps the whole parent string alive for any slice of 13 or more characters):
 * a mark's words would keep a seed page's 50 KiB of text in the tab for as long as it lives.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

function scrollToMark(mark: Mark): void {
  const node = mark.range.startContainer;
  const el = node.nodeType === 1 ? ((node as Element).childNodes[mark.range.startOffset] ?? node) : node.parentElement;
  (el as Element | null)?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}

/** True when `range` starts inside `mark` (a wrapped mark's range is around its elements). */
function covers(mark: Range, range: Range): boolean {
  try {
    return !mark.collapsed && mark.isPointInRange(range.startContainer, range.startOffset);
  } catch {
    return false;
  }
}

/** Drops blocks inside other blocks of the list: reading the outer one reads them too. */
function outermost<T extends Node>(blocks: T[]): T[] {
  return blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
}

/** `[from, to)` pieces of `text` of at most `size` characters, cut at line ends where there is one. */
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

/** A list item's opening as extraction writes it, at the start of a line (ITEM_MARK holds no regex syntax). */
const ITEM_OPENING = new RegExp(`(^|\\n)[^\\S\\n]*${ITEM_MARK}`, 'g');

/**
 * Whether a range's text is the text a mark was made on. The extracted text breaks blocks with
 * "\n" and opens list items with "- " (extract-text.ts), which no text node holds: a mark over
 * several items ("Headache\n- Dizziness\n- Nausea") has none of them in its range. Breaks,
 * item openings and spacing aside, the words must be the same.
 */
export function sameText(rangeText: string, text: string): boolean {
  if (rangeText === text) return true;
  const squash = (t: string) => t.replaceAll(ITEM_OPENING, '$1').replace(/\s+/g, '');
  return squash(rangeText) === squash(text);
}
