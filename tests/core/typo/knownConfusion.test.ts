import { applyTextEdits } from '../../../src/core/applyEdits';
import { createDocument } from '../../../src/core/model';
import { CONFUSIONS, knownConfusion } from '../../../src/core/rules/typo/knownConfusion';
import { runRules } from '../../../src/core/runner';
import { syllableKey } from '../../../src/core/vi/syllable';

const findingsFor = (text: string, id: string) =>
  runRules(createDocument([text]), [knownConfusion]).filter((f) => f.data?.entry === id);

describe('known-confusion entries (generated from confusions.json)', () => {
  it('has unique ids and complete entries', () => {
    const ids = CONFUSIONS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of CONFUSIONS) {
      expect(e.example).toBeTruthy();
      expect(e.nearMiss).toBeTruthy();
      expect(e.note).toBeTruthy();
    }
  });

  describe.each(CONFUSIONS.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    it(`flags the example: ${entry.example}`, () => {
      const found = findingsFor(entry.example, id);
      expect(found).toHaveLength(1);
      const fixed = applyTextEdits(createDocument([entry.example]), found[0].fix ?? []).paragraphs[0].text;
      if (entry.right) {
        const rightKeys = entry.right.split(' ').map(syllableKey).join(' ');
        const fixedKeys = fixed
          .split(/[\s,.;:]+/)
          .filter(Boolean)
          .map(syllableKey)
          .join(' ');
        expect(fixedKeys).toContain(rightKeys);
      } else {
        expect(fixed.split(' ')).not.toContain(entry.wrong);
      }
      expect(findingsFor(fixed, id)).toHaveLength(0);
    });
    it(`leaves the near miss alone: ${entry.nearMiss}`, () => {
      expect(findingsFor(entry.nearMiss, id)).toHaveLength(0);
    });
  });
});

describe('known-confusion matching', () => {
  it('keeps the case of the text it replaces', () => {
    const [f] = runRules(createDocument(['Nổ lực vượt khó.']), [knownConfusion]);
    expect(f.suggestions).toEqual(['Nỗ lực']);
  });
  it('does not match across punctuation', () => {
    expect(runRules(createDocument(['thực, nhiện']), [knownConfusion])).toHaveLength(0);
  });
  it('treats both tone placements alike', () => {
    expect(runRules(createDocument(['Ban Thường vụ Tĩnh ủy']), [knownConfusion])).toHaveLength(1);
  });
});

describe('known-confusion: a wrong form straddling two right words', () => {
  it.each([
    ['Bộ phận có chức năng xuất nhập cảnh.', 'nang-suat'],
    ['Đánh giá khả năng xuất bản tài liệu.', 'nang-suat'],
    ['Thực hiện dân chủ chương trình hành động.', 'chu-truong'],
    ['02 ảnh màu chân dung cỡ 2 cm x 3 cm.', 'dung-stray'],
  ])('leaves "%s" alone', (text, id) => {
    expect(findingsFor(text, id)).toHaveLength(0);
  });

  it.each([
    ['Nâng cao năng xuất lao động.', 'nang-suat'],
    ['Chức năng xuất sắc nhất là năng xuất cao.', 'nang-suat'],
    ['Quán triệt chủ chương của Đảng.', 'chu-truong'],
  ])('still flags "%s" (only one side is a word)', (text, id) => {
    expect(findingsFor(text, id)).toHaveLength(1);
  });
});
