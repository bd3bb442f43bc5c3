import { basename, join, resolve } from 'node:path';
import { version } from '../../package.json';
import type { CheckConfig } from '../core/config';
import type { Lang } from '../core/i18n';
import { parseArgs, requestedLang, type CheckOptions, type FixOptions } from './args';
import { expandInputs } from './files';
import { CliError, msg } from './messages';
import { formatJson, formatText, visible, type FileOutcome } from './output';
import {
  loadLexiconOnce,
  processFile,
  readErrorReason,
  WORD_FILE,
  type FileJob,
  type JobSettings,
} from './processFile';

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
}

export type PathKind = 'file' | 'dir' | 'missing' | 'other';
export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
}

/** Checks many files, maybe in parallel; `onDone` is called as each finishes, results come back in input order. */
export type JobRunner = (
  jobs: readonly FileJob[],
  settings: JobSettings,
  onDone: (index: number) => void,
) => Promise<FileOutcome[]>;

/** Everything the command line touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  readFile(path: string): Promise<Uint8Array>;
  /** What a path is; without it every path is taken for a file. */
  pathKind?(path: string): Promise<PathKind>;
  listDir?(path: string): Promise<DirEntry[]>;
  writeFile?(path: string, data: Uint8Array | string): Promise<void>;
  /** A parallel runner (worker threads); without it files are checked one after another here. */
  runJobs?: JobRunner;
  env?: Record<string, string | undefined>;
  /** The clock, for the report's timestamp. */
  now?: () => Date;
}

const PARALLEL_FROM = 6;

/** On a worker's command line (appended by the pool): the script serves jobs instead of running main. */
export const WORKER_ARG = '--thethuc-worker';

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
        io.stdout.write(await listTemplates(command.lang ?? 'vi', command.format));
        return EXIT_OK;
      case 'check':
        return await runCheck(command.options, io);
      case 'fix':
        return await runFix(command.options, io);
    }
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    const text = e.text(usageLang).split('\n').map(visible).join('\n');
    io.stderr.write(`thethuc: ${text}\n\n${msg(usageLang, 'usage')}`);
    return EXIT_TROUBLE;
  }
}

async function listTemplates(lang: Lang, format: 'text' | 'json'): Promise<string> {
  const { builtInTemplates } = await import('../core/templates');
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
  const now = (io.now?.() ?? new Date()).toISOString();

  const inputs = await expandInputs(options.files, io);
  const jobs: FileJob[] = [];
  const slots: Array<FileOutcome | number> = [];
  const targets = new Set<string>();
  for (const input of inputs) {
    if ('problem' in input) {
      const reason =
        input.problem === 'missing'
          ? 'fileNotFound'
          : input.problem === 'emptyFolder'
            ? 'emptyFolder'
            : 'notRegularFile';
      slots.push({ path: input.path, error: msg(lang, reason) });
      continue;
    }
    const job: FileJob = { path: input.path };
    if (options.annotate !== undefined) job.annotateTo = annotationTarget(input.path, options.annotate, targets);
    slots.push(jobs.length);
    jobs.push(job);
  }

  const settings: JobSettings = { config, lang, now };
  const progress = progressReporter(jobs.length, lang, io);
  // A worker costs a load of the whole checker (~0.1 s CPU): worth it only for more than a handful of files.
  const run = jobs.length >= PARALLEL_FROM && io.runJobs ? io.runJobs : sequential(io);
  const results = await run(jobs, settings, progress);
  const outcomes = slots.map((s) => (typeof s === 'number' ? results[s] : s));

  for (const o of outcomes) {
    if (o.error !== undefined)
      io.stderr.write(`thethuc: ${visible(msg(lang, 'cannotReadFile', { path: o.path, reason: o.error }))}\n`);
    if (o.annotateError !== undefined) io.stderr.write(`thethuc: ${visible(o.annotateError)}\n`);
  }
  const written = outcomes.filter((o) => o.annotated).length;
  if (options.annotate !== undefined && written)
    io.stderr.write(`thethuc: ${visible(msg(lang, 'annotated', { path: `${options.annotate} (${written})` }))}\n`);

  let report: string;
  if (options.format === 'json') report = formatJson(outcomes, lang);
  else if (options.format === 'html') {
    const { htmlReport } = await import('./htmlReport');
    report = htmlReport(outcomes, lang, now, options.quiet);
  } else {
    const color = options.out === undefined && io.stdout.isTTY === true && io.env?.NO_COLOR === undefined;
    report = formatText(outcomes, lang, color, options.quiet);
  }
  if (options.out !== undefined) {
    if (!io.writeFile) throw CliError.of('cannotWrite', { path: options.out, reason: '?' });
    try {
      await io.writeFile(options.out, report);
    } catch (e) {
      io.stderr.write(
        `thethuc: ${visible(msg(lang, 'cannotWrite', { path: options.out, reason: readErrorReason(e, lang) }))}\n`,
      );
      return EXIT_TROUBLE;
    }
  } else io.stdout.write(report);

  if (outcomes.some((o) => o.error !== undefined || o.annotateError !== undefined)) return EXIT_TROUBLE;
  return outcomes.some((o) => o.result && !o.result.summary.ready) ? EXIT_FINDINGS : EXIT_OK;
}

