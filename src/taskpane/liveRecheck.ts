import type { SettingsStore } from '../core/host';

/** The user's choice, per user: 'off' turns live re-checking off (on by default). */
export const LIVE_RECHECK_SETTING = 'thethuc.liveRecheck';

/**
 * How long typing must pause before the edited paragraphs are checked again: long enough not to run between two
 * keystrokes of a word, short enough to feel live (about the pause between sentences).
 */
export const LIVE_RECHECK_MS = 800;

export function liveRecheckEnabled(settings: SettingsStore): boolean {
  return settings.get(LIVE_RECHECK_SETTING) !== 'off';
}

export function saveLiveRecheck(settings: SettingsStore, on: boolean): Promise<void> {
  return settings.set(LIVE_RECHECK_SETTING, on ? 'on' : 'off');
}
