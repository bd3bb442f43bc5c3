import type { CheckResult } from '../core/check';
import { analyzeDocument, plainHyphens } from '../core/header';
import type { Lang } from '../core/i18n';
import { VERDICT_LABELS } from '../core/verdict';
import type { DocumentModel } from '../core/model';
import { msg } from './messages';
import type { FileOutcome } from './output';

/** What a reviewer sorts a pile of reports by, read from the document's header. */
export interface DocumentInfo {
  /** Type name from the title line, e.g. "Báo cáo" ("Công văn" for a công văn). */
  type?: string;
  /** Number and symbol, e.g. "10-BC/ĐU". */
  number?: string;
  /** Issuing body: the last line of the header's body lines. */
  unit?: string;
  /** Date as written, e.g. "15/11/2026" (dots when left blank). */
  date?: string;
  /** Template sections the document lacks. */
  missingSections: number;
}

export function documentInfo(doc: DocumentModel, result: CheckResult): DocumentInfo {
  const info: DocumentInfo = {
    missingSections: result.findings.filter((f) => f.ruleId === 'required-section').length,
  };
  const { header } = analyzeDocument(doc);
  if (header.typeTitle) info.type = header.typeTitle.type.name;
  else if (header.congVanSummary) info.type = 'Công văn';
  if (header.numberLine) {
    // A non-breaking hyphen (U+2011) reads as "-", so sorting and searching the summary find it.
    const number = plainHyphens(header.numberLine.text.slice(header.numberLine.parsed.prefixLength).trim());
    if (number) info.number = number;
  }
  const unit = header.bodyLines[header.bodyLines.length - 1]?.text.trim();
  if (unit) info.unit = unit;
  if (header.dateLine) {
    const { day, month, year } = header.dateLine.parsed;
    info.date = `${day.raw || '…'}/${month.raw || '…'}/${year.raw || '…'}`;
  }
  return info;
}

/** "Báo cáo số 10-BC/ĐU", or whichever half is known. */
export function documentLabel(info: DocumentInfo | undefined, lang: Lang): string {
  if (!info) return '';
  const type = info.type ? info.type.charAt(0).toUpperCase() + info.type.slice(1).toLowerCase() : '';
  if (type && info.number) return `${type} ${msg(lang, 'numberWord')} ${info.number}`;
  return type || info.number || '';
}

/** Unreadable files first, then most errors, most warnings; ties keep the input order. */
export function worstFirst(files: readonly FileOutcome[]): Array<{ f: FileOutcome; i: number }> {
  const rank = (f: FileOutcome) => (f.result ? 0 : 1);
  return files
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(b.f) - rank(a.f) ||
        (b.f.result?.summary.errors ?? 0) - (a.f.result?.summary.errors ?? 0) ||
        (b.f.result?.summary.warnings ?? 0) - (a.f.result?.summary.warnings ?? 0) ||
        a.i - b.i,
    );
}

export interface SummaryRow {
  /** Position of the file in the input (the report's sections follow the input order). */
  index: number;
  path: string;
  document: string;
  unit: string;
  date: string;
  verdict: string;
  errors: string;
  warnings: string;
  missing: string;
  state: 'ok' | 'bad' | 'unreadable';
}

export function summaryRows(files: readonly FileOutcome[], lang: Lang): SummaryRow[] {
  return worstFirst(files).map(({ f, i }) => {
    const s = f.result?.summary;
    return {
      index: i,
      path: f.path,
      document: documentLabel(f.info, lang),
      unit: f.info?.unit ?? '',
      date: f.info?.date ?? '',
      verdict: !s ? msg(lang, 'unreadable') : VERDICT_LABELS[s.verdict][lang],
      errors: s ? String(s.errors) : '-',
      warnings: s ? String(s.warnings) : '-',
      missing: s ? String(f.info?.missingSections ?? 0) : '-',
      state: !s ? 'unreadable' : s.ready ? 'ok' : 'bad',
    };
  });
}

export function summaryHeader(lang: Lang): string[] {
  return [
    msg(lang, 'summaryFile'),
    msg(lang, 'summaryDocument'),
    msg(lang, 'summaryUnit'),
    msg(lang, 'summaryDate'),
    msg(lang, 'summaryVerdict'),
    lang === 'vi' ? 'Lỗi' : 'Errors',
    lang === 'vi' ? 'Cảnh báo' : 'Warnings',
    msg(lang, 'summaryMissing'),
  ];
}

export function summaryTotal(files: readonly FileOutcome[], lang: Lang): string {
  const count = (verdict: string) => files.filter((f) => f.result?.summary.verdict === verdict).length;
  return msg(lang, 'summaryTotal', {
    files: files.length,
    ready: count('ready'),
    review: count('review'),
    notPassed: count('notPassed'),
    unreadable: files.filter((f) => !f.result).length,
  });
}
