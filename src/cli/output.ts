import type { CheckResult } from '../core/check';
import { SEVERITY_LABELS, type Finding, type Severity } from '../core/finding';
import type { Lang } from '../core/i18n';
import { notEvaluatedLine, VERDICT_LABELS, verdictLine, type Verdict } from '../core/verdict';
import { msg } from './messages';

export interface FileOutcome {
  path: string;
  result?: CheckResult;
  /** Why the file could not be read or checked. */
  error?: string;
  paragraphCount?: number;
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
  return text.replace(/\p{Cc}/gu, (c) => (c === '\t' ? '⇥' : c === '\v' || c === '\n' || c === '\r' ? '↵' : '�'));
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
export function formatText(files: readonly FileOutcome[], lang: Lang, color: boolean): string {
  const paint = (style: Style, text: string) => (color ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  const severityWidth = Math.max(...Object.values(SEVERITY_LABELS).map((l) => width(l[lang])));

  for (const file of files) {
    const path = visible(file.path);
    if (!file.result) {
      lines.push(paint('bold', `── ${path}`), paint('red', `${msg(lang, 'unreadable')}: ${file.error ?? ''}`), '');
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
  if (files.length > 1) lines.push(...summaryTable(files, lang, paint), '');
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

function summaryTable(files: readonly FileOutcome[], lang: Lang, paint: (s: Style, t: string) => string): string[] {
  const severities: Severity[] = ['error', 'warning', 'info'];
  const header = [
    msg(lang, 'summaryFile'),
    ...severities.map((s) => SEVERITY_LABELS[s][lang]),
    msg(lang, 'summaryVerdict'),
  ];
  const rows = files.map((f) => {
    const s = f.result?.summary;
    const counts = s ? [s.errors, s.warnings, s.infos].map(String) : ['-', '-', '-'];
    const status = !s ? msg(lang, 'unreadable') : VERDICT_LABELS[s.verdict][lang];
    return [visible(f.path), ...counts, status];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const render = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], i > 0 && i < 4))
      .join('  ')
      .trimEnd();
  const ready = files.filter((f) => f.result?.summary.verdict === 'ready').length;
  const unreadable = files.filter((f) => !f.result).length;
  return [
    paint('bold', render(header)),
    ...rows.map((r, i) => {
      const line = render(r);
      const f = files[i];
      return !f.result ? paint('red', line) : f.result.summary.verdict === 'ready' ? line : paint('yellow', line);
    }),
    msg(lang, 'summaryTotal', { files: files.length, ready, needsWork: files.length - ready - unreadable, unreadable }),
  ];
}
