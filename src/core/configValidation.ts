import type { CheckConfig } from './config';
import type { LocalizedText } from './i18n';
import { isIsoDate } from './isoDate';
import { findRule } from './rules';
import { validateTemplate } from './templates';
import type { OutlineTemplate } from './templates/types';

const SEVERITIES = ['error', 'warning', 'info'];
const KEYS = [
  '$schema',
  'rules',
  'profile',
  'today',
  'templateId',
  'templates',
  'exceptions',
  'toneStyle',
  'lang',
  'timeBudgetMs',
];

/**
 * Checks parsed JSON is a CheckConfig and returns it; every problem is named with where it is, in both languages.
 * Unknown keys and rule ids are errors: a misspelt setting that silently does nothing is worse than a refusal.
 */
export function validateCheckConfig(
  json: unknown,
  isKnownRule: (id: string) => boolean = (id) => findRule(id) !== undefined,
): { config: CheckConfig; errors: LocalizedText[] } {
  const errors: LocalizedText[] = [];
  const fail = (vi: string, en: string) => errors.push({ vi, en });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail('Cấu hình phải là một đối tượng JSON { … }.', 'The configuration must be a JSON object { … }.');
    return { config: {}, errors };
  }
  const input = json as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KEYS.includes(key))
      fail(
        `Khoá không hợp lệ: "${key}" (cho phép: ${KEYS.slice(1).join(', ')}).`,
        `Unknown key "${key}" (allowed: ${KEYS.slice(1).join(', ')}).`,
      );
  }
  const isString = (v: unknown): v is string => typeof v === 'string';
  const enumField = (key: string, allowed: string[]) => {
    const v = input[key];
    if (v !== undefined && !(isString(v) && allowed.includes(v))) {
      fail(`"${key}" phải là một trong: ${allowed.join(', ')}.`, `"${key}" must be one of: ${allowed.join(', ')}.`);
    }
  };
  enumField('profile', ['party', 'state', 'auto']);
  enumField('toneStyle', ['new', 'old', 'auto']);
  enumField('lang', ['vi', 'en']);
  if (input.today !== undefined && !(isString(input.today) && isIsoDate(input.today))) {
    fail('"today" phải là ngày dạng YYYY-MM-DD.', '"today" must be a date written YYYY-MM-DD.');
  }
  const budget = input.timeBudgetMs;
  if (budget !== undefined && !(typeof budget === 'number' && Number.isFinite(budget) && budget > 0))
    fail('"timeBudgetMs" phải là số mili giây lớn hơn 0.', '"timeBudgetMs" must be a number of milliseconds above 0.');
  if (input.templateId !== undefined && !isString(input.templateId))
    fail('"templateId" phải là chuỗi.', '"templateId" must be a string.');
  if (input.exceptions !== undefined && !(Array.isArray(input.exceptions) && input.exceptions.every(isString))) {
    fail('"exceptions" phải là danh sách chuỗi.', '"exceptions" must be a list of strings.');
  }
  const templates: OutlineTemplate[] = [];
  if (input.templates !== undefined) {
    if (!Array.isArray(input.templates))
      fail('"templates" phải là danh sách mẫu đề cương.', '"templates" must be a list of outline templates.');
    else {
      input.templates.forEach((t, i) => {
        const result = validateTemplate(t);
        if (result.ok) templates.push(result.template);
        else result.errors.forEach((e) => fail(`templates[${i}]: ${e.vi}`, `templates[${i}]: ${e.en}`));
      });
    }
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      fail(
        '"rules" phải là đối tượng { "mã-quy-tắc": thiết lập }.',
        '"rules" must be an object { "rule-id": setting }.',
      );
    } else {
      for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
        if (!isKnownRule(id)) fail(`Không có quy tắc "${id}".`, `There is no rule "${id}".`);
        if (!isRuleSetting(setting)) {
          fail(
            `rules.${id}: phải là "off", "error", "warning", "info" hoặc { "severity": …, "options": { … } }.`,
            `rules.${id}: must be "off", "error", "warning", "info" or { "severity": …, "options": { … } }.`,
          );
        }
      }
    }
  }
  const { $schema: _schema, templates: _raw, ...config } = input;
  return { config: { ...(config as CheckConfig), ...(templates.length ? { templates } : {}) }, errors };
}

function isRuleSetting(setting: unknown): boolean {
  if (typeof setting === 'string') return setting === 'off' || SEVERITIES.includes(setting);
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) return false;
  const { severity, options, ...rest } = setting as Record<string, unknown>;
  if (Object.keys(rest).length) return false;
  if (
    severity !== undefined &&
    !(typeof severity === 'string' && (severity === 'off' || SEVERITIES.includes(severity)))
  )
    return false;
  return options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
}
