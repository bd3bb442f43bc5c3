import type { Lang, LocalizedText } from '../core/i18n';
import { fmt } from './strings';

function isLocalized(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).vi === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

/**
 * Turns whatever a host threw into a sentence for the user. Hosts may throw a LocalizedText, an Error carrying one
 * in `localized`, an Office error (`code`, `message`), or anything else.
 */
export function describeError(error: unknown, lang: Lang): string {
  if (isLocalized(error)) return error[lang];
  if (typeof error === 'object' && error !== null) {
    const localized = (error as { localized?: unknown }).localized;
    if (isLocalized(localized)) return localized[lang];
    const code = (error as { code?: unknown }).code;
    if (code === 'AccessDenied' || code === 'EditModeRequired') return fmt(lang, 'readOnly');
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim()) return fmt(lang, 'hostError', { detail: message.trim() });
  }
  if (typeof error === 'string' && error.trim()) return fmt(lang, 'hostError', { detail: error.trim() });
  return fmt(lang, 'unknownError');
}
