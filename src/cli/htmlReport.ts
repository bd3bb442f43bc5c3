import { summarize, type CheckResult } from '../core/check';
import type { Lang } from '../core/i18n';
import { escapeHtml, renderHtmlReport } from '../core/report/html';
import type { FileOutcome } from './output';
import { summaryHeader, summaryRows, summaryTotal } from './summary';

/**
 * One printable page: the summary table first (worst first, each file linking to its section), then every file's
 * findings. Built on the core report, whose per-file overview the summary replaces.
 */
export function htmlReport(outcomes: readonly FileOutcome[], lang: Lang, generatedAt: string, quiet = false): string {
  const checked = outcomes.filter((o): o is FileOutcome & { result: CheckResult } => o.result !== undefined);
  if (outcomes.length === 1 && checked.length === 1 && !quiet) {
    return renderHtmlReport({ documentName: outcomes[0].path, result: checked[0].result, lang, generatedAt });
  }
  const combined = checked.flatMap((o) => o.result.findings);
  const page = renderHtmlReport({
    result: { findings: combined, summary: summarize(combined), notEvaluated: [] },
    lang,
    generatedAt,
    files: quiet
      ? []
      : outcomes.map((o) => ({
          path: o.path,
          ...(o.result ? { result: o.result } : {}),
          ...(o.error !== undefined ? { error: o.error } : {}),
        })),
  });
  let n = 0;
  const anchored = page.replace(/<section class="file">/g, () => `<section class="file" id="file-${++n}">`);
  const withoutOverview = anchored.replace(/<table class="files">[\s\S]*?<\/table>/, '');
  return withoutOverview.replace('</header>', `</header>\n${summaryTable(outcomes, lang, !quiet)}`);
}

function summaryTable(outcomes: readonly FileOutcome[], lang: Lang, link: boolean): string {
  const body = summaryRows(outcomes, lang)
    .map((r) => {
      const name = link ? `<a href="#file-${r.index + 1}">${escapeHtml(r.path)}</a>` : escapeHtml(r.path);
      const cells = [r.document, r.unit, r.date, r.verdict].map((c) => `<td>${escapeHtml(c)}</td>`).join('');
      const nums = [r.errors, r.warnings, r.missing].map((c) => `<td class="num">${c}</td>`).join('');
      return `<tr class="${r.state === 'ok' ? 'ok' : r.state === 'bad' ? 'bad' : 'error'}"><td>${name}</td>${cells}${nums}</tr>`;
    })
    .join('');
  const head = summaryHeader(lang)
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  return `<table class="files summary"><caption>${escapeHtml(summaryTotal(outcomes, lang))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
