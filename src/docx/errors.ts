import type { Lang, LocalizedText } from '../core/i18n';

export type DocxErrorCode =
  | 'legacy-doc'
  | 'encrypted'
  | 'not-zip'
  | 'not-word'
  | 'corrupt'
  | 'empty-file'
  | 'dtd'
  | 'too-large'
  | 'too-large-part'
  | 'too-large-total'
  | 'too-large-entries';

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
  'empty-file': { vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' },
  dtd: {
    vi: 'Tệp chứa khai báo DTD/thực thể XML ({detail}), Word không bao giờ tạo ra: từ chối đọc.',
    en: 'The file contains a DTD/XML entity declaration ({detail}), which Word never writes: refused.',
  },
  'too-large': {
    vi: 'Tệp quá lớn (giới hạn {detail}).',
    en: 'The file is too large (limit {detail}).',
  },
  'too-large-part': {
    vi: 'Một phần của tệp giải nén quá lớn: {detail} (nghi tệp "bom nén"), không đọc.',
    en: 'A part of the file is too large when uncompressed: {detail} (a possible zip bomb), not read.',
  },
  'too-large-total': {
    vi: 'Tổng dung lượng giải nén vượt giới hạn {detail} (nghi tệp "bom nén"), không đọc.',
    en: 'The uncompressed parts exceed {detail} in total (a possible zip bomb), not read.',
  },
  'too-large-entries': {
    vi: 'Tệp nén có quá nhiều mục (giới hạn {detail}), không đọc.',
    en: 'The archive has too many entries (limit {detail}), not read.',
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
