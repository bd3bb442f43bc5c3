import type { CheckResult, CheckSummary } from '../check';
import { notEvaluatedLine, verdictLine, type Verdict } from '../verdict';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Category, type Finding, type Severity } from '../finding';
import type { Lang, LocalizedText } from '../i18n';

export interface HtmlReportFile {
  path: string;
  result?: CheckResult;
  /** Why the file could not be checked. */
  error?: string;
}

export interface HtmlReportInput {
  documentName?: string;
  /** The checked document, or for several files the combined result (drives the overall verdict and counts). */
  result: CheckResult;
  lang: Lang;
  /** Shown as given (e.g. an ISO timestamp or a local date). */
  generatedAt: string;
  /** Several files checked together: one section per file after an overview table. */
  files?: HtmlReportFile[];
}

const TEXT = {
  title: { vi: 'Báo cáo kiểm tra văn bản', en: 'Document check report' },
  document: { vi: 'Văn bản', en: 'Document' },
  generatedAt: { vi: 'Thời điểm kiểm tra', en: 'Checked at' },
  counts: { vi: 'Số phát hiện', en: 'Findings' },
  category: { vi: 'Nhóm', en: 'Category' },
  total: { vi: 'Tổng', en: 'Total' },
  files: { vi: 'Các tệp đã kiểm tra', en: 'Files checked' },
  file: { vi: 'Tệp', en: 'File' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
  unreadable: { vi: 'Không đọc được', en: 'Could not be read' },
  none: { vi: 'Không có phát hiện nào.', en: 'No findings.' },
  paragraph: { vi: 'Đoạn', en: 'Paragraph' },
  message: { vi: 'Nội dung', en: 'Message' },
  flagged: { vi: 'Chữ bị đánh dấu', en: 'Flagged text' },
  suggestion: { vi: 'Đề xuất', en: 'Suggestion' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  delete: { vi: '(xoá)', en: '(delete)' },
  footer: {
    vi: 'Tạo bởi Thể thức. Số đoạn đếm từ 1 theo thứ tự trong văn bản (kể cả đoạn trong bảng).',
    en: 'Made by Thể thức. Paragraphs are numbered from 1 in document order (table cells included).',
  },
} satisfies Record<string, LocalizedText>;

const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
const SEVERITIES = Object.keys(SEVERITY_LABELS) as Severity[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained printable page (inline CSS, no external resources) listing the findings of one or more checks. */
export function renderHtmlReport(input: HtmlReportInput): string {
  const { lang } = input;
  const t = (key: keyof typeof TEXT) => TEXT[key][lang];
  const title = input.documentName ? `${t('title')} — ${input.documentName}` : t('title');
  const meta = [
    input.documentName
      ? `<div><span class="label">${t('document')}:</span> ${escapeHtml(input.documentName)}</div>`
      : '',
    `<div><span class="label">${t('generatedAt')}:</span> ${escapeHtml(input.generatedAt)}</div>`,
  ].join('');

  const body = input.files
    ? filesOverview(input.files, lang) +
      input.files
        .map((f) => `<section class="file"><h2>${escapeHtml(f.path)}</h2>${fileBody(f, lang)}</section>`)
        .join('')
    : findingsSection(input.result.findings, lang);

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${t('title')}</h1>${meta}</header>
${verdict(input.result, lang, input.documentName)}
${countsTable(input.result.summary, lang)}
${body}
<footer>${t('footer')}</footer>
</body>
</html>
`;
}

const VERDICT_CLASS: Record<Verdict, string> = { ready: 'ok', review: 'warn', notPassed: 'bad' };

function verdict(result: CheckResult, lang: Lang, documentName?: string): string {
  const { summary } = result;
  const skipped = notEvaluatedLine(result.notEvaluated, lang, documentName);
  return (
    `<p class="verdict ${VERDICT_CLASS[summary.verdict]}">${escapeHtml(verdictLine(summary, lang))}</p>` +
    (skipped ? `<p class="not-evaluated">${escapeHtml(skipped)}</p>` : '')
  );
}

function countsTable(summary: CheckSummary, lang: Lang): string {
  const head = SEVERITIES.map((s) => `<th>${SEVERITY_LABELS[s][lang]}</th>`).join('');
  const rows = CATEGORIES.map((c) => {
    const counts = summary.byCategory[c];
    const cells = SEVERITIES.map((s) => `<td class="num">${counts[s]}</td>`).join('');
    const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
    return `<tr><th scope="row">${CATEGORY_LABELS[c][lang]}</th>${cells}<td class="num">${total}</td></tr>`;
  }).join('');
  const totals = [summary.errors, summary.warnings, summary.infos];
  const totalRow = `<tr class="total"><th scope="row">${TEXT.total[lang]}</th>${totals.map((n) => `<td class="num">${n}</td>`).join('')}<td class="num">${totals.reduce((a, b) => a + b, 0)}</td></tr>`;
  return `<table class="counts"><caption>${TEXT.counts[lang]}</caption><thead><tr><th>${TEXT.category[lang]}</th>${head}<th>${TEXT.total[lang]}</th></tr></thead><tbody>${rows}${totalRow}</tbody></table>`;
}

function filesOverview(files: HtmlReportFile[], lang: Lang): string {
  const rows = files
    .map((f) => {
      if (!f.result) {
        return `<tr class="error"><td>${escapeHtml(f.path)}</td><td colspan="3"></td><td>${TEXT.unreadable[lang]}</td></tr>`;
      }
      const s = f.result.summary;
      return `<tr><td>${escapeHtml(f.path)}</td><td class="num">${s.errors}</td><td class="num">${s.warnings}</td><td class="num">${s.infos}</td><td class="${VERDICT_CLASS[s.verdict]}">${escapeHtml(verdictLine(s, lang))}</td></tr>`;
    })
    .join('');
  const head = [TEXT.file[lang], ...SEVERITIES.map((s) => SEVERITY_LABELS[s][lang]), TEXT.verdict[lang]]
    .map((h) => `<th>${h}</th>`)
    .join('');
  return `<table class="files"><caption>${TEXT.files[lang]}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function fileBody(file: HtmlReportFile, lang: Lang): string {
  if (!file.result) return `<p class="verdict bad">${TEXT.unreadable[lang]}: ${escapeHtml(file.error ?? '')}</p>`;
  return verdict(file.result, lang, file.path) + findingsSection(file.result.findings, lang);
}

function findingsSection(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0) return `<p class="none">${TEXT.none[lang]}</p>`;
  return CATEGORIES.map((category) => {
    const inCategory = findings.filter((f) => f.category === category);
    if (inCategory.length === 0) return '';
    const groups = SEVERITIES.map((severity) => {
      const group = inCategory.filter((f) => f.severity === severity);
      if (group.length === 0) return '';
      return `<h4 class="${severity}">${SEVERITY_LABELS[severity][lang]} (${group.length})</h4>${findingsTable(group, lang)}`;
    }).join('');
    return `<section class="category"><h3>${CATEGORY_LABELS[category][lang]} (${inCategory.length})</h3>${groups}</section>`;
  }).join('');
}

function findingsTable(findings: readonly Finding[], lang: Lang): string {
  const head = [TEXT.paragraph, TEXT.message, TEXT.flagged, TEXT.suggestion, TEXT.rule]
    .map((h) => `<th>${h[lang]}</th>`)
    .join('');
  const rows = findings
    .map((f) => {
      const flagged = f.text ? `<mark>${escapeHtml(f.text)}</mark>` : '—';
      const suggestions = f.suggestions.length
        ? f.suggestions
            .map((s) => (s === '' ? TEXT.delete[lang] : `<span class="suggestion">${escapeHtml(s)}</span>`))
            .join(' / ')
        : '—';
      const source = f.source ? `<div class="source">${escapeHtml(f.source)}</div>` : '';
      return `<tr><td class="num">${f.paragraph + 1}</td><td>${escapeHtml(f.message[lang])}${source}</td><td class="text">${flagged}</td><td class="text">${suggestions}</td><td class="rule">${escapeHtml(f.ruleId)}</td></tr>`;
    })
    .join('');
  return `<table class="findings">${FINDINGS_COLUMNS}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Fixed column widths so every findings table on the page lines up. */
const FINDINGS_COLUMNS = [7, 43, 22, 16, 12].map((w) => `<col style="width:${w}%">`).join('');

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; color: #111; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; margin-top: 28px; word-break: break-all; }
h3 { font-size: 14pt; margin: 18px 0 6px; }
h4 { font-size: 12.5pt; margin: 10px 0 4px; }
h4.error { color: #a4262c; } h4.warning { color: #8a5300; } h4.info { color: #1f4e79; }
header .label { color: #555; }
.verdict { font-weight: bold; font-size: 14pt; padding: 8px 12px; border-radius: 4px; }
.verdict.ok, td.ok { color: #0b6a0b; } .verdict.bad, td.bad { color: #a4262c; } .verdict.warn, td.warn { color: #8a5300; }
.verdict.ok { background: #dff6dd; } .verdict.bad { background: #fde7e9; } .verdict.warn { background: #fff4ce; }
.not-evaluated { color: #605e5c; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
table.counts { width: auto; }
table.findings { table-layout: fixed; }
td { overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: bold; }
td.text { white-space: pre-wrap; }
mark { background: #fff1a8; }
.suggestion { background: #dff6dd; }
td.rule, .source { font-size: 10pt; color: #555; }
.none { font-style: italic; }
footer { margin-top: 24px; font-size: 10pt; color: #555; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  tr, .verdict { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  section.file + section.file { break-before: page; }
  thead { display: table-header-group; }
  mark, .suggestion, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
