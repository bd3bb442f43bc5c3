import type { CheckResult } from '../core/check';
import { SEVERITY_LABELS, type Finding, type Severity } from '../core/finding';
import type { Lang } from '../core/i18n';
import { notEvaluatedLine, verdictLine, type Verdict } from '../core/verdict';
import { msg } from './messages';
import { summaryHeader, summaryRows, summaryTotal, type DocumentInfo } from './summary';

export interface FileOutcome {
  path: string;
  result?: CheckResult;
  /** Why the file could not be read or checked. */
  error?: string;
  paragraphCount?: number;
  /** Type, number, unit and date read from the header, for the summary table. */
  info?: DocumentInfo;
  /** Where the annotated copy was written. */
  annotated?: string;
  /** Why the annotated copy could not be written. */
  annotateError?: string;
}

/** The stable machine-readable output (version 1). Offsets are the model's: 0-based paragraph, UTF-16 start. */
export function formatJson(files: readonly FileOutcome[], lang: Lang): string {
  const out = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      error: f.error ?? null,
      verdict: f.result?.summary.verdict ?? null,
      notEvaluated: (f.result?.notEvaluated ?? []).map((n) => ({
        rule: n.ruleId,
        description: n.description[lang],
        missing: n.missing,
      })),
      document: f.info ?? null,
      annotated: f.annotated ?? null,
      findings: (f.result?.findings ?? []).map((x) => ({
        rule: x.ruleId,
        severity: x.severity,
        category: x.category,
        message: x.message[lang],
        paragraph: x.paragraph,
        start: x.start,
        length: x.length,
        text: x.text,
        suggestions: x.suggestions,
        source: x.source ?? null,
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const SGR: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/**
 * Document text shown in a terminal: control characters (tabs, line breaks, escape sequences a document could
 * smuggle in) become visible symbols instead of acting on the terminal.
 */
export function visible(text: string): string {
  return text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (c) =>
    c === '\t' ? '⇥' : c === '\v' || c === '\n' || c === '\r' ? '↵' : '�',
  );
}

/** Display width of a short string: one column per user-perceived character (NFC, combining marks dropped). */
function width(text: string): number {
  return Array.from(text.normalize('NFC').replace(/\p{M}/gu, '')).length;
}

function pad(text: string, size: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

export function verdict(result: CheckResult, lang: Lang): string {
  return verdictLine(result.summary, lang);
}

const VERDICT_STYLE: Record<Verdict, Style> = { ready: 'green', review: 'yellow', notPassed: 'red' };

/** Human-readable report: per file a header, one line per finding, a verdict; a summary table for several files. */
export function formatText(files: readonly FileOutcome[], lang: Lang, color: boolean, quiet = false): string {
  const paint = (style: Style, text: string) => (color ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  const severityWidth = Math.max(...Object.values(SEVERITY_LABELS).map((l) => width(l[lang])));

  for (const file of quiet ? [] : files) {
    const path = visible(file.path);
    if (!file.result) {
      lines.push(
        paint('bold', `── ${path}`),
        paint('red', `${msg(lang, 'unreadable')}: ${visible(file.error ?? '')}`),
        '',
      );
      continue;
    }
    const count =
      file.paragraphCount !== undefined ? ` (${msg(lang, 'paragraphs', { count: file.paragraphCount })})` : '';
    lines.push(paint('bold', `── ${path}${count}`));
    for (const f of file.result.findings) lines.push(findingLine(path, f, lang, severityWidth, paint));
    const { summary } = file.result;
    const infos = summary.infos ? `, ${msg(lang, 'infos', { count: summary.infos })}` : '';
    lines.push(paint(VERDICT_STYLE[summary.verdict], verdict(file.result, lang)) + infos);
    const skipped = notEvaluatedLine(file.result.notEvaluated, lang, file.path);
    if (skipped) lines.push(paint('dim', visible(skipped)));
    lines.push('');
  }
  if (files.length > 1 || quiet) lines.push(...summaryTable(files, lang, paint), '');
  return lines.join('\n');
}

function findingLine(
  path: string,
  f: Finding,
  lang: Lang,
  severityWidth: number,
  paint: (s: Style, t: string) => string,
): string {
  const where = paint('dim', `${path}:${f.paragraph + 1}:${f.start + 1}`);
  const severity = paint(SEVERITY_STYLE[f.severity], pad(SEVERITY_LABELS[f.severity][lang], severityWidth));
  const parts = [`${where}  ${severity}  ${visible(f.message[lang])}`];
  if (f.text) parts.push(`  «${visible(f.text)}»`);
  if (f.suggestions.length) {
    const first = f.suggestions[0];
    parts.push(` → ${first === '' ? msg(lang, 'deleteText') : paint('green', `«${visible(first)}»`)}`);
  }
  parts.push(`  ${paint('dim', `[${f.ruleId}]`)}`);
  return parts.join('');
}

/** Longest cell text in the terminal table; the HTML report shows cells whole. */
const CELL = 36;

function cell(text: string): string {
  const t = visible(text);
  return width(t) > CELL
    ? `${Array.from(t)
        .slice(0, CELL - 1)
        .join('')}…`
    : t;
}

function summaryTable(files: readonly FileOutcome[], lang: Lang, paint: (s: Style, t: string) => string): string[] {
  const header = summaryHeader(lang);
  const rows = summaryRows(files, lang);
  const cells = rows.map((r) => [
    visible(r.path),
    cell(r.document),
    cell(r.unit),
    visible(r.date),
    r.verdict,
    r.errors,
    r.warnings,
    r.missing,
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const render = (row: string[]) =>
    row
      .map((c, i) => pad(c, widths[i], i >= 5))
      .join('  ')
      .trimEnd();
  return [
    paint('bold', render(header)),
    ...cells.map((c, i) => {
      const line = render(c);
      const state = rows[i].state;
      return state === 'unreadable' ? paint('red', line) : state === 'ok' ? line : paint('yellow', line);
    }),
    summaryTotal(files, lang),
  ];
}
