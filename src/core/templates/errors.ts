import type { LocalizedText } from '../i18n';

/** A template that cannot be read or used, with messages for the user in both languages. */
export class TemplateError extends Error {
  readonly messages: LocalizedText[];

  constructor(messages: LocalizedText[]) {
    super(messages.map((m) => m.en).join('; '));
    this.name = 'TemplateError';
    this.messages = messages;
  }
}
