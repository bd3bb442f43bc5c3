import type { HeaderInput } from '../../src/core/header';

/** The Party header of seed 001, used by the Word adapter tests that insert a header. */
export const partyHeader: HeaderInput = {
  profile: 'party',
  superiorBody: 'ĐẢNG BỘ TỈNH BÌNH ĐỊNH',
  issuingBody: 'ĐẢNG UỶ KHỐI CÁC CƠ QUAN',
  issuerAbbr: 'ĐUK',
  typeId: 'bao-cao',
  number: '694',
  place: 'Bình Định',
  date: '2026-09-15',
  summary: 'tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW',
};
