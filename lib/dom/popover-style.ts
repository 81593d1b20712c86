/**
 * The popover's own style sheet, inside its closed shadow root. The host rules are
 * `!important`: in the cascade, a shadow tree's important declarations beat the page's
 * (even `* { all: unset !important }`), so the page can neither hide, move nor restyle
 * the host, and `all: initial` cuts every inherited page style. The host covers the
 * viewport without catching the pointer; only the card does. Colours come from the theme
 * the page's background picks, and system colours in forced-colours mode.
 */
export const POPOVER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  width: 100% !important;
  height: 100% !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  pointer-events: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  z-index: 2147483647 !important;
  --bg: #ffffff;
  --fg: #1f2937;
  --muted: #4b5563;
  --line: #d1d5db;
  --link: #1d4ed8;
  --shadow: 0 10px 30px rgba(15, 23, 42, 0.25);
}
:host([data-evident-theme='dark']) {
  --bg: #1e293b;
  --fg: #f1f5f9;
  --muted: #cbd5e1;
  --line: #475569;
  --link: #93c5fd;
  --shadow: 0 10px 30px rgba(0, 0, 0, 0.6);
}
.card {
  position: absolute;
  pointer-events: auto;
  box-sizing: border-box;
  width: min(400px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  padding: 10px 14px 12px;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: left;
  cursor: auto;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.head { display: flex; align-items: center; gap: 8px; }
.verdict {
  color: #ffffff;
  font-weight: 700;
  padding: 2px 10px 2px 8px;
  border-radius: 999px;
  font-size: 13px;
}
.icon { display: inline-block; min-width: 1em; text-align: center; font-weight: 800; }
.brand { color: var(--muted); font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; }
button {
  font: inherit;
  font-size: 13px;
  color: inherit;
  background: transparent;
  border: 1px solid var(--muted);
  border-radius: 6px;
  padding: 2px 10px;
  cursor: pointer;
}
.close {
  margin-left: auto;
  font-size: 20px;
  line-height: 1;
  border-color: transparent;
  padding: 2px 8px;
}
.close:hover { border-color: var(--line); }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
p { margin: 6px 0; }
.line { margin: 8px 0 6px; }
.top-source { font-size: 13px; }
.meaning { font-size: 13px; }
.actions { margin: 8px 0 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.more-body { margin-top: 8px; border-top: 1px solid var(--line); padding-top: 4px; }
.more-body[hidden] { display: none; }
.copy { font-size: 13px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.copy-status { color: var(--muted); overflow-wrap: anywhere; }
.flag { font-size: 13px; border-left: 3px solid #f97316; padding-left: 8px; margin: 6px 0; }
.unreviewed { font-size: 13px; border-left: 3px dashed var(--muted); padding-left: 8px; margin: 6px 0; }
.as-stated { font-size: 13px; border-left: 3px solid var(--muted); padding-left: 8px; margin: 6px 0; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.label { font-weight: 600; }
h3 { font-size: 13px; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.sources { margin: 0; padding-left: 20px; font-size: 13px; }
.sources li { margin: 4px 0; }
.ids, .reviewed { color: var(--muted); }
.reviewed { font-size: 13px; }
a { color: var(--link); overflow-wrap: anywhere; }
.why { margin-top: 8px; font-size: 13px; color: var(--muted); }
.why summary { cursor: pointer; }
.why ul { margin: 4px 0; padding-left: 18px; }
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  .verdict { forced-color-adjust: none; background: Canvas !important; color: CanvasText; border: 1px solid CanvasText; }
  a { color: LinkText; }
  button { border-color: ButtonText; color: ButtonText; background: ButtonFace; }
  .ids, .reviewed, .brand, .copy-status, .why, h3, .facts dt { color: CanvasText; }
}
`;
