import { basename } from 'node:path';
import type { ClaimsDatabase } from '../core/claims-database';
import { claimRecord } from '../core/claim-records';
import { VERDICTS } from '../core/claim-types';
import { isUnreviewed } from '../core/unreviewed-id';
import type { ScanResult } from './scan-command';
import { describeNumberCheck } from './number-check-text';

/** One scanned page for the report: its extracted text and the marks on it. */
export interface ReportPage extends ScanResult {
  text: string;
}

const COLORS: Record<string, string> = {
  false: '#dc2626',
  unsupported: '#c2410c',
  weak: '#a16207',
  mixed: '#7e22ce',
  supported: '#15803d',
};
const STYLES: Record<string, string> = {
  false: 'wavy',
  unsupported: 'double',
  weak: 'dashed',
  mixed: 'solid',
  supported: 'dotted',
};

/** Text made safe for HTML: a page's "<script>" is shown, never run. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One self-contained page for an editor reviewing a blog before it goes out: each page's
 * text with its claims marked as in the browser (same colours and underline styles), the
 * counts by verdict, and every flag. No script, no outside resource.
 */
export function htmlReport(pages: readonly ReportPage[], db: ClaimsDatabase): string {
  const css = [
    'body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}',
    'pre{white-space:pre-wrap;font:inherit}',
    'mark{background:none;color:inherit;text-underline-offset:3px}',
    'table{border-collapse:collapse}td,th{border:1px solid #d1d5db;padding:2px 8px;text-align:left}',
    '.note{color:#4b5563;font-size:14px}',
    ...VERDICTS.map(
      (v) => `mark.${v}{text-decoration:underline ${STYLES[v]} ${COLORS[v]} 2px;background:${COLORS[v]}1a}`,
    ),
    'mark.unreviewed{text-decoration:underline dotted #475569 1px;background:#4755690f}',
  ].join('\n');
  const sections = pages.map((page) => {
    const counts = VERDICTS.map((v) => [v, page.matches.filter((m) => m.verdict === v).length] as const);
    const rows = page.matches.map((m, i) => {
      const record = claimRecord(db, m.claimId);
      const flags = [...(m.flags ?? []), ...(m.scope ? [`stated about ${m.scope}`] : [])];
      const numbers = m.numberCheck ? `<br><span class="note">${esc(describeNumberCheck(m.numberCheck))}</span>` : '';
      return `<tr><td>${i + 1}</td><td>${esc(m.verdict)}</td><td>${esc(record?.claim ?? m.claimId)}</td><td>${esc(flags.join(', '))}${numbers}</td></tr>`;
    });
    let body = '';
    let at = 0;
    page.matches.forEach((m, i) => {
      const cls = isUnreviewed(m.claimId) ? 'unreviewed' : m.verdict;
      body += esc(page.text.slice(at, m.start));
      body += `<mark class="${cls}" title="${i + 1}: ${esc(m.verdict)}">${esc(page.text.slice(m.start, m.end))}</mark><sup>${i + 1}</sup>`;
      at = m.end;
    });
    body += esc(page.text.slice(at));
    return [
      `<section><h2>${esc(basename(page.file))}</h2>`,
      `<p>${page.matches.length} claims: ${counts.map(([v, n]) => `${n} ${v}`).join(' · ')}</p>`,
      `<table><tr><th>#</th><th>verdict</th><th>claim</th><th>flags</th></tr>${rows.join('')}</table>`,
      `<pre>${body}</pre></section>`,
    ].join('\n');
  });
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Evident report</title><style>${css}</style></head><body>`,
    '<h1>Evident report</h1>',
    '<p class="note">Claims marked as Evident marks them in the browser: false wavy, unsupported double, weak dashed, mixed solid, supported dotted, not reviewed individually thin dotted grey.</p>',
    ...sections,
    '</body></html>',
  ].join('\n');
}
