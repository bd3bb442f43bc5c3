import type { Lang, LocalizedText } from '../core/i18n';

export type DocxErrorCode = 'legacy-doc' | 'encrypted' | 'not-zip' | 'not-word' | 'corrupt';

const MESSAGES: Record<DocxErrorCode, LocalizedText> = {
  'legacy-doc': {
    vi: 'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu thành .docx.',
    en: 'Legacy .doc files (Word 97–2003) are not supported: open the file in Word and save it as .docx.',
  },
  encrypted: {
    vi: 'Tệp được bảo vệ bằng mật khẩu: hãy mở bằng Word, bỏ mật khẩu rồi lưu lại thành .docx.',
    en: 'The file is password-protected: open it in Word, remove the password and save it as .docx.',
  },
  'not-zip': {
    vi: 'Tệp không phải văn bản Word .docx (không đúng định dạng).',
    en: 'The file is not a Word .docx document (unrecognised format).',
  },
  'not-word': {
    vi: 'Tệp nén không chứa văn bản Word (thiếu word/document.xml).',
    en: 'The archive does not contain a Word document (word/document.xml is missing).',
  },
  corrupt: {
    vi: 'Tệp .docx bị hỏng, không đọc được: {detail}',
    en: 'The .docx file is damaged and cannot be read: {detail}',
  },
};

/** A file that cannot be read as a Word document; `localized` carries the message in both languages. */
export class DocxReadError extends Error {
  readonly code: DocxErrorCode;
  readonly localized: LocalizedText;

  constructor(code: DocxErrorCode, detail = '') {
    const localized = {
      vi: MESSAGES[code].vi.replace('{detail}', detail),
      en: MESSAGES[code].en.replace('{detail}', detail),
    };
    super(`${localized.vi} / ${localized.en}`);
    this.name = 'DocxReadError';
    this.code = code;
    this.localized = localized;
  }

  messageIn(lang: Lang): string {
    return this.localized[lang];
  }
}
