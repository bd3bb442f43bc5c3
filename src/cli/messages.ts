import type { Lang, LocalizedText } from '../core/i18n';
import { formatTemplate, type MessageData } from '../core/i18n';

/** Every text the command line prints, Vietnamese first. */
export const MESSAGES = {
  usage: {
    vi: `Cách dùng:
  thethuc check [tùy chọn] <tệp...>   Kiểm tra thể thức, bố cục, chính tả của tệp .docx hoặc .txt
  thethuc templates [--format text|json]   Liệt kê các mẫu đề cương
  thethuc --help | --version

Tùy chọn của "check":
  --format text|json|html   Dạng kết quả (mặc định: text)
  --lang vi|en              Ngôn ngữ thông báo (mặc định: vi)
  --template <mã|tệp.json>  Mẫu đề cương để đối chiếu bố cục
  --config <tệp.json>       Cấu hình kiểm tra (CheckConfig)
  --today YYYY-MM-DD        Ngày coi là hôm nay

Trong kết quả dạng text, đoạn và vị trí đếm từ 1; trong JSON, "paragraph" và "start" đếm từ 0.
Mã thoát: 0 không có lỗi, 1 có lỗi, 2 có tệp không đọc được hoặc sai cách dùng.
`,
    en: `Usage:
  thethuc check [options] <file...>   Check format, structure and spelling of .docx or .txt files
  thethuc templates [--format text|json]   List the outline templates
  thethuc --help | --version

Options of "check":
  --format text|json|html   Output format (default: text)
  --lang vi|en              Message language (default: vi)
  --template <id|file.json> Outline template to check the structure against
  --config <file.json>      Check settings (CheckConfig)
  --today YYYY-MM-DD        Date taken as today

In text output paragraphs and columns count from 1; in JSON "paragraph" and "start" count from 0.
Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or wrong usage.
`,
  },
  unknownCommand: { vi: 'Lệnh không hợp lệ: "{name}".', en: 'Unknown command: "{name}".' },
  unknownOption: { vi: 'Tùy chọn không hợp lệ: "{name}".', en: 'Unknown option: "{name}".' },
  missingValue: { vi: 'Tùy chọn "{name}" cần một giá trị.', en: 'Option "{name}" needs a value.' },
  badValue: {
    vi: 'Giá trị không hợp lệ cho "{name}": "{value}" (cho phép: {allowed}).',
    en: 'Invalid value for "{name}": "{value}" (allowed: {allowed}).',
  },
  badDate: {
    vi: 'Ngày không hợp lệ: "{value}" (cần dạng YYYY-MM-DD).',
    en: 'Invalid date: "{value}" (expected YYYY-MM-DD).',
  },
  noFiles: { vi: 'Chưa chỉ ra tệp cần kiểm tra.', en: 'No file to check was given.' },
  unexpectedArgument: { vi: 'Thừa tham số: "{name}".', en: 'Unexpected argument: "{name}".' },
  unknownTemplate: {
    vi: 'Không có mẫu đề cương "{id}". Các mẫu có sẵn: {ids}.',
    en: 'No outline template "{id}". Available: {ids}.',
  },
  cannotReadFile: { vi: 'Không đọc được tệp {path}: {reason}', en: 'Cannot read {path}: {reason}' },
  fileNotFound: { vi: 'không tìm thấy tệp', en: 'file not found' },
  notUtf8: {
    vi: 'tệp không phải văn bản .docx hay .txt (UTF-8)',
    en: 'the file is neither a .docx document nor UTF-8 text',
  },
  checkFailed: { vi: 'lỗi khi kiểm tra: {reason}', en: 'the check failed: {reason}' },
  configInvalid: { vi: 'Tệp cấu hình {path} không hợp lệ:', en: 'The configuration file {path} is invalid:' },
  templateInvalid: { vi: 'Tệp mẫu đề cương {path} không hợp lệ:', en: 'The template file {path} is invalid:' },
  paragraphs: { vi: '{count} đoạn', en: '{count} paragraphs' },
  ready: { vi: 'Sẵn sàng trình ký', en: 'Ready for signature' },
  needsWork: {
    vi: 'Cần sửa: {errors} lỗi, {warnings} cảnh báo',
    en: 'Needs fixing: {errors} error(s), {warnings} warning(s)',
  },
  needsWorkShort: { vi: 'Cần sửa', en: 'Needs fixing' },
  infos: { vi: '{count} gợi ý', en: '{count} suggestions' },
  unreadable: { vi: 'Không đọc được', en: 'Could not be read' },
  deleteText: { vi: '(xoá)', en: '(delete)' },
  summaryFile: { vi: 'Tệp', en: 'File' },
  summaryVerdict: { vi: 'Kết luận', en: 'Verdict' },
  summaryTotal: {
    vi: 'Tổng: {files} tệp — {ready} sẵn sàng, {needsWork} cần sửa, {unreadable} không đọc được',
    en: 'Total: {files} files — {ready} ready, {needsWork} need fixing, {unreadable} unreadable',
  },
  templateId: { vi: 'Mã', en: 'Id' },
  templateName: { vi: 'Tên', en: 'Name' },
  templateType: { vi: 'Loại', en: 'Type' },
  profileParty: { vi: 'Đảng', en: 'Party' },
  profileState: { vi: 'Nhà nước', en: 'State' },
  profileAny: { vi: 'chung', en: 'any' },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;

export function msg(lang: Lang, id: MessageId, data?: MessageData): string {
  return formatTemplate(MESSAGES[id][lang], data);
}

/** An error whose message exists in both languages. */
export class CliError extends Error {
  constructor(
    readonly localized: LocalizedText,
    readonly details: LocalizedText[] = [],
  ) {
    super(localized.en);
    this.name = 'CliError';
  }

  static of(id: MessageId, data?: MessageData, details: LocalizedText[] = []): CliError {
    return new CliError(
      { vi: formatTemplate(MESSAGES[id].vi, data), en: formatTemplate(MESSAGES[id].en, data) },
      details,
    );
  }

  text(lang: Lang): string {
    return [this.localized[lang], ...this.details.map((d) => `  - ${d[lang]}`)].join('\n');
  }
}
