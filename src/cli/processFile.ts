import { join } from 'node:path';
import type { CheckConfig } from '../core/config';
import { SEVERITY_LABELS, type Finding } from '../core/finding';
import type { Lang } from '../core/i18n';
import type { DocumentModel } from '../core/model';
import { CliError, msg } from './messages';
import type { FileOutcome } from './output';
import { documentInfo } from './summary';

/** One file to check; `annotateTo` is where its annotated copy goes. */
export interface FileJob {
  path: string;
  annotateTo?: string;
}

/** What every file of a run shares; plain data, so it crosses to a worker thread as it is. */
export interface JobSettings {
  config: CheckConfig;
  lang: Lang;
  /** ISO time written on the Word comments. */
  now: string;
}

export interface FileIO {
  readFile(path: string): Promise<Uint8Array>;
  writeFile?(path: string, data: Uint8Array | string): Promise<void>;
  env?: Record<string, string | undefined>;
}

export const WORD_FILE = /\.(docx|docm|dotx|dotm|doc)$/i;

/** Read, check and (optionally) annotate one file; never throws: a problem becomes the file's one-line error. */
export async function processFile(job: FileJob, settings: JobSettings, io: FileIO): Promise<FileOutcome> {
  const { path } = job;
  const { lang, config } = settings;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { path, error: readErrorReason(e, lang) };
  }
  if (bytes.length === 0) return { path, error: msg(lang, 'emptyFile') };
  const { readDocument } = await import('./readInput');
  let doc: DocumentModel;
  try {
    doc = await readDocument(bytes, path);
  } catch (e) {
    return { path, error: problemText(e, lang, io) };
  }
  let outcome: FileOutcome;
  try {
    const { checkDocument } = await import('../core/check');
    await loadLexiconOnce();
    // The basis (a fingerprint per paragraph) serves re-checks, which a command-line run never makes.
    const { basis: _basis, ...result } = checkDocument(doc, config);
    outcome = { path, result, paragraphCount: doc.paragraphs.length, info: documentInfo(doc, result) };
  } catch (e) {
    return { path, error: problemText(e, lang, io) };
  }
  if (job.annotateTo && io.writeFile) {
    try {
      const copy = await annotatedCopy(bytes, doc, outcome.result!.findings, settings, path);
      await io.writeFile(job.annotateTo, copy);
      outcome.annotated = job.annotateTo;
    } catch (e) {
      outcome.annotateError = msg(lang, 'cannotWrite', { path: job.annotateTo, reason: problemText(e, lang, io) });
    }
  }
  return outcome;
}

async function annotatedCopy(
  bytes: Uint8Array,
  doc: DocumentModel,
  findings: readonly Finding[],
  settings: JobSettings,
  path: string,
): Promise<Uint8Array | string> {
  const { lang } = settings;
  if (!WORD_FILE.test(path) && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return checkedText(doc, findings, lang);
  }
  const { annotateDocx } = await import('../docx/annotate');
  return annotateDocx(
    bytes,
    findings.map((f) => ({ paragraph: f.paragraph, start: f.start, length: f.length, lines: commentLines(f, lang) })),
    {
      author: 'Thể thức',
      initials: 'TT',
      date: settings.now.replace(/\.\d+Z$/, 'Z'),
      paragraphTexts: doc.paragraphs.map((p) => p.text),
    },
  );
}

function suggestionText(f: Finding, lang: Lang): string | undefined {
  if (!f.suggestions.length) return undefined;
  const first = f.suggestions[0];
  return first === '' ? msg(lang, 'deleteText') : `«${first}»`;
}

export function commentLines(f: Finding, lang: Lang): string[] {
  const lines = [`${SEVERITY_LABELS[f.severity][lang]}: ${f.message[lang]}`];
  const suggestion = suggestionText(f, lang);
  if (suggestion) lines.push(`${lang === 'vi' ? 'Đề xuất' : 'Suggested fix'}: ${suggestion}`);
  lines.push(`[${f.ruleId}]${f.source ? ` ${f.source}` : ''}`);
  return lines;
}

/** The text as it was, then the findings, one a line, with 1-based paragraph and column. */
export function checkedText(doc: DocumentModel, findings: readonly Finding[], lang: Lang): string {
  const text = doc.paragraphs.map((p) => p.text).join('\n');
  const head =
    lang === 'vi'
      ? `--- Thể thức: ${findings.length} phát hiện ---`
      : `--- Thể thức: ${findings.length} finding(s) ---`;
  const lines = findings.map((f) => {
    const where =
      lang === 'vi'
        ? `Đoạn ${f.paragraph + 1}, cột ${f.start + 1}`
        : `Paragraph ${f.paragraph + 1}, column ${f.start + 1}`;
    const suggestion = suggestionText(f, lang);
    return `${where}: ${SEVERITY_LABELS[f.severity][lang]}: ${f.message[lang]}${f.text ? ` «${f.text}»` : ''}${suggestion ? ` → ${suggestion}` : ''} [${f.ruleId}]`;
  });
  return `${text}\n\n${head}\n${lines.join('\n')}\n`;
}

/** A read failure as a one-line reason: the system's own message (EISDIR, a path) never reaches the user. */
export function readErrorReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  switch (code) {
    case 'ENOENT':
      return msg(lang, 'fileNotFound');
    case 'EACCES':
    case 'EPERM':
      return msg(lang, 'noPermission');
    case 'ETOOBIG':
      return msg(lang, 'fileTooLarge', { limit: '100 MB' });
    case 'EISDIR':
    case 'ENOTREG':
      return msg(lang, 'notRegularFile');
    case 'ECHANGED':
      return msg(lang, 'fileChanged');
    case 'EVANISHED':
      return msg(lang, 'fileVanished');
    default:
      return msg(lang, 'readFailed', { code: code || '?' });
  }
}

/** A reader or checker failure as a one-line reason; internal errors are named, not dumped (THETHUC_DEBUG shows them). */
function problemText(e: unknown, lang: Lang, io: FileIO): string {
  const { localized } = e as { localized?: { vi: string; en: string } };
  if (e instanceof CliError) return e.text(lang);
  if (localized && typeof localized[lang] === 'string' && (e as Error).name === 'DocxReadError') return localized[lang];
  if ((e as NodeJS.ErrnoException)?.code) return readErrorReason(e, lang);
  if (io.env?.THETHUC_DEBUG) return String((e as Error)?.stack ?? e);
  return msg(lang, e instanceof RangeError ? 'checkTooComplex' : 'internalError');
}

/**
 * The lexicon (real-word slips, doubled words that are two words) is loaded once per process or worker: from the
 * cache the build wrote next to the bundle when it matches, else decoded from the packed data.
 */
export async function loadLexiconOnce(cacheDir: string = __dirname): Promise<void> {
  const { currentLexicon, loadLexicon, setLexicon } = await import('../core/lexicon');
  if (currentLexicon()) return;
  const { readLexiconCache, LEXICON_CACHE_FILE } = await import('./lexiconCache');
  const cached = process.env.THETHUC_NO_CACHE ? null : readLexiconCache(join(cacheDir, LEXICON_CACHE_FILE));
  if (cached) setLexicon(cached);
  else await loadLexicon();
}
