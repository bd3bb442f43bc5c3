import type { Lang } from '../core/i18n';
import { isIsoDate } from '../core/isoDate';
import { CliError } from './messages';

export type OutputFormat = 'text' | 'json' | 'html';

export interface CheckOptions {
  format: OutputFormat;
  lang?: Lang;
  template?: string;
  config?: string;
  today?: string;
  profile?: 'party' | 'state' | 'auto';
  /** Write the report to this file instead of stdout. */
  out?: string;
  /** Only the summary, no per-file findings. */
  quiet?: boolean;
  /** Folder for the annotated copies (Word comments / .checked.txt). */
  annotate?: string;
  /** Files and folders as given; folders are searched for .docx and .txt. */
  files: string[];
}

export interface FixOptions {
  lang?: Lang;
  config?: string;
  today?: string;
  profile?: 'party' | 'state' | 'auto';
  file: string;
  out: string;
}

export type Command =
  | { kind: 'help'; lang?: Lang }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'fix'; options: FixOptions }
  | { kind: 'templates'; lang?: Lang; format: 'text' | 'json' };

const LANGS = ['vi', 'en'] as const;
const FORMATS = ['text', 'json', 'html'] as const;
const PROFILES = ['party', 'state', 'auto'] as const;
const VALUE_OPTIONS = new Set([
  '--format',
  '--lang',
  '--template',
  '--config',
  '--today',
  '--profile',
  '--out',
  '--annotate',
]);
const FLAG_OPTIONS = new Set(['--quiet', '--safe']);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw CliError.of('badValue', { name, value, allowed: allowed.join(', ') });
}

/** The --lang given anywhere on the line, so even a usage error can be printed in that language. */
export function requestedLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'vi' || value === 'en') return value;
  }
  return undefined;
}

/** Parses the command line; throws CliError (printed with the usage, exit 2) on anything it does not know. */
export function parseArgs(argv: readonly string[]): Command {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let help = false;
  let version = false;
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (FLAG_OPTIONS.has(arg)) flags.add(arg);
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_OPTIONS.has(name)) throw CliError.of('unknownOption', { name });
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw CliError.of('missingValue', { name });
      values[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw CliError.of('unknownOption', { name: arg });
    else positional.push(arg);
  }

  const lang = values['--lang'] !== undefined ? oneOf('--lang', values['--lang'], LANGS) : undefined;
  if (help) return { kind: 'help', lang };
  if (version) return { kind: 'version' };
  const [command, ...rest] = positional;
  if (command === undefined) return { kind: 'help', lang };

  const profile = values['--profile'] !== undefined ? oneOf('--profile', values['--profile'], PROFILES) : undefined;
  const today = values['--today'];
  if (today !== undefined && !isIsoDate(today)) throw CliError.of('badDate', { value: today });
  const refuse = (names: string[]) => {
    for (const name of names)
      if (values[name] !== undefined || flags.has(name)) throw CliError.of('unknownOption', { name });
  };

  if (command === 'templates') {
    if (rest.length) throw CliError.of('unexpectedArgument', { name: rest[0] });
    refuse(['--template', '--config', '--today', '--profile', '--out', '--annotate', '--quiet', '--safe']);
    const format =
      values['--format'] !== undefined ? oneOf('--format', values['--format'], ['text', 'json'] as const) : 'text';
    return { kind: 'templates', lang, format };
  }
  if (command === 'fix') {
    refuse(['--template', '--format', '--annotate', '--quiet']);
    if (!flags.has('--safe')) throw CliError.of('fixNeedsSafe');
    if (rest.length === 0) throw CliError.of('noFiles');
    if (rest.length > 1) throw CliError.of('unexpectedArgument', { name: rest[1] });
    if (values['--out'] === undefined) throw CliError.of('fixNeedsOut');
    return {
      kind: 'fix',
      options: { lang, config: values['--config'], today, profile, file: rest[0], out: values['--out'] },
    };
  }
  if (command === 'check') {
    refuse(['--safe']);
    if (rest.length === 0) throw CliError.of('noFiles');
    return {
      kind: 'check',
      options: {
        format: values['--format'] !== undefined ? oneOf('--format', values['--format'], FORMATS) : 'text',
        lang,
        template: values['--template'],
        config: values['--config'],
        today,
        profile,
        out: values['--out'],
        quiet: flags.has('--quiet'),
        annotate: values['--annotate'],
        files: rest,
      },
    };
  }
  throw CliError.of('unknownCommand', { name: command });
}
