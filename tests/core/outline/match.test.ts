import { createDocument } from '../../../src/core/model';
import { extractOutline } from '../../../src/core/outline/headings';
import { MATCH_THRESHOLD, matchTemplate, sectionSimilarity, titleSimilarity } from '../../../src/core/outline/match';
import { Tags } from '../../../src/core/tags';
import { getTemplate } from '../../../src/core/templates';
import type { OutlineTemplate } from '../../../src/core/templates/types';
import { itWithSeed, seed000 } from './seeds';

const body = 'Nội dung của phần này được trình bày thành đoạn văn đầy đủ, có số liệu và đánh giá cụ thể.';

const small: OutlineTemplate = {
  id: 'nho',
  name: { vi: 'Nhỏ', en: 'Small' },
  documentType: 'Báo cáo',
  profile: 'any',
  sections: [
    { id: 'I', title: 'Kết quả', level: 1, numbering: 'roman-dash', required: true, children: [] },
    {
      id: 'II',
      title: 'Đánh giá chung',
      level: 1,
      numbering: 'roman-dash',
      required: true,
      children: [
        {
          id: 'II.1',
          title: 'Ưu điểm',
          level: 2,
          numbering: 'arabic-dot',
          required: true,
          alternatives: ['Ưu điểm, nguyên nhân'],
          children: [],
        },
        { id: 'II.2', title: 'Hạn chế', level: 2, numbering: 'arabic-dot', required: true, children: [] },
      ],
    },
    { id: 'III', title: 'Kiến nghị', level: 1, numbering: 'roman-dash', required: false, children: [] },
  ],
};

describe('titleSimilarity', () => {
  it('ignores accents, case, numbering punctuation and function words', () => {
    expect(titleSimilarity('ĐÁNH GIÁ CHUNG', 'Đánh giá chung')).toBe(1);
    expect(titleSimilarity('Danh gia chung', 'Đánh giá chung')).toBe(1);
    expect(titleSimilarity('Ưu điểm và nguyên nhân của ưu điểm', 'Ưu điểm, nguyên nhân')).toBeGreaterThanOrEqual(
      MATCH_THRESHOLD,
    );
  });

  it('does not confuse sections that share only generic words', () => {
    expect(titleSimilarity('Hạn chế', 'Ưu điểm')).toBe(0);
    expect(titleSimilarity('Hạn chế, nguyên nhân', 'Ưu điểm, nguyên nhân')).toBeLessThan(MATCH_THRESHOLD);
    expect(titleSimilarity('Ưu điểm', 'Hạn chế, khuyết điểm')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('honours alternative titles', () => {
    const section = small.sections[1].children[0];
    expect(sectionSimilarity(section, 'Ưu điểm và nguyên nhân của ưu điểm')).toBe(1);
  });
});

describe('matchTemplate', () => {
  it('pairs headings with sections and lists the missing required ones', () => {
    const doc = createDocument([
      'I. KẾT QUẢ',
      body,
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm và nguyên nhân của ưu điểm',
      body,
    ]);
    const m = matchTemplate(doc, small);
    expect(m.sections.map((s) => [s.section.id, s.heading?.paragraph])).toEqual([
      ['I', 0],
      ['II', 2],
      ['II.1', 3],
      ['II.2', undefined],
      ['III', undefined],
    ]);
    expect(m.missing.map((s) => s.section.id)).toEqual(['II.2']);
    expect(m.outOfOrder).toEqual([]);
  });

  it('reports sections placed out of order', () => {
    const doc = createDocument(['I. Kết quả', body, 'II. Đánh giá chung', '1. Hạn chế', body, '2. Ưu điểm', body]);
    const m = matchTemplate(doc, small);
    expect(m.outOfOrder.map((s) => s.section.id)).toHaveLength(1);
    expect(['II.1', 'II.2']).toContain(m.outOfOrder[0].section.id);
  });

  it('accepts an outline already extracted', () => {
    const doc = createDocument(['I. Kết quả', body, 'II. Hạn chế', body]);
    const m = matchTemplate(extractOutline(doc), small);
    expect(m.sections.find((s) => s.section.id === 'II.2')!.heading?.paragraph).toBe(2);
  });

  it('counts a section whose guidance control is in the document as present', () => {
    const doc = createDocument([
      'I. Kết quả',
      { text: '', controlTag: Tags.guide('nho', 'I'), showsPlaceholder: true },
      { text: '', controlTag: Tags.guide('nho', 'II.2'), showsPlaceholder: true },
    ]);
    const m = matchTemplate(doc, small);
    const limits = m.sections.find((s) => s.section.id === 'II.2')!;
    expect(limits.heading).toBeUndefined();
    expect(limits.guide).toEqual({ paragraph: 2, showsPlaceholder: true });
    expect(m.missing.map((s) => s.section.id)).toEqual(['II', 'II.1']);
  });

  itWithSeed(seed000)('finds Ưu điểm, Hạn chế, Bài học and Nhiệm vụ of seed 000 under its own numbering', () => {
    for (const id of ['nq23-tong-ket-20-nam', 'bao-cao-tong-ket']) {
      const m = matchTemplate(seed000!, getTemplate(id)!);
      const found = (title: RegExp) => m.sections.find((s) => title.test(s.section.title))!.heading?.title;
      expect(found(/^Ưu điểm/)).toBe('Ưu điểm và nguyên nhân của ưu điểm');
      expect(found(/^Hạn chế/)).toBe('Hạn chế và nguyên nhân của hạn chế');
      expect(found(/^Bài học/)).toBe('Bài học kinh nghiệm');
      expect(found(/nhiệm vụ, giải pháp/)).toBe('NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU');
      expect(m.outOfOrder).toEqual([]);
    }
  });

  itWithSeed(seed000)('shows seed 000 does not follow the outline of 001 section by section', () => {
    const m = matchTemplate(seed000!, getTemplate('nq23-tong-ket-20-nam')!);
    const missing = m.missing.map((s) => s.section.id);
    expect(missing).toContain('I');
    expect(missing).toContain('II.2.1');
    expect(missing).not.toContain('III.1');
  });
});
