import { buildHeaderEdit, buildSignatureEdit, type SignatureInput } from '../../src/core/header';
import { runRules } from '../../src/core/runner';
import { headerRules } from '../../src/core/rules/header';
import { Tags } from '../../src/core/tags';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord } from '../fakes/fakeWord';
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
    expect(texts).toContain('Số 694-BC/ĐUK');
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
    expect(texts).toContain('Số 695-BC/ĐUK');
    expect(texts).not.toContain('Số 694-BC/ĐUK');
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
