import type { CheckConfig, RuleSetting } from '../core/config';
import { SEVERITY_LABELS, type Severity } from '../core/finding';
import type { Lang, LocalizedText } from '../core/i18n';
import type { SettingsStore } from '../core/host';
import type { Rule } from '../core/rule';
import { ofmt } from './outlineStrings';
import { fmt } from './strings';

/** Settings key under which the task pane keeps the user's CheckConfig, as JSON. */
export const CHECK_CONFIG_SETTING = 'thethuc.checkConfig';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const PROFILES = ['party', 'state', 'auto'] as const;
const TONE_STYLES = ['new', 'old', 'auto'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSeverity = (v: unknown): v is Severity => SEVERITIES.includes(v as Severity);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown): v is T => allowed.includes(v as T);

function sanitizeRuleSetting(setting: unknown): RuleSetting | undefined {
  if (setting === 'off' || isSeverity(setting)) return setting;
  if (!isRecord(setting)) return undefined;
  const severity = setting.severity === 'off' || isSeverity(setting.severity) ? setting.severity : undefined;
  const options = isRecord(setting.options) ? setting.options : undefined;
  if (!severity && !options) return undefined;
  return { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
}

/** Trims the words, drops blanks and repeats (first spelling kept); accepts a list or text with one word per line. */
export function normalizeWordList(words: readonly string[] | string): string[] {
  const list = typeof words === 'string' ? words.split(/\r?\n/) : words;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const word = raw.normalize('NFC').trim();
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

/**
 * Keeps the parts of `json` the task pane manages that are a valid CheckConfig: rules known in `rules` with a valid
 * setting, profile, toneStyle, exceptions and templateId. Anything else is dropped, never thrown on, so a damaged
 * or outdated stored value still leaves a working pane.
 */
export function sanitizeCheckConfig(json: unknown, rules: readonly Rule[]): CheckConfig {
  if (!isRecord(json)) return {};
  const config: CheckConfig = {};
  if (isRecord(json.rules)) {
    const known = new Set(rules.map((r) => r.meta.id));
    const kept: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(json.rules)) {
      const clean = known.has(id) ? sanitizeRuleSetting(setting) : undefined;
      if (clean !== undefined) kept[id] = clean;
    }
    if (Object.keys(kept).length) config.rules = kept;
  }
  if (oneOf(PROFILES, json.profile)) config.profile = json.profile;
  if (oneOf(TONE_STYLES, json.toneStyle)) config.toneStyle = json.toneStyle;
  if (Array.isArray(json.exceptions)) {
    const words = normalizeWordList(json.exceptions.filter((w): w is string => typeof w === 'string'));
    if (words.length) config.exceptions = words;
  }
  if (typeof json.templateId === 'string' && json.templateId.trim()) config.templateId = json.templateId.trim();
  return config;
}

/** The stored settings, or {} when none are stored or the stored text is damaged. */
export function loadCheckConfig(settings: SettingsStore, rules: readonly Rule[]): CheckConfig {
  let raw: string | undefined;
  try {
    raw = settings.get(CHECK_CONFIG_SETTING);
  } catch {
    return {};
  }
  if (!raw) return {};
  try {
    return sanitizeCheckConfig(JSON.parse(raw), rules);
  } catch {
    return {};
  }
}

/** Stores the settings as JSON (sanitised first, so what is stored always loads back the same). */
export async function saveCheckConfig(
  settings: SettingsStore,
  config: CheckConfig,
  rules: readonly Rule[],
): Promise<CheckConfig> {
  const clean = sanitizeCheckConfig(config, rules);
  await settings.set(CHECK_CONFIG_SETTING, JSON.stringify(clean));
  return clean;
}

/** The user's settings over the ones the pane was started with; rule settings are merged rule by rule. */
export function mergeCheckConfig(base: CheckConfig | undefined, stored: CheckConfig): CheckConfig {
  const merged: CheckConfig = { ...base, ...stored };
  if (base?.rules || stored.rules) merged.rules = { ...base?.rules, ...stored.rules };
  return merged;
}

export interface RuleChoice {
  enabled: boolean;
  /** undefined: the rule's default severity. */
  severity?: Severity;
}

/** How a rule's stored setting shows in the settings view. */
export function ruleChoice(setting: RuleSetting | undefined): RuleChoice {
  if (setting === undefined) return { enabled: true };
  if (setting === 'off') return { enabled: false };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  if (setting.severity === 'off') return { enabled: false };
  return { enabled: true, ...(setting.severity ? { severity: setting.severity } : {}) };
}

/**
 * The config with one rule set to `choice`. A severity equal to the default is not stored, and a rule back at its
 * defaults loses its entry, so the stored JSON names only what the user changed. Rule options (from an imported
 * file) are kept.
 */
export function withRuleChoice(config: CheckConfig, rule: Rule, choice: RuleChoice): CheckConfig {
  const id = rule.meta.id;
  const current = config.rules?.[id];
  const options = typeof current === 'object' ? current.options : undefined;
  // For a rule whose findings vary in severity, a chosen one is stored even when it is the default: it then
  // applies to every finding, which the default does not.
  const severity =
    choice.severity === rule.meta.defaultSeverity && !variesInSeverity(rule) ? undefined : choice.severity;
  const level: Severity | 'off' | undefined = choice.enabled ? severity : 'off';
  let next: RuleSetting | undefined;
  if (options) next = { ...(level ? { severity: level } : {}), options };
  else next = level;
  const { [id]: _previous, ...others } = config.rules ?? {};
  const rules = next === undefined ? others : { ...others, [id]: next };
  const { rules: _rules, ...rest } = config;
  return Object.keys(rules).length ? { ...rest, rules } : rest;
}

/** What `sanitizeCheckConfig` left out of `json`, as "key" or "rules.id", to tell the user after an import. */
export function droppedEntries(json: unknown, clean: CheckConfig): string[] {
  if (!isRecord(json)) return [];
  const dropped: string[] = [];
  for (const key of Object.keys(json)) {
    // "$schema" only helps editors; an empty list or table was not lost.
    if (key === '$schema' || key in clean) continue;
    const value = json[key];
    if ((Array.isArray(value) && value.length === 0) || (isRecord(value) && key === 'rules')) continue;
    dropped.push(key);
  }
  if (isRecord(json.rules))
    for (const id of Object.keys(json.rules)) if (!clean.rules || !(id in clean.rules)) dropped.push(`rules.${id}`);
  return dropped;
}

/** The rule gives some findings another severity than its default (RuleMeta.severities). */
export function variesInSeverity(rule: Rule): boolean {
  return (rule.meta.severities?.length ?? 0) > 1;
}

/**
 * The severities a rule's findings take when the user has not chosen one, as they will apply: "Cảnh báo (mặc
 * định)", or "Cảnh báo; Lỗi khi văn bản theo mẫu bắt buộc (mặc định)" for a rule that raises some findings.
 */
export function defaultSeverityLabel(rule: Rule, lang: Lang): string {
  const severities = variesInSeverity(rule) ? rule.meta.severities! : [{ severity: rule.meta.defaultSeverity }];
  const parts = severities.map(({ severity, when }: { severity: Severity; when?: LocalizedText }) =>
    when
      ? ofmt(lang, 'severityWhen', { severity: SEVERITY_LABELS[severity][lang], when: when[lang] })
      : SEVERITY_LABELS[severity][lang],
  );
  return fmt(lang, 'severityDefault', { severity: parts.join('; ') });
}

/** "Luôn là lỗi": a severity chosen for every finding of a rule whose severity otherwise varies. */
export function fixedSeverityLabel(severity: Severity, lang: Lang): string {
  const label = SEVERITY_LABELS[severity][lang];
  return ofmt(lang, 'severityAlways', { severity: lang === 'vi' ? label.toLocaleLowerCase('vi') : label });
}