/** One file after another in this thread (tests, a single file, or a machine with one core). */
function sequential(io: CliIO): JobRunner {
  return async (jobs, settings, onDone) => {
    const out: FileOutcome[] = [];
    for (let i = 0; i < jobs.length; i++) {
      out.push(await processFile(jobs[i], settings, io));
      onDone(i);
    }
    return out;
  };
}

/** A bar on a terminal; a few plain lines otherwise; nothing for a handful of files. */
function progressReporter(total: number, lang: Lang, io: CliIO): (index: number) => void {
  if (total <= 3) return () => undefined;
  let done = 0;
  let lastStep = 0;
  const tty = io.stderr.isTTY === true;
  return () => {
    done++;
    const text = msg(lang, 'progress', { done, total });
    if (tty) {
      const filled = Math.round((done / total) * 20);
      io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${text}${done === total ? '\n' : ''}`);
    } else {
      const step = Math.floor((done / total) * 4);
      if (step > lastStep || done === total) {
        lastStep = step;
        if (done === total || step < 4) io.stderr.write(`thethuc: ${text}\n`);
      }
    }
  };
}

/** The copy's name in the annotate folder: same name for .docx, <name>.checked.txt for text; never the original. */
function annotationTarget(path: string, folder: string, taken: Set<string>): string {
  const name = basename(path);
  const word = WORD_FILE.test(name);
  const stem = word ? name.replace(/\.[^.]+$/, '') : name.replace(/\.txt$/i, '');
  const ext = word ? name.slice(stem.length) : '.checked.txt';
  let target = join(folder, stem + ext);
  for (let n = 2; taken.has(target) || resolve(target) === resolve(path); n++)
    target = join(folder, `${stem} (${n})${ext}`);
  taken.add(target);
  return target;
}

async function runFix(options: FixOptions, io: CliIO): Promise<number> {
  const lang: Lang = options.lang ?? 'vi';
  if (resolve(options.out) === resolve(options.file)) throw CliError.of('fixSameFile');
  const config = await buildConfig(options, io);
  const fail = (reason: string) => {
    io.stderr.write(`thethuc: ${visible(msg(lang, 'cannotReadFile', { path: options.file, reason }))}\n`);
    return EXIT_TROUBLE;
  };
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(options.file);
  } catch (e) {
    return fail(readErrorReason(e, lang));
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b) && !WORD_FILE.test(options.file)) throw CliError.of('fixOnlyDocx');
  const { readDocx, DocxReadError } = await import('../docx');
  const { checkDocument } = await import('../core/check');
  const { fixDocx } = await import('../docx/fix');
  await loadLexiconOnce();
  try {
    const doc = readDocx(bytes, options.file);
    const findings = checkDocument(doc, config).findings;
    const edits = findings
      .filter((f) => f.bulkSafe)
      .flatMap((f) => f.fix ?? [])
      .filter((e) => e.kind === 'replaceText');
    const result = fixDocx(
      bytes,
      edits,
      doc.paragraphs.map((p) => p.text),
    );
    if (!io.writeFile) throw CliError.of('cannotWrite', { path: options.out, reason: '?' });
    try {
      await io.writeFile(options.out, result.bytes);
    } catch (e) {
      io.stderr.write(
        `thethuc: ${visible(msg(lang, 'cannotWrite', { path: options.out, reason: readErrorReason(e, lang) }))}\n`,
      );
      return EXIT_TROUBLE;
    }
    io.stdout.write(
      `${visible(msg(lang, 'fixApplied', { applied: result.applied.length, skipped: result.skipped.length, path: options.out }))}\n`,
    );
    return EXIT_OK;
  } catch (e) {
    if (e instanceof DocxReadError) return fail(e.messageIn(lang));
    throw e;
  }
}

async function readText(path: string, io: CliIO): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await io.readFile(path));
  } catch (e) {
    const reason = (lang: Lang) => readErrorReason(e, lang);
    throw new CliError({
      vi: msg('vi', 'cannotReadFile', { path, reason: reason('vi') }),
      en: msg('en', 'cannotReadFile', { path, reason: reason('en') }),
    });
  }
}

/** CheckConfig from --config, then --template, --today and --lang on top. */
async function buildConfig(
  options: Pick<CheckOptions, 'config' | 'template' | 'today' | 'profile'>,
  io: CliIO,
): Promise<CheckConfig> {
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
    const { validateCheckConfig } = await import('./checkConfig');
    const { config: parsed, errors } = validateCheckConfig(json);
    if (errors.length) throw CliError.of('configInvalid', { path: options.config }, errors);
    config = parsed;
  }
  if (options.template !== undefined) {
    const { builtInTemplates, getTemplate } = await import('../core/templates');
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
  if (options.profile !== undefined) config.profile = options.profile;
  return config;
}

async function templateFromFile(path: string, io: CliIO) {
  const text = await readText(path, io);
  const { parseTemplateJson, TemplateError } = await import('../core/templates');
  try {
    return parseTemplateJson(text);
  } catch (e) {
    if (e instanceof TemplateError) throw CliError.of('templateInvalid', { path }, e.messages);
    throw e;
  }
}
