import { createDocument } from '../../src/core/model';
import { Tags } from '../../src/core/tags';
import { findHandTypedHeader } from '../../src/taskpane/handHeader';

/** A Party header typed line by line, as in a text file or a document without the add-in. */
const TYPED = [
  'ĐẢNG BỘ TỈNH BẮC NINH',
  'TỈNH UỶ',
  '*',
  'Số 12-BC/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bắc Ninh, ngày 05 tháng 3 năm 2026',
  '',
  'BÁO CÁO',
  'tổng kết công tác năm 2025',
  '-----',
  'Năm 2025, Tỉnh uỷ đã lãnh đạo toàn diện các mặt công tác và đạt nhiều kết quả quan trọng.',
];

describe('findHandTypedHeader', () => {
  it('finds the typed header, the paragraphs it spans and what they read', () => {
    const found = findHandTypedHeader(createDocument(TYPED))!;
    expect(found).not.toBeNull();
    expect([found.first, found.last]).toEqual([0, 9]);
    expect(found.position).toEqual({ at: 'replaceParagraphs', first: 0, last: 9, expected: TYPED.slice(0, 10) });
  });

  it('pre-fills the form from it', () => {
    expect(findHandTypedHeader(createDocument(TYPED))!.prefill).toMatchObject({
      profile: 'party',
      superiorBody: 'ĐẢNG BỘ TỈNH BẮC NINH',
      issuingBody: 'TỈNH UỶ',
      issuerAbbr: 'TU',
      typeId: 'bao-cao',
      number: '12',
      place: 'Bắc Ninh',
      date: '2026-03-05',
      summary: 'tổng kết công tác năm 2025',
    });
  });

  it("ignores the add-in's own header (it is replaced in place by its tag)", () => {
    const own = createDocument(TYPED.map((text, i) => (i < 10 ? { text, controlTag: Tags.header } : { text })));
    expect(findHandTypedHeader(own)).toBeNull();
  });

  it('finds nothing in a document without a header', () => {
    expect(findHandTypedHeader(createDocument(TYPED.slice(10)))).toBeNull();
    // A date alone in the body is not a header.
    expect(findHandTypedHeader(createDocument(['Nội dung.', 'Hà Nội, ngày 05 tháng 3 năm 2026']))).toBeNull();
  });
});
