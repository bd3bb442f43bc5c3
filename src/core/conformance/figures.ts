/**
 * Whether a text gives figures (counts, sizes, rates): a percentage, a number that is not part of a document
 * reference, date or year, or a number word before a counting unit ("hai lần", "ba hội nghị").
 */
export function hasFigures(text: string): boolean {
  const withoutReferences = REFERENCES.reduce((t, pattern) => t.replace(pattern, ' '), text);
  return /\d/.test(withoutReferences) || COUNTED_WORDS.test(withoutReferences);
}

const REFERENCES: readonly RegExp[] = [
  // Document numbers and symbols: "số 23-NQ/TW", "57-KL/TW", "1593/VPUBND-THVX", "Số 694-CV/ĐUK".
  /\b[Ss]ố\s+\d+[\p{L}\d/.-]*/gu,
  /\d+[-/][\p{Lu}][\p{L}\d/-]*/gu,
  // Dates and years: "04/10/2022", "ngày 12/3/2003", "tháng 9 năm 2022", "năm 2022", "2015 - 2020".
  /\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/g,
  /\b(?:ngày|tháng)\s+\d{1,2}\b/gu,
  /\b(?:19|20)\d{2}\b/g,
  // Decree points and article numbers cited in the text: "Điều 5", "khoản 2", "điểm a".
  /\b(?:[Đđ]iều|[Kk]hoản|[Cc]hương|[Mm]ục)\s+\d+/gu,
];

const NUMBER_WORDS = 'một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ';
const UNITS =
  'lần|đợt|buổi|lớp|hội nghị|cuộc|văn bản|kế hoạch|chương trình|người|lượt|đảng viên|cán bộ|đồng chí|tổ chức|đơn vị';
const COUNTED_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${NUMBER_WORDS})\\s+(?:${UNITS})(?=$|[^\\p{L}])`, 'iu');
