import type { Severity } from './finding';
import type { Lang } from './i18n';
import type { Profile } from './model';
import type { OutlineTemplate } from './templates/types';

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

/** Settings for one check. Plain data: offices can keep it in a JSON file. */
export interface CheckConfig {
  /** Per-rule on/off, severity and options, by rule id. Rules not named run with their defaults. */
  rules?: Record<string, RuleSetting>;
  /** Force a profile instead of detecting it from the text. */
  profile?: Profile | 'auto';
  /** ISO date (YYYY-MM-DD) treated as today, for "date in the future" and rule-set choice; default: the clock. */
  today?: string;
  /** Outline template to check structure against; default: the one the document records, else the best match. */
  templateId?: string;
  /** Templates beyond the built-in ones (e.g. loaded from a file), looked up by `templateId` first. */
  templates?: OutlineTemplate[];
  /** Organisation word list: words never flagged as misspelt. */
  exceptions?: string[];
  /** Preferred tone-mark placement: 'new' (hoà, uỷ), 'old' (hòa, ủy) or 'auto' (the majority). */
  toneStyle?: 'new' | 'old' | 'auto';
  lang?: Lang;
  /** Milliseconds one check may take before it stops with a "không kiểm tra hết" finding (default 20,000). */
  timeBudgetMs?: number;
}

export function resolveRuleSetting(
  setting: RuleSetting | undefined,
  defaultSeverity: Severity,
): { enabled: boolean; severity: Severity; options: Record<string, unknown> } {
  if (setting === undefined) return { enabled: true, severity: defaultSeverity, options: {} };
  if (setting === 'off') return { enabled: false, severity: defaultSeverity, options: {} };
  if (typeof setting === 'string') return { enabled: true, severity: setting, options: {} };
  const sev = setting.severity ?? defaultSeverity;
  return {
    enabled: sev !== 'off',
    severity: sev === 'off' ? defaultSeverity : sev,
    options: setting.options ?? {},
  };
}

export function todayIso(config: CheckConfig): string {
  if (config.today) return config.today;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
