/** Every user-facing text exists in Vietnamese (first) and English. */
export type Lang = 'vi' | 'en';

export interface LocalizedText {
  vi: string;
  en: string;
}

export type MessageData = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown names are left visible so a missing value is noticed, not hidden. */
export function formatTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function localize(text: LocalizedText, data?: MessageData): LocalizedText {
  return { vi: formatTemplate(text.vi, data), en: formatTemplate(text.en, data) };
}
