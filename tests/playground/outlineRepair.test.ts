/** @jest-environment jsdom */
import { checkDocument, recheckDocument } from '../../src/core/check';
import type { SettingsStore } from '../../src/core/host';
import { createDocument } from '../../src/core/model';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';

class MemorySettings implements SettingsStore {
  private readonly values = new Map<string, string>();
  get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: string) {
    this.values.set(key, value);
  }
}

const body = 'Nội dung đã viết của đơn vị, giữ nguyên khi bổ sung phần còn thiếu của báo cáo.';
const config = { templateId: 'bao-cao-tong-ket' };
const paragraphs = [
  'BÁO CÁO',
  'Kết quả công tác năm 2023',
  'I. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  body,
  '2. Hạn chế, khuyết điểm',
  body,
  '3. Bài học kinh nghiệm',
  body,
  'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
  body,
];

function setUp() {
  const root = document.createElement('div');
  document.body.append(root);
  const host = new PlaygroundHost(root, { settings: new MemorySettings() });
  host.load(createDocument(paragraphs));
  return host;
}

async function missingSectionFix(host: PlaygroundHost) {
  const result = checkDocument(await host.read(), config);
  const finding = result.findings.find((f) => f.ruleId === 'required-section' && f.fix)!;
  return { result, fix: finding.fix! };
}

const numbered = (texts: string[]) => texts.filter((t) => /^[IV]+\. /.test(t));

describe('the "add missing section" fix in the playground', () => {
  it('inserts the section and renumbers the ones after it in one apply; the re-check is clean', async () => {
    const host = setUp();
    const { result, fix } = await missingSectionFix(host);
    const applied = await host.apply(fix);
    expect(applied).toMatchObject({ stale: [], applied: fix.length });
    const doc = await host.read();
    expect(numbered(doc.paragraphs.map((p) => p.text))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    ]);
    const again = recheckDocument(result, doc, config);
    expect(again.findings.filter((f) => f.ruleId === 'numbering-sequence')).toEqual([]);
  });

  it('refuses the renumbering of a heading changed since the check, and the re-check then reports the numbers', async () => {
    const host = setUp();
    const { result, fix } = await missingSectionFix(host);
    // The writer retitles section II before clicking the fix.
    const heading = [...host.root.querySelectorAll('p')].find((p) => p.textContent === 'I. ĐÁNH GIÁ CHUNG')!;
    heading.textContent = 'I. ĐÁNH GIÁ KẾT QUẢ';
    const applied = await host.apply(fix);
    const refused = applied.stale.map((i) => fix[i]);
    expect(refused).toMatchObject([{ kind: 'replaceText', expected: 'I. ĐÁNH GIÁ CHUNG' }]);
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toContain('I. ĐÁNH GIÁ KẾT QUẢ');
    const again = recheckDocument(result, doc, config);
    // "I." twice (the refused heading kept its number), then "III." with no "II." before it.
    expect(again.findings.filter((f) => f.ruleId === 'numbering-sequence').map((f) => [f.text, f.messageId])).toEqual([
      ['I.', 'repeated'],
      ['III.', 'gap'],
    ]);
  });
});
