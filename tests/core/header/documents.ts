/**
 * Small, well-formed documents for the header tests, and helpers to break them one piece at a time.
 * Party documents are dated after 27/5/2026 (HD 05) unless a test says otherwise; today is 22/11/2026.
 */
import { createDocument, type DocumentModel, type Paragraph } from '../../../src/core/model';

export const TODAY = '2026-11-22';

export const partyReport = (): string[] => [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
  'ĐẢNG UỶ ĐẶC KHU PHÚ QUÝ',
  '*',
  'Số 12-BC/ĐU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Phú Quý, ngày 03 tháng 6 năm 2026',
  'BÁO CÁO',
  'kết quả công tác tháng 5 năm 2026',
  '-----',
  'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra.',
  'Nơi nhận:',
  '- Ban Thường vụ Tỉnh uỷ;',
  '- Các đồng chí đảng uỷ viên;',
  '- Lưu Văn phòng Đảng uỷ.',
  'T/M ĐẢNG UỶ',
  'BÍ THƯ',
  'Nguyễn Văn An',
];

export const partyCongVan = (): string[] => [
  'ĐẢNG BỘ TỈNH BÌNH ĐỊNH',
  'ĐẢNG UỶ KHỐI CÁC CƠ QUAN',
  '*',
  'Số 694-CV/ĐUK',
  'về việc báo cáo tổng kết Nghị quyết số 23-NQ/TW',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bình Định, ngày 15 tháng 9 năm 2026',
  'Kính gửi:',
  '- Các chi, đảng bộ cơ sở trực thuộc;',
  '- Ban Thường vụ Đoàn Khối các cơ quan tỉnh;',
  'Ban Thường vụ Đảng uỷ Khối đề nghị các chi, đảng bộ cơ sở xây dựng báo cáo gửi về trước ngày 30/9/2026.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu Văn phòng Đảng uỷ Khối.',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  'Nguyễn Hữu Lộc',
];

export const partyQuyDinh = (): string[] => [
  'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
  'ĐẢNG UỶ PHƯỜNG BA ĐÌNH',
  '*',
  'Số 05-QĐ/ĐU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Hà Nội, ngày 10 tháng 7 năm 2026',
  'QUY ĐỊNH',
  'về chế độ làm việc của Ban Thường vụ',
  '-----',
  '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
  '- Căn cứ Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư;',
  '- Xét đề nghị của Văn phòng Đảng uỷ.',
  'Ban Thường vụ Đảng uỷ quy định chế độ làm việc như sau.',
  'Nơi nhận:',
  '- Các chi bộ trực thuộc;',
  '- Lưu Văn phòng Đảng uỷ.',
  'T/M BAN THƯỜNG VỤ',
  'BÍ THƯ',
  'Trần Thị Bình',
];

export const partyToTrinh = (): string[] => [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
  'ĐẢNG UỶ ĐẶC KHU PHÚ QUÝ',
  '*',
  'Số 07-TTr/ĐU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Phú Quý, ngày 20 tháng 8 năm 2026',
  'TỜ TRÌNH',
  'về kiện toàn tổ chức bộ máy',
  '-----',
  'Kính trình:',
  '- Ban Thường vụ Tỉnh uỷ;',
  'Đảng uỷ đặc khu kính trình Ban Thường vụ Tỉnh uỷ xem xét.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu Văn phòng Đảng uỷ.',
  'T/M ĐẢNG UỶ',
  'BÍ THƯ',
  'Nguyễn Văn An',
];

export const stateDecision = (): string[] => [
  'UỶ BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
  '________',
  'Số: 15/QĐ-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '________________________',
  'Lâm Đồng, ngày 05 tháng 02 năm 2026',
  'QUYẾT ĐỊNH',
  'Về việc thành lập Tổ công tác',
  '________',
  'Căn cứ Luật Tổ chức chính quyền địa phương;',
  'Theo đề nghị của Giám đốc Sở Nội vụ.',
  'Điều 1. Thành lập Tổ công tác.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT, NC.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Lê Văn Cường',
];

export const stateCongVan = (): string[] => [
  'UBND TỈNH BÌNH ĐỊNH',
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  '________',
  'Số: 125/SGDĐT-VP',
  'V/v tổ chức hội nghị',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Bình Định, ngày 15 tháng 9 năm 2022',
  'Kính gửi: Các trường trung học phổ thông.',
  'Sở Giáo dục và Đào tạo đề nghị các trường cử đại diện dự hội nghị.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, VP.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Phạm Thị Dung',
];

export type Change =
  { replace: string; by: string } | { remove: string } | { insertAfter: string; text: string } | { append: string };

/** Applies changes to paragraph texts (whole-paragraph matches). */
export function change(base: string[], ...changes: Change[]): string[] {
  let out = [...base];
  for (const c of changes) {
    if ('append' in c) {
      out.push(c.append);
      continue;
    }
    const target = 'replace' in c ? c.replace : 'remove' in c ? c.remove : c.insertAfter;
    const i = out.indexOf(target);
    if (i < 0) throw new Error(`No paragraph "${target}"`);
    if ('replace' in c) out[i] = c.by;
    else if ('remove' in c) out = [...out.slice(0, i), ...out.slice(i + 1)];
    else out = [...out.slice(0, i + 1), c.text, ...out.slice(i + 1)];
  }
  return out;
}

export function doc(paragraphs: Array<string | Paragraph>): DocumentModel {
  return createDocument(paragraphs);
}
