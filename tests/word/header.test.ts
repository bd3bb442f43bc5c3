import { buildHeaderEdit, buildSignatureEdit, type SignatureInput } from '../../src/core/header';
import { runRules } from '../../src/core/runner';
import { headerRules } from '../../src/core/rules/header';
import { Tags } from '../../src/core/tags';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord } from '../fakes/fakeWord';
import { ruleIndent, TEXT_WIDTH_POINTS, CELL_PADDING_POINTS, columnWidthsInPoints } from '../../src/word/blockPlan';
import { partyHeader } from './fixtures';

const header = partyHeader;

const signature: SignatureInput = {
  profile: 'party',
  date: '2026-09-15',
  authority: 'T/M',
  authorityBody: 'BAN THƯỜNG VỤ',
  office: 'PHÓ BÍ THƯ',
  signer: 'Nguyễn Hữu Lộc',
  recipients: ['Ban Thường vụ Tỉnh uỷ'],
  archive: 'Văn phòng Đảng uỷ Khối',
};

const userText = [
  'Thực hiện Kế hoạch số 33-KH/TU của Ban Thường vụ Tỉnh uỷ, Đảng uỷ Khối báo cáo như sau:',
  'I. KẾT QUẢ',
];

describe('header and signature insertion through WordHost on the fake Word', () => {
  it('inserts the header at the start in one read and one write sync, leaving the user text as it was', async () => {
    const fake = createFakeWord(userText);
    const host = new WordHost(fake.env);
    const before = fake.syncCount;
    const result = await host.apply([buildHeaderEdit(header)]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(fake.syncCount - before).toBe(2);
    expect(fake.tables()).toHaveLength(1);
    const texts = fake.texts();
    expect(texts.slice(-2)).toEqual(userText);
    expect(texts).toContain('Số 694\u2011BC/ĐUK');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toContain('Bình Định, ngày 15 tháng 9 năm 2026');
  });

  it('replaces the header in place on a second insertion: exactly one header afterwards', async () => {
    const fake = createFakeWord(userText);
    const host = new WordHost(fake.env);
    await host.apply([buildHeaderEdit(header)]);
    const before = fake.syncCount;
    await host.apply([buildHeaderEdit({ ...header, number: '695' })]);
    expect(fake.syncCount - before).toBe(2);
    expect(fake.tables()).toHaveLength(1);
    const texts = fake.texts();
    expect(texts.filter((t) => t === 'ĐẢNG CỘNG SẢN VIỆT NAM')).toHaveLength(1);
    expect(texts).toContain('Số 695\u2011BC/ĐUK');
    expect(texts).not.toContain('Số 694\u2011BC/ĐUK');
    expect(texts.slice(-2)).toEqual(userText);
  });

  it('header and signature read back through the adapter pass every header rule', async () => {
    const fake = createFakeWord(userText);
    const host = new WordHost(fake.env);
    await host.apply([buildHeaderEdit(header), buildSignatureEdit(signature)]);
    await host.apply([buildSignatureEdit(signature)]);
    const doc = await host.read();
    expect(doc.paragraphs.filter((p) => p.controlTag === Tags.signature).length).toBeGreaterThan(0);
    expect(doc.paragraphs.filter((p) => p.text === 'T/M BAN THƯỜNG VỤ')).toHaveLength(1);
    const findings = runRules(doc, headerRules, { today: '2026-11-22' });
    expect(findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

describe('rules drawn as lines, recipients as a hanging list', () => {
  const stateHeader = {
    profile: 'state' as const,
    superiorBody: 'UBND tỉnh Lâm Đồng',
    issuingBody: 'Sở Nội vụ',
    issuerAbbr: 'SNV',
    typeId: 'quyet-dinh',
    number: '5',
    place: 'Lâm Đồng',
    date: '2026-02-05',
    summary: 'Về việc thành lập Tổ công tác',
  };

  it('the line under the Party title is a bottom border as long as the title, centred in its cell, no underscores', async () => {
    const fake = createFakeWord(userText);
    const host = new WordHost(fake.env);
    expect(await host.apply([buildHeaderEdit(header)])).toEqual({ applied: 1, stale: [] });
    const paragraphs = fake.paragraphs();
    expect(paragraphs.filter((p) => /_{3,}/.test(p.text))).toEqual([]);
    const title = paragraphs.findIndex((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    const rule = paragraphs[title + 1];
    expect(rule).toMatchObject({ text: '', cell: { row: 0, cell: 1 }, borderBottom: { type: 'Single' } });
    // Centred: equal indents, and the line's length (cell width minus both indents) is the title's estimate.
    const cell = columnWidthsInPoints([45, 55])[1] - CELL_PADDING_POINTS;
    expect(rule.leftIndent).toBe(rule.rightIndent);
    expect(cell - 2 * rule.leftIndent).toBeGreaterThan(180);
    expect(cell - 2 * rule.leftIndent).toBeLessThan(240);
    // Only the rule has a border: the date after it does not inherit it (rules are written last).
    expect(paragraphs.filter((p) => p.borderBottom)).toEqual([rule]);
    expect(paragraphs[title + 2]).toMatchObject({ text: 'Bình Định, ngày 15 tháng 9 năm 2026', leftIndent: 0 });
    expect(paragraphs[title + 2].borderBottom).toBeUndefined();
  });

  it("State: the motto's line is longer than the issuer's; the line under the trích yếu sits in the page", async () => {
    const fake = createFakeWord(userText);
    await new WordHost(fake.env).apply([buildHeaderEdit(stateHeader)]);
    const rules = fake.paragraphs().filter((p) => p.borderBottom);
    expect(rules).toHaveLength(3);
    const [issuer, motto, summary] = rules;
    expect(issuer.cell?.cell).toBe(0);
    expect(motto.cell?.cell).toBe(1);
    expect(summary.cell).toBeUndefined();
    const length = (p: typeof issuer, width: number) => width - p.leftIndent - p.rightIndent;
    const [left, right] = columnWidthsInPoints([40, 60]).map((w) => w - CELL_PADDING_POINTS);
    expect(length(motto, right)).toBeGreaterThan(length(issuer, left));
    expect(length(summary, TEXT_WIDTH_POINTS)).toBeGreaterThan(0);
    expect(ruleIndent(TEXT_WIDTH_POINTS + 10, TEXT_WIDTH_POINTS)).toBe(0);
  });

  it('several recipients: each item a hanging indent (left indent, negative first line)', async () => {
    const fake = createFakeWord(userText);
    await new WordHost(fake.env).apply([
      buildHeaderEdit({ ...header, typeId: 'cong-van', recipients: ['Ban Thường vụ Tỉnh uỷ', 'Các ban đảng'] }),
    ]);
    const items = fake.paragraphs().filter((p) => p.text.startsWith('- '));
    expect(items.map((p) => p.text)).toEqual(['- Ban Thường vụ Tỉnh uỷ;', '- Các ban đảng.']);
    for (const p of items) {
      expect(p.leftIndent).toBeGreaterThan(0);
      expect(p.firstLineIndent).toBeLessThan(0);
    }
  });
});
