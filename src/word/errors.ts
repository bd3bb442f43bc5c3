import type { LocalizedText } from '../core/i18n';
import { localize } from '../core/i18n';

export const WordMessages = {
  readOnly: {
    vi: 'Tài liệu đang ở chế độ chỉ đọc hoặc được bảo vệ nên không sửa được. Hãy bật chỉnh sửa (Enable Editing) hoặc bỏ bảo vệ rồi thử lại. Tài liệu chưa bị thay đổi.',
    en: 'The document is read-only or protected, so it cannot be changed. Enable editing or remove the protection and try again. Nothing was changed.',
  },
  commentsUnsupported: {
    vi: 'Phiên bản Word này chưa hỗ trợ ghi chú từ phần bổ trợ (cần WordApi 1.4: Microsoft 365, Word 2024, Word trên web). Hãy dùng danh sách lỗi trong khung bên phải.',
    en: 'This version of Word does not let add-ins write comments (WordApi 1.4 needed: Microsoft 365, Word 2024, Word on the web). Use the findings list in the task pane.',
  },
  notFound: {
    vi: 'Không tìm thấy vị trí cần sửa trong tài liệu (có thể tài liệu vừa được sửa). Hãy kiểm tra lại rồi thử lại.',
    en: 'The place to change was not found in the document (it may have just been edited). Check again and retry.',
  },
  notSupported: {
    vi: 'Phiên bản Word này không cho phép phần bổ trợ thực hiện thao tác này ({code}). Một phần thay đổi có thể đã được ghi; hãy kiểm tra lại tài liệu.',
    en: 'This version of Word does not let add-ins do this ({code}). Part of the change may have been written; check the document.',
  },
  searchDialogOpen: {
    vi: 'Hãy đóng hộp thoại Tìm và Thay thế (Find and Replace) của Word rồi thử lại. Tài liệu chưa bị thay đổi.',
    en: 'Close Word’s Find and Replace dialog and try again. Nothing was changed.',
  },
  insideTable: {
    vi: 'Con trỏ đang ở trong một ô của bảng nên không chèn được ở đó. Hãy đặt con trỏ vào một đoạn văn ngoài bảng rồi thử lại. Tài liệu chưa bị thay đổi.',
    en: 'The cursor is in a table cell, so nothing can be inserted there. Put the cursor in a paragraph outside the table and try again. Nothing was changed.',
  },
  insideControl: {
    vi: 'Con trỏ đang ở trong một khối nội dung (content control) nên không chèn được ở đó. Hãy đặt con trỏ ra ngoài khối đó rồi thử lại. Tài liệu chưa bị thay đổi.',
    en: 'The cursor is inside a content control, so nothing can be inserted there. Put the cursor outside it and try again. Nothing was changed.',
  },
  notLanded: {
    vi: 'Word đã chèn nhưng kết quả không như mong đợi ({detail}). Hãy xem lại phần vừa chèn (có thể bấm Hoàn tác) rồi thử lại.',
    en: 'Word inserted the block but it did not come out as expected ({detail}). Check what was inserted (Undo is available) and try again.',
  },
  failed: {
    vi: 'Word báo lỗi khi thực hiện thay đổi ({code}). Hãy kiểm tra lại tài liệu rồi thử lại.',
    en: 'Word reported an error while making the change ({code}). Check the document and try again.',
  },
} satisfies Record<string, LocalizedText>;

/** Office error codes meaning the document cannot be written. */
const PROTECTION_CODES = new Set(['AccessDenied', 'ActionNotSupportedInReadOnlyMode']);
/** Word on the web answers NotAllowed for actions it does not support (office-js#785, #53). */
const UNSUPPORTED_CODES = new Set(['NotAllowed', 'ApiNotFound', 'NotImplemented']);
const NOT_FOUND_CODES = new Set(['ItemNotFound', 'SearchStringInvalidOrTooLong', 'InvalidObjectPath']);

export function officeErrorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return error instanceof Error ? error.name : 'Unknown';
}

export function isProtectionError(error: unknown): boolean {
  return PROTECTION_CODES.has(officeErrorCode(error));
}

/** A clear message for an Office error, Vietnamese first. */
export function officeErrorMessage(error: unknown): LocalizedText {
  const code = officeErrorCode(error);
  // Word.ErrorCodes.searchDialogIsOpen (office-js#4922): every search fails while the dialog is open.
  if (code === 'SearchDialogIsOpen') return WordMessages.searchDialogOpen;
  if (PROTECTION_CODES.has(code)) return WordMessages.readOnly;
  if (NOT_FOUND_CODES.has(code)) return WordMessages.notFound;
  if (UNSUPPORTED_CODES.has(code)) return localize(WordMessages.notSupported, { code });
  return localize(WordMessages.failed, { code });
}
