import type { CheckConfig } from '../core/config';
import { validateCheckConfig } from '../core/configValidation';
import type { LocalizedText } from '../core/i18n';
import { parseJson } from '../core/json';
import { validateTemplate, type OutlineTemplate } from '../core/templates';

/**
 * An office publishes shared settings and outline templates beside the add-in, on the same host:
 *   org/config.json           a CheckConfig (the same JSON as "Cài đặt → Chia sẻ", templates may be inline)
 *   org/templates/index.json  ["bao-cao-quy.json", …]: template files in org/templates/
 * Only same-origin relative URLs are fetched (the page's CSP allows connect-src 'self' and nothing else).
 * A missing file is normal; a broken one is skipped and reported, never half-applied.
 */
export interface OrgConfig {
  config: CheckConfig;
  problems: LocalizedText[];
}

type Fetch = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

const TIMEOUT_MS = 5000;

async function fetchJson(fetchImpl: Fetch, url: string, signal: AbortSignal): Promise<unknown | undefined> {
  if (signal.aborted) throw new Error('quá thời gian chờ máy chủ');
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetchImpl(url, { signal });
  } catch {
    throw new Error(signal.aborted ? 'quá thời gian chờ máy chủ' : 'không tải được tệp');
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`máy chủ trả lời mã ${response.status}`);
  const parsed = parseJson(await response.text());
  if (!parsed.ok) throw new Error(parsed.error.vi);
  return parsed.value;
}

const problem = (file: string, detail: string): LocalizedText => ({
  vi: `Cài đặt của cơ quan (${file}) không dùng được: ${detail}`,
  en: `The organisation's settings (${file}) could not be used: ${detail}`,
});

export async function loadOrgConfig(fetchImpl: Fetch = fetch, base = 'org/'): Promise<OrgConfig> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const problems: LocalizedText[] = [];
  let config: CheckConfig = {};
  const templates: OutlineTemplate[] = [];
  try {
    try {
      const json = await fetchJson(fetchImpl, `${base}config.json`, controller.signal);
      if (json !== undefined) {
        const checked = validateCheckConfig(json);
        if (checked.errors.length) problems.push(problem('config.json', checked.errors[0].vi));
        else config = checked.config;
      }
    } catch (e) {
      problems.push(problem('config.json', e instanceof Error ? e.message : String(e)));
    }
    let names: unknown;
    try {
      names = await fetchJson(fetchImpl, `${base}templates/index.json`, controller.signal);
    } catch (e) {
      problems.push(problem('templates/index.json', e instanceof Error ? e.message : String(e)));
    }
    if (names !== undefined && !(Array.isArray(names) && names.every((n) => typeof n === 'string'))) {
      problems.push(problem('templates/index.json', 'phải là danh sách tên tệp'));
      names = undefined;
    }
    for (const name of (names as string[] | undefined) ?? []) {
      // Plain file names only: nothing outside org/templates/ on this host.
      if (!/^[\w.-]+\.json$/.test(name) || name === 'index.json') {
        problems.push(problem(`templates/${name}`, 'tên tệp không hợp lệ'));
        continue;
      }
      try {
        const json = await fetchJson(fetchImpl, `${base}templates/${name}`, controller.signal);
        if (json === undefined) throw new Error('không tìm thấy tệp');
        const result = validateTemplate(json);
        if (result.ok) templates.push(result.template);
        else problems.push(problem(`templates/${name}`, result.errors[0].vi));
      } catch (e) {
        problems.push(problem(`templates/${name}`, e instanceof Error ? e.message : String(e)));
      }
    }
  } finally {
    clearTimeout(timer);
  }
  const allTemplates = [...(config.templates ?? []), ...templates];
  return { config: allTemplates.length ? { ...config, templates: allTemplates } : config, problems };
}
