import { version } from '../../package.json';
import { checkDocument, summarize, type CheckResult } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { Lang } from '../core/i18n';
import { renderHtmlReport } from '../core/report/html';
import { builtInTemplates, getTemplate, parseTemplateJson, TemplateError } from '../core/templates';
import { DocxReadError } from '../docx';
import { parseArgs, requestedLang, type CheckOptions } from './args';
import { validateCheckConfig } from './checkConfig';
import { CliError, msg } from './messages';
import { formatJson, formatText, type FileOutcome } from './output';
import { readDocument } from './readInput';

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
}

/** Everything the command line touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  readFile(path: string): Promise<Uint8Array>;
  env?: Record<string, string | undefined>;
  /** The clock, for the report's timestamp. */
  now?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** Runs `thethuc <argv>` and resolves to the exit code: 0 clean, 1 error findings, 2 unreadable file or bad usage. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const usageLang: Lang = requestedLang(argv) ?? 'vi';
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(msg(command.lang ?? 'vi', 'usage'));
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${version}\n`);
        return EXIT_OK;
      case 'templates':
        io.stdout.write(listTemplates(command.lang ?? 'vi', command.format));
        return EXIT_OK;
      case 'check':
        return await runCheck(command.options, io);
    }
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.stderr.write(`thethuc: ${e.text(usageLang)}\n\n${msg(usageLang, 'usage')}`);
    return EXIT_TROUBLE;
  }
}

function listTemplates(lang: Lang, format: 'text' | 'json'): string {
  const profile = (p: string) =>
    msg(lang, p === 'party' ? 'profileParty' : p === 'state' ? 'profileState' : 'profileAny');
  if (format === 'json') {
    const list = builtInTemplates.map((t) => ({
      id: t.id,
      name: t.name[lang],
      documentType: t.documentType,
      profile: t.profile,
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const rows = builtInTemplates.map((t) => [t.id, `${t.documentType} (${profile(t.profile)})`, t.name[lang]]);
  const header = [msg(lang, 'templateId'), msg(lang, 'templateType'), msg(lang, 'templateName')];
  const widths = [0, 1].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`;
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const config = await buildConfig(options, io);
  const lang: Lang = options.lang ?? config.lang ?? 'vi';
  config.lang = lang;

  const outcomes: FileOutcome[] = [];
  for (const path of options.files) {
    const outcome = await checkFile(path, config, lang, io);
    if (outcome.error !== undefined)
      io.stderr.write(`thethuc: ${msg(lang, 'cannotReadFile', { path, reason: outcome.error })}\n`);
    outcomes.push(outcome);
  }

  if (options.format === 'json') io.stdout.write(formatJson(outcomes, lang));
  else if (options.format === 'html') io.stdout.write(htmlReport(outcomes, lang, io));
  else {
    const color = io.stdout.isTTY === true && io.env?.NO_COLOR === undefined;
    io.stdout.write(formatText(outcomes, lang, color));
  }

  if (outcomes.some((o) => o.error !== undefined)) return EXIT_TROUBLE;
  return outcomes.some((o) => o.result && !o.result.summary.ready) ? EXIT_FINDINGS : EXIT_OK;
}

async function checkFile(path: string, config: CheckConfig, lang: Lang, io: CliIO): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return {
      path,
      error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg(lang, 'fileNotFound') : (e as Error).message,
    };
  }
  let doc;
  try {
    doc = readDocument(bytes, path);
  } catch (e) {
    if (e instanceof DocxReadError) return { path, error: e.messageIn(lang) };
    if (e instanceof CliError) return { path, error: e.text(lang) };
    return { path, error: (e as Error).message };
  }
  try {
    return { path, result: checkDocument(doc, config), paragraphCount: doc.paragraphs.length };
  } catch (e) {
    return { path, error: msg(lang, 'checkFailed', { reason: (e as Error).message }) };
  }
}

async function readText(path: string, io: CliIO): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await io.readFile(path));
  } catch (e) {
    const reason = (lang: Lang) =>
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg(lang, 'fileNotFound') : (e as Error).message;
    throw new CliError({
      vi: msg('vi', 'cannotReadFile', { path, reason: reason('vi') }),
      en: msg('en', 'cannotReadFile', { path, reason: reason('en') }),
    });
  }
}

/** CheckConfig from --config, then --template, --today and --lang on top. */
async function buildConfig(options: CheckOptions, io: CliIO): Promise<CheckConfig> {
  let config: CheckConfig = {};
  if (options.config !== undefined) {
    const text = await readText(options.config, io);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw CliError.of('configInvalid', { path: options.config }, [
        { vi: (e as Error).message, en: (e as Error).message },
      ]);
    }
    const { config: parsed, errors } = validateCheckConfig(json);
    if (errors.length) throw CliError.of('configInvalid', { path: options.config }, errors);
    config = parsed;
  }
  if (options.template !== undefined) {
    const template = /\.json$/i.test(options.template) ? await templateFromFile(options.template, io) : undefined;
    const id = template?.id ?? options.template;
    if (!template && !getTemplate(id, config.templates)) {
      throw CliError.of('unknownTemplate', {
        id,
        ids: [...builtInTemplates, ...(config.templates ?? [])].map((t) => t.id).join(', '),
      });
    }
    config.templateId = id;
    if (template) config.templates = [template, ...(config.templates ?? []).filter((t) => t.id !== template.id)];
  }
  if (options.today !== undefined) config.today = options.today;
  return config;
}

async function templateFromFile(path: string, io: CliIO) {
  const text = await readText(path, io);
  try {
    return parseTemplateJson(text);
  } catch (e) {
    if (e instanceof TemplateError) throw CliError.of('templateInvalid', { path }, e.messages);
    throw e;
  }
}

function htmlReport(outcomes: readonly FileOutcome[], lang: Lang, io: CliIO): string {
  const generatedAt = (io.now?.() ?? new Date()).toISOString();
  const checked = outcomes.filter((o): o is FileOutcome & { result: CheckResult } => o.result !== undefined);
  if (outcomes.length === 1 && checked.length === 1) {
    return renderHtmlReport({ documentName: outcomes[0].path, result: checked[0].result, lang, generatedAt });
  }
  const combined = checked.flatMap((o) => o.result.findings);
  return renderHtmlReport({
    result: { findings: combined, summary: summarize(combined), notEvaluated: [] },
    lang,
    generatedAt,
    files: outcomes.map((o) => ({
      path: o.path,
      ...(o.result ? { result: o.result } : {}),
      ...(o.error !== undefined ? { error: o.error } : {}),
    })),
  });
}
