import type { Lang, LocalizedText } from '../core/i18n';
import { formatTemplate, type MessageData } from '../core/i18n';

/** Every text the command line prints, Vietnamese first. */
export const MESSAGES = {
  usage: {
    vi: `Cách dùng:
  thethuc check [tuỳ chọn] <tệp hoặc thư mục...>   Kiểm tra thể thức, bố cục, chính tả của tệp .docx hoặc .txt
  thethuc fix --safe <tệp.docx> --out <tệp mới.docx>   Sửa các lỗi chữ an toàn vào một bản sao
  thethuc templates [--format text|json]   Liệt kê các mẫu đề cương
  thethuc --help | --version

Thư mục được tìm đệ quy các tệp .docx và .txt (bỏ qua tệp khoá ~$ và thư mục ẩn).

Tuỳ chọn của "check":
  --format text|json|html   Dạng kết quả (mặc định: text)
  --out <tệp>               Ghi kết quả vào tệp thay vì màn hình
  --quiet                   Chỉ in bảng tổng hợp (text, html)
  --annotate <thư mục>      Ghi bản sao có nhận xét Word (.docx) hoặc <tên>.checked.txt vào thư mục
  --profile party|state|auto  Hệ văn bản: Đảng, Nhà nước hoặc tự nhận biết
  --lang vi|en              Ngôn ngữ thông báo (mặc định: vi)
  --template <mã|tệp.json>  Mẫu đề cương để đối chiếu bố cục
  --config <tệp.json>       Cấu hình kiểm tra (CheckConfig)
  --today YYYY-MM-DD        Ngày coi là hôm nay

Trong kết quả dạng text, đoạn và vị trí đếm từ 1; trong JSON, "paragraph" và "start" đếm từ 0.
Mã thoát: 0 không có lỗi, 1 có lỗi, 2 có tệp không đọc được hoặc sai cách dùng.
`,
    en: `Usage:
  thethuc check [options] <file or folder...>   Check format, structure and spelling of .docx or .txt files
  thethuc fix --safe <file.docx> --out <new.docx>   Apply the safe text fixes to a copy
  thethuc templates [--format text|json]   List the outline templates
  thethuc --help | --version

Folders are searched recursively for .docx and .txt files (skipping ~$ lock files and hidden folders).

Options of "check":
  --format text|json|html   Output format (default: text)
  --out <file>              Write the report to a file instead of the screen
  --quiet                   Only the summary table (text, html)
  --annotate <folder>       Write copies with Word comments (.docx) or <name>.checked.txt into the folder
  --profile party|state|auto  Document system: Party, State or detect
  --lang vi|en              Message language (default: vi)
  --template <id|file.json> Outline template to check the structure against
  --config <file.json>      Check settings (CheckConfig)
  --today YYYY-MM-DD        Date taken as today

In text output paragraphs and columns count from 1; in JSON "paragraph" and "start" count from 0.
Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or wrong usage.
`,
  },
  unknownCommand: { vi: 'Lệnh không hợp lệ: "{name}".', en: 'Unknown command: "{name}".' },
  unknownOption: { vi: 'Tuỳ chọn không hợp lệ: "{name}".', en: 'Unknown option: "{name}".' },
  missingValue: { vi: 'Tuỳ chọn "{name}" cần một giá trị.', en: 'Option "{name}" needs a value.' },
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
  fileTooLarge: { vi: 'tệp quá lớn (giới hạn {limit})', en: 'the file is too large (limit {limit})' },
  notRegularFile: {
    vi: 'không phải tệp thông thường (thiết bị hoặc tệp đặc biệt)',
    en: 'not a regular file (a device or special file)',
  },
  fileChanged: {
    vi: 'tệp thay đổi trong khi đang đọc, hãy kiểm tra lại',
    en: 'the file changed while it was being read, check it again',
  },
  fileVanished: { vi: 'tệp bị xoá trong khi đang đọc', en: 'the file disappeared while it was being read' },
  noPermission: { vi: 'không có quyền đọc tệp', en: 'permission denied' },
  readFailed: { vi: 'lỗi hệ thống khi đọc tệp ({code})', en: 'system error while reading ({code})' },
  emptyFolder: {
    vi: 'thư mục không có tệp .docx hay .txt nào',
    en: 'the folder contains no .docx or .txt file',
  },
  emptyFile: { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
  cannotWrite: { vi: 'Không ghi được tệp {path}: {reason}', en: 'Cannot write {path}: {reason}' },
  annotated: { vi: 'Đã ghi bản có nhận xét: {path}', en: 'Annotated copy written: {path}' },
  progress: { vi: 'Đã kiểm tra {done}/{total} tệp', en: 'Checked {done}/{total} files' },
  fixNeedsSafe: {
    vi: 'Lệnh "fix" cần --safe (chỉ sửa các lỗi an toàn, không cần người xem).',
    en: 'The "fix" command needs --safe (only fixes that need no review are applied).',
  },
  fixNeedsOut: {
    vi: 'Lệnh "fix" cần --out <tệp mới>: tệp gốc không bao giờ bị ghi đè.',
    en: 'The "fix" command needs --out <new file>: the original is never overwritten.',
  },
  fixSameFile: {
    vi: 'Tệp --out phải khác tệp gốc: tệp gốc không bao giờ bị ghi đè.',
    en: 'The --out file must differ from the original: the original is never overwritten.',
  },
  fixOnlyDocx: { vi: 'Lệnh "fix" chỉ nhận tệp .docx.', en: 'The "fix" command takes a .docx file only.' },
  fixApplied: {
    vi: 'Đã sửa {applied} lỗi, bỏ qua {skipped}; đã ghi {path}',
    en: 'Applied {applied} fix(es), skipped {skipped}; wrote {path}',
  },
  summaryDocument: { vi: 'Văn bản', en: 'Document' },
  summaryUnit: { vi: 'Đơn vị', en: 'Unit' },
  summaryDate: { vi: 'Ngày', en: 'Date' },
  summaryMissing: { vi: 'Thiếu mục', en: 'Missing' },
  numberWord: { vi: 'số', en: 'No.' },
  checkTooComplex: {
    vi: 'văn bản quá phức tạp để kiểm tra (vượt giới hạn bộ nhớ/độ sâu)',
    en: 'the document is too complex to check (memory or depth limit)',
  },
  internalError: {
    vi: 'lỗi nội bộ khi kiểm tra tệp này (đặt THETHUC_DEBUG=1 để xem chi tiết)',
    en: 'internal error while checking this file (set THETHUC_DEBUG=1 for details)',
  },
  checkFailed: { vi: 'lỗi khi kiểm tra: {reason}', en: 'the check failed: {reason}' },
  configInvalid: { vi: 'Tệp cấu hình {path} không hợp lệ:', en: 'The configuration file {path} is invalid:' },
  templateInvalid: { vi: 'Tệp mẫu đề cương {path} không hợp lệ:', en: 'The template file {path} is invalid:' },
  paragraphs: { vi: '{count} đoạn', en: '{count} paragraphs' },
  infos: { vi: '{count} gợi ý', en: '{count} suggestions' },
  unreadable: { vi: 'Không đọc được', en: 'Could not be read' },
  deleteText: { vi: '(xoá)', en: '(delete)' },
  summaryFile: { vi: 'Tệp', en: 'File' },
  summaryVerdict: { vi: 'Kết luận', en: 'Verdict' },
  summaryTotal: {
    vi: 'Tổng: {files} tệp — {ready} sẵn sàng trình ký, {review} cần xem lại, {notPassed} chưa đạt, {unreadable} không đọc được',
    en: 'Total: {files} files — {ready} ready to sign, {review} to review, {notPassed} not passed, {unreadable} unreadable',
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
