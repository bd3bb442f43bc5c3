import type { LocalizedText } from '../core/i18n';

/** Texts of the "Phần đầu" tab (header, signature and Nơi nhận), Vietnamese first. */
export const HEADER_TEXT = {
  profile: { vi: 'Loại văn bản theo hệ thống', en: 'Document system' },
  party: { vi: 'Văn bản của Đảng', en: 'Party document' },
  state: { vi: 'Văn bản hành chính nhà nước', en: 'State document' },
  headerTitle: { vi: 'Phần đầu văn bản', en: 'Document header' },
  superiorBody: { vi: 'Cơ quan cấp trên (nếu có)', en: 'Superior body (optional)' },
  issuingBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  issuerAbbr: { vi: 'Chữ viết tắt cơ quan ban hành', en: 'Issuer abbreviation' },
  issuerAbbrHint: { vi: 'Đề xuất theo tên cơ quan; có thể sửa.', en: 'Proposed from the name; you can edit it.' },
  unitAbbr: { vi: 'Đơn vị soạn thảo (công văn)', en: 'Drafting unit (công văn)' },
  type: { vi: 'Tên loại văn bản', en: 'Document type' },
  number: { vi: 'Số văn bản', en: 'Number' },
  numberHint: { vi: 'Để trống nếu là dự thảo.', en: 'Leave blank for a draft.' },
  place: { vi: 'Địa danh', en: 'Place' },
  date: { vi: 'Ngày ban hành', en: 'Date' },
  summary: { vi: 'Trích yếu nội dung', en: 'Summary (trích yếu)' },
  summaryCongVan: {
    vi: 'Trích yếu (đặt dưới số và ký hiệu)',
    en: 'Summary (placed under the number)',
  },
  recipients: { vi: '{label} (mỗi dòng một nơi)', en: '{label} (one per line)' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  insertHeader: { vi: 'Chèn phần đầu', en: 'Insert header' },
  signatureTitle: { vi: 'Chữ ký và nơi nhận', en: 'Signature and recipients' },
  authority: { vi: 'Quyền hạn ký', en: 'Signing authority' },
  direct: { vi: 'Cấp trưởng ký trực tiếp', en: 'Head signs directly' },
  authorityBody: { vi: 'Thay mặt / ký thay cho', en: 'On behalf of' },
  office: { vi: 'Chức vụ người ký', en: 'Signer’s office' },
  signer: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  noiNhan: { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Recipients, Nơi nhận (one per line)' },
  nhuTren: { vi: 'Thêm “Như trên” đầu danh sách', en: 'Start with “Như trên”' },
  archive: { vi: 'Lưu tại', en: 'Archive' },
  archiveHintParty: { vi: 'Ví dụ: Văn phòng Đảng uỷ', en: 'e.g. Văn phòng Đảng uỷ' },
  archiveHintState: { vi: 'Ví dụ: VT, VP', en: 'e.g. VT, VP' },
  insertSignature: { vi: 'Chèn chữ ký và nơi nhận', en: 'Insert signature and recipients' },
  tracked: {
    vi: 'Chế độ theo dõi thay đổi đang bật: phần chèn sẽ hiện là thay đổi được theo dõi.',
    en: 'Change tracking is on: the insertion will show as a tracked change.',
  },
  readOnly: {
    vi: 'Văn bản đang ở chế độ chỉ đọc: không chèn được. Hãy bật chỉnh sửa rồi thử lại.',
    en: 'The document is read-only: nothing can be inserted. Enable editing and try again.',
  },
  missingIssuer: { vi: 'Hãy nhập tên cơ quan ban hành.', en: 'Enter the issuing body.' },
  missingSigner: { vi: 'Hãy nhập họ tên người ký.', en: 'Enter the signer’s name.' },
  insertedHeader: { vi: 'Đã chèn phần đầu văn bản.', en: 'Header inserted at the start of the document.' },
  insertedSignature: {
    vi: 'Đã chèn chữ ký và nơi nhận vào cuối văn bản.',
    en: 'Signature and recipients inserted at the end.',
  },
  insertedTracked: {
    vi: ' Phần chèn được ghi là thay đổi được theo dõi.',
    en: ' The insertion is recorded as a tracked change.',
  },
  stale: {
    vi: 'Văn bản đã thay đổi trong lúc chèn nên chưa chèn gì; nội dung của bạn được giữ nguyên. Hãy thử lại.',
    en: 'The document changed during the insertion, so nothing was inserted; your text is unchanged. Try again.',
  },
  nothingApplied: {
    vi: 'Không chèn được (Word không thực hiện thay đổi nào).',
    en: 'Nothing was inserted (Word made no change).',
  },
  ruleSet: { vi: 'Áp dụng: {name}', en: 'Rules: {name}' },
  handHeaderFound: {
    vi: 'Văn bản đã có phần đầu gõ tay (đoạn {first}–{last}). Các ô dưới đây đã điền theo phần đầu đó; hãy xem lại trước khi chèn.',
    en: 'The document already has a typed header (paragraphs {first}–{last}). The form below is filled from it; review it before inserting.',
  },
  replaceAsk: {
    vi: 'Văn bản đã có phần đầu (đoạn {first}–{last}) không do Thể thức chèn. Thay phần đó bằng phần đầu mới? Không thay thì không chèn gì, để văn bản không có hai phần đầu.',
    en: 'The document already has a header (paragraphs {first}–{last}) that Thể thức did not insert. Replace it with the new one? Otherwise nothing is inserted, so the document never gets two headers.',
  },
  replaceConfirm: { vi: 'Thay phần đầu hiện có', en: 'Replace the existing header' },
  replaceCancel: { vi: 'Huỷ', en: 'Cancel' },
  replacedHeader: { vi: 'Đã thay phần đầu văn bản.', en: 'The header was replaced.' },
  dateHint: {
    vi: 'Ngày/tháng/năm, ví dụ 05/02/2026. Để trống nếu là dự thảo.',
    en: 'Day/month/year, e.g. 05/02/2026. Leave blank for a draft.',
  },
  dateFormat: {
    vi: 'Ngày “{text}” không đúng dạng ngày/tháng/năm. Hãy nhập ví dụ 05/02/2026.',
    en: '“{text}” is not a day/month/year date. Type e.g. 05/02/2026.',
  },
  dateNoSuchDay: {
    vi: 'Không có ngày {day}/{month}/{year}. Hãy kiểm tra lại ngày và tháng.',
    en: 'There is no {day}/{month}/{year}. Check the day and the month.',
  },
  dateInvalidInsert: {
    vi: 'Ngày ban hành chưa hợp lệ nên chưa chèn gì. Hãy sửa ngày (hoặc xoá để để trống).',
    en: 'The date is not valid, so nothing was inserted. Correct it (or clear it to leave it blank).',
  },
  openCalendar: { vi: 'Chọn ngày trên lịch', en: 'Pick a date on the calendar' },
  calendar: { vi: 'Lịch', en: 'Calendar' },
  previousMonth: { vi: 'Tháng trước', en: 'Previous month' },
  nextMonth: { vi: 'Tháng sau', en: 'Next month' },
  today: { vi: 'Hôm nay', en: 'Today' },
  summarySuggestion: { vi: 'Gợi ý: “{text}”. {reason}', en: 'Suggestion: “{text}”. {reason}' },
  applySuggestion: { vi: 'Dùng gợi ý', en: 'Use the suggestion' },
  restoredDraft: {
    vi: 'Các ô đã điền theo lần soạn trước cho văn bản này.',
    en: 'The form is filled from your last session on this document.',
  },
} satisfies Record<string, LocalizedText>;

export const RULE_SET_NAMES: Record<string, string> = {
  hd05: 'Hướng dẫn 05-HD/VPTW (27/5/2026)',
  hd36: 'Hướng dẫn 36-HD/VPTW (2018)',
  nd30: 'Nghị định 30/2020/NĐ-CP',
};

/** Month names and weekday names (Monday first, as Vietnamese calendars print them). */
export const CALENDAR_VI = {
  months: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  weekdaysShort: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
};

export const CALENDAR_EN = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  weekdaysShort: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};
