import { VERDICTS } from '../core/claim-types';

/**
 * How marks look, under names the page cannot guess. A page can read the highlight
 * registry and can style `::highlight(name)` for any name it knows, so fixed names like
 * `evident-false` would let it hide Evident's marks with one rule, detect Evident, and
 * read each verdict off the name. Every load draws fresh random names, one per kind of
 * mark, that say nothing about the verdict; the style sheet is built from them.
 */

/** The kinds of mark: one per verdict, claims not reviewed individually, and the current mark. */
export type MarkKind = (typeof VERDICTS)[number] | 'unreviewed' | 'active';

export const MARK_KINDS: readonly MarkKind[] = [...VERDICTS, 'unreviewed', 'active'];

/**
 * Every verdict has its own underline style beside its colour, so it reads without colour
 * (colour-vision deficiency, greyscale, forced colours): false wavy, unsupported double,
 * weak dashed, mixed solid, supported dotted; claims not reviewed individually a thin
 * dotted grey line. Underline colours are 4.5:1 or better against white.
 */
const LOOKS: Record<MarkKind, string> = {
  false: 'background-color: rgba(220, 38, 38, 0.16); text-decoration: underline wavy #dc2626 1.5px;',
  unsupported: 'background-color: rgba(234, 88, 12, 0.16); text-decoration: underline double #c2410c 3px;',
  weak: 'background-color: rgba(202, 138, 4, 0.16); text-decoration: underline dashed #a16207 2px;',
  mixed: 'background-color: rgba(126, 34, 206, 0.12); text-decoration: underline solid #7e22ce 2px;',
  supported: 'background-color: rgba(21, 128, 61, 0.07); text-decoration: underline dotted #15803d 2.5px;',
  unreviewed: 'background-color: rgba(71, 85, 105, 0.07); text-decoration: underline dotted #475569 1px;',
  active: 'background-color: rgba(59, 130, 246, 0.35);',
};

export interface MarkStyle {
  /** This load's name for each kind of mark: a highlight name and a class name. */
  readonly names: Readonly<Record<MarkKind, string>>;
  /**
   * Adds the style sheet to an open shadow root that holds marks: a document's rules do
   * not reach into shadow trees, `::highlight()` ones included.
   */
  cover(root: ShadowRoot): void;
  /** Puts the style sheets back if the page took one out; true when it had to. */
  restore(): boolean;
  remove(): void;
}

/** A CSS identifier no page can predict: a letter, then 12 random base-36 digits. */
export function randomName(win: Window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(12));
  return `h${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/**
 * Where a document's highlight rules go. In Chromium on the root element alone
 * (`html::highlight()`): a highlight's style passes down from the root to the text of every
 * element in it (CSS highlight inheritance), and a rule whose selector names no element costs
 * each of the page's elements a match in every style recalculation for as long as the page is
 * open (measured in Chromium on a page of 32,000 elements: inserting the sheet, 140 ms with bare
 * rules and 93 ms with root-scoped ones; the page's own first style, 156 ms with bare rules in
 * the page, 92 ms with root-scoped ones, 93 ms with none). Firefox (153 ESR) has no
 * highlight inheritance: a rule on the root paints nothing there, so its build keeps them bare.
 */
const DOCUMENT_SCOPE: 'html' | '' = import.meta.env?.FIREFOX ? '' : 'html';

/**
 * The rules for `names`: `::highlight()` for the Highlight API (under `scope`, see
 * DOCUMENT_SCOPE; a shadow tree's copy keeps them bare, having no root element of its own), and
 * a class for wrapped marks.
 */
export function markCss(
  names: Readonly<Record<MarkKind, string>>,
  wrapTag: string,
  scope: 'html' | '' = DOCUMENT_SCOPE,
): string {
  // `!important` on every declaration: a page rule cannot outweigh it by specificity.
  const important = (decls: string) => decls.replace(/;/g, ' !important;');
  const rules = MARK_KINDS.map((kind) => {
    const decls = important(LOOKS[kind] + (kind === 'active' ? '' : ' text-underline-offset: 3px;'));
    return `${scope}::highlight(${names[kind]}), ${wrapTag}.${names[kind]} { ${decls} }`;
  });
  const marks = MARK_KINDS.filter((k) => k !== 'active');
  // Forced colours (Windows high contrast): no tints and no selection colours (a mark must
  // not look selected), system colours, and the underline styles still tell verdicts apart.
  // The open claim uses Mark/MarkText, the colours forced-colours mode keeps for marked text.
  const forced =
    `@media (forced-colors: active) { ${marks.map((k) => `${scope}::highlight(${names[k]})`).join(', ')}, ${wrapTag} ` +
    `{ background-color: transparent !important; color: CanvasText !important; text-decoration-color: CanvasText !important; } ` +
    `${scope}::highlight(${names.active}), ${wrapTag}.${names.active} { background-color: Mark !important; color: MarkText !important; } }`;
  return [...rules, forced, `${wrapTag} { cursor: pointer; color: inherit; font: inherit; }`].join('\n');
}

/** Draws this load's names and adds their style sheet to the document. */
export function createMarkStyle(doc: Document, wrapTag: string): MarkStyle {
  const win = doc.defaultView!;
  const names = Object.fromEntries(MARK_KINDS.map((k) => [k, randomName(win)])) as Record<MarkKind, string>;
  const css = { document: markCss(names, wrapTag), shadow: markCss(names, wrapTag, '') };
  const cssFor = (home: Document | ShadowRoot) => (home === doc ? css.document : css.shadow);
  /** Each style element and where it belongs: the document's head, or a shadow root. */
  const sheets = new Map<HTMLStyleElement, { home: Document | ShadowRoot; rules: number }>();
  const attach = (style: HTMLStyleElement, home: Document | ShadowRoot) => {
    style.textContent = cssFor(home);
    if (home === doc) (doc.head ?? doc.documentElement).appendChild(style);
    else home.appendChild(style);
  };
  const add = (home: Document | ShadowRoot) => {
    const style = doc.createElement('style');
    attach(style, home);
    sheets.set(style, { home, rules: style.sheet?.cssRules.length ?? 0 });
  };
  add(doc);
  const covered = new WeakSet<ShadowRoot>();
  return {
    names,
    cover(root) {
      if (covered.has(root)) return;
      covered.add(root);
      add(root);
    },
    restore() {
      let restored = false;
      for (const [style, { home, rules }] of sheets) {
        // The page may remove the element, rewrite its text or delete rules through the CSSOM.
        const intact =
          style.isConnected && style.textContent === cssFor(home) && (style.sheet?.cssRules.length ?? 0) === rules;
        if (intact) continue;
        if (home !== doc && !(home as ShadowRoot).host.isConnected) continue; // the component left the page
        attach(style, home);
        restored = true;
      }
      return restored;
    },
    remove: () => {
      for (const style of sheets.keys()) style.remove();
      sheets.clear();
    },
  };
}

/** Gives a mark inside an open shadow root the style sheet there. */
export function coverShadow(style: MarkStyle, range: Range): void {
  const root = range.startContainer.getRootNode();
  if (root.nodeType === 11 && (root as ShadowRoot).host) style.cover(root as ShadowRoot);
}
