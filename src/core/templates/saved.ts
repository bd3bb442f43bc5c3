import type { SettingsStore } from '../host';
import { validateTemplate } from './index';
import type { OutlineTemplate } from './types';

/** Settings key under which the user's own templates are kept, as a JSON array. */
export const SAVED_TEMPLATES_KEY = 'outline.savedTemplates';

/** The user's saved templates; entries that no longer validate (edited by hand, older schema) are skipped. */
export function loadSavedTemplates(settings: SettingsStore): OutlineTemplate[] {
  const raw = settings.get(SAVED_TEMPLATES_KEY);
  if (!raw) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const result = validateTemplate(entry);
    return result.ok ? [result.template] : [];
  });
}

/** Saves a template, replacing a saved one with the same id. */
export async function saveTemplate(settings: SettingsStore, template: OutlineTemplate): Promise<OutlineTemplate[]> {
  const list = [...loadSavedTemplates(settings).filter((t) => t.id !== template.id), template];
  await settings.set(SAVED_TEMPLATES_KEY, JSON.stringify(list));
  return list;
}

export async function removeSavedTemplate(settings: SettingsStore, id: string): Promise<OutlineTemplate[]> {
  const list = loadSavedTemplates(settings).filter((t) => t.id !== id);
  await settings.set(SAVED_TEMPLATES_KEY, JSON.stringify(list));
  return list;
}
