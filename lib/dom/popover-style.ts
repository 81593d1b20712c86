/**
 * The popover's own style sheet, inside its shadow root. `all: initial` on the host cuts
 * every inherited page style; colours come from the theme the page's background picks.
 */
export const POPOVER_CSS = `
:host {
  all: initial;
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483647;
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
  box-sizing: border-box;
  width: min(400px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px));
  overflow: auto;
  padding: 12px 14px;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: left;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.head { display: flex; align-items: center; gap: 8px; }
.verdict {
  color: #ffffff;
  font-weight: 700;
  padding: 2px 8px;
  border-radius: 999px;
  font-size: 13px;
}
.brand { color: var(--muted); font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; }
.close {
  margin-left: auto;
  font: inherit;
  font-size: 20px;
  line-height: 1;
  color: var(--fg);
  background: transparent;
  border: 1px solid transparent;
  border-radius: 6px;
  padding: 2px 8px;
  cursor: pointer;
}
.close:hover { border-color: var(--line); }
.close:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
p { margin: 8px 0; }
.meaning { color: var(--muted); font-size: 13px; }
.actions { margin: 8px 0 0; font-size: 13px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.copy-link { font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 6px; border: 1px solid var(--muted); background: transparent; color: inherit; cursor: pointer; }
.copy-status { color: var(--muted); overflow-wrap: anywhere; }
.flag { font-size: 13px; border-left: 3px solid #f97316; padding-left: 8px; margin: 6px 0; }
.unreviewed { font-size: 13px; border-left: 3px dashed var(--muted); padding-left: 8px; margin: 6px 0; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.label { font-weight: 600; }
h3 { font-size: 13px; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.sources { margin: 0; padding-left: 20px; font-size: 13px; }
.sources li { margin: 4px 0; }
.ids { color: var(--muted); }
a { color: var(--link); }
.why { margin-top: 10px; font-size: 13px; color: var(--muted); }
.why summary { cursor: pointer; }
.why ul { margin: 4px 0; padding-left: 18px; }
`;
