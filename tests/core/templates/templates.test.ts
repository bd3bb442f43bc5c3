import { matchTemplate } from '../../../src/core/outline/match';
import {
  builtInTemplates,
  flattenSections,
  getTemplate,
  importOutline,
  parseTemplateJson,
  TemplateError,
  validateTemplate,
} from '../../../src/core/templates';
import type { TemplateSection } from '../../../src/core/templates/types';
import { itWithSeed, seed001Text } from '../outline/seeds';

/** What an imported outline must reproduce: ids, titles, levels, numbering, guidance, figures. */
function shape(sections: TemplateSection[]): unknown[] {
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    level: s.level,
    numbering: s.numbering,
    guidance: s.guidance ?? [],
    needsFigures: s.needsFigures ?? false,
    children: shape(s.children),
  }));
}

const reportTemplates = builtInTemplates.filter((t) => t.documentType === 'Báo cáo');

describe('built-in templates', () => {
  it('are six valid templates with unique ids, reachable by id', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([
      'nq23-tong-ket-20-nam',
      'bao-cao-tong-ket',
      'bao-cao-chinh-tri-chi-bo',
      'ke-hoach',
      'cong-van',
      'nghi-quyet',
    ]);
    for (const t of builtInTemplates) {
      expect(validateTemplate(t)).toEqual({ ok: true, template: t });
      expect(getTemplate(t.id)).toBe(t);
    }
  });

  it('say where they come from; the house-practice ones say so', () => {
    for (const t of builtInTemplates) expect(t.source).toBeTruthy();
    for (const t of builtInTemplates.filter((x) => x.id !== 'nq23-tong-ket-20-nam')) {
      expect(t.source).toMatch(/house practice/);
    }
  });

  it.each(reportTemplates.map((t) => [t.id, t] as const))(
    '%s requires Ưu điểm, Hạn chế, Bài học kinh nghiệm and Nhiệm vụ',
    (_id, template) => {
      const required = flattenSections(template.sections).filter((s) => s.section.required);
      const has = (re: RegExp) =>
        required.some(({ section }) => [section.title, ...(section.alternatives ?? [])].some((t) => re.test(t)));
      expect(has(/^Ưu điểm/)).toBe(true);
      expect(has(/^Hạn chế/)).toBe(true);
      expect(has(/^Bài học kinh nghiệm/)).toBe(true);
      expect(has(/[Nn]hiệm vụ/)).toBe(true);
    },
  );

  it('mark the sections whose guidance asks for figures', () => {
    const nq23 = getTemplate('nq23-tong-ket-20-nam')!;
    const withFigures = flattenSections(nq23.sections).filter((s) => s.section.needsFigures);
    expect(withFigures.map((s) => s.section.id)).toEqual(['II.1']);
  });

  it('finds a saved template passed alongside the built-in ones', () => {
    const saved = { ...builtInTemplates[1], id: 'cua-toi' };
    expect(getTemplate('cua-toi', [saved])).toBe(saved);
    expect(getTemplate('khong-co')).toBeUndefined();
  });
});

describe('validateTemplate and parseTemplateJson', () => {
  const valid = JSON.stringify(builtInTemplates[1]);

  it('parses a valid template and drops "$schema"', () => {
    const t = parseTemplateJson(JSON.stringify({ $schema: '../template.schema.json', ...builtInTemplates[1] }));
    expect(t).toEqual(builtInTemplates[1]);
    expect('$schema' in t).toBe(false);
  });

  it('explains JSON syntax errors', () => {
    expect(() => parseTemplateJson(valid.slice(0, -3))).toThrow(TemplateError);
    try {
      parseTemplateJson('{ id: ');
    } catch (e) {
      expect((e as TemplateError).messages[0].vi).toMatch(/không phải JSON hợp lệ/);
    }
  });

  it('names the place and the problem for schema errors', () => {
    const broken = JSON.parse(valid);
    broken.sections[0].numbering = 'I)';
    delete broken.sections[1].children[0].title;
    const result = validateTemplate(broken);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => e.vi);
    expect(messages.some((m) => m.includes('/sections/0/numbering') && m.includes('roman-dash'))).toBe(true);
    expect(messages.some((m) => m.includes('/sections/1/children/0') && m.includes('title'))).toBe(true);
  });

  it('rejects duplicate ids and levels that skip', () => {
    const broken = JSON.parse(valid);
    broken.sections[1].id = 'I';
    broken.sections[1].children[0].level = 3;
    const result = validateTemplate(broken);
    expect(result.ok ? [] : result.errors.map((e) => e.en)).toEqual([
      'Section id "I" is used twice.',
      'Section "II.1" has level 3; it must be 2.',
    ]);
  });
});

describe('importOutline', () => {
  it('reads numbering levels, bullets as guidance, and derives ids from the numbering', () => {
    const t = importOutline(
      [
        'ĐỀ CƯƠNG BÁO CÁO',
        'sơ kết 6 tháng đầu năm',
        'I. KẾT QUẢ',
        '1. Công tác tư tưởng',
        '- Nêu số lượng, tỷ lệ đảng viên tham gia học tập.',
        '2. Công tác tổ chức',
        'a) Kết nạp đảng viên',
        'II. NHIỆM VỤ',
        '- Nhiệm vụ trọng tâm',
        'thời gian tới.',
      ].join('\n'),
    );
    expect(t.name.vi).toBe('Đề cương báo cáo sơ kết 6 tháng đầu năm');
    expect(t.documentType).toBe('Báo cáo');
    expect(shape(t.sections)).toEqual([
      {
        id: 'I',
        title: 'KẾT QUẢ',
        level: 1,
        numbering: 'roman-dot',
        guidance: [],
        needsFigures: false,
        children: [
          {
            id: 'I.1',
            title: 'Công tác tư tưởng',
            level: 2,
            numbering: 'arabic-dot',
            guidance: ['Nêu số lượng, tỷ lệ đảng viên tham gia học tập.'],
            needsFigures: true,
            children: [],
          },
          {
            id: 'I.2',
            title: 'Công tác tổ chức',
            level: 2,
            numbering: 'arabic-dot',
            guidance: [],
            needsFigures: false,
            children: [
              {
                id: 'I.2.a',
                title: 'Kết nạp đảng viên',
                level: 3,
                numbering: 'letter-paren',
                guidance: [],
                needsFigures: false,
                children: [],
              },
            ],
          },
        ],
      },
      {
        id: 'II',
        title: 'NHIỆM VỤ',
        level: 1,
        numbering: 'roman-dot',
        guidance: ['Nhiệm vụ trọng tâm thời gian tới.'],
        needsFigures: false,
        children: [],
      },
    ]);
    expect(validateTemplate(t).ok).toBe(true);
  });

  it('refuses text without numbered sections, in Vietnamese', () => {
    expect(() => importOutline('- chỉ có gạch đầu dòng\n- và thêm một dòng')).toThrow(/No numbered section/);
    try {
      importOutline('không có gì');
    } catch (e) {
      expect((e as TemplateError).messages[0].vi).toMatch(/Không tìm thấy mục nào/);
    }
  });

  itWithSeed(seed001Text)('gives the built-in tree from seed 001\'s "GỢI Ý ĐỀ CƯƠNG BÁO CÁO"', () => {
    const builtIn = getTemplate('nq23-tong-ket-20-nam')!;
    const fromWholeLetter = importOutline(seed001Text!);
    const outlineOnly = seed001Text!.slice(seed001Text!.indexOf('GỢI Ý ĐỀ CƯƠNG'));
    expect(shape(fromWholeLetter.sections)).toEqual(shape(builtIn.sections));
    expect(shape(importOutline(outlineOnly).sections)).toEqual(shape(builtIn.sections));
    expect(flattenSections(builtIn.sections)).toHaveLength(17);
  });

  itWithSeed(seed001Text)('gives a template that matches its own outline text completely', () => {
    const t = importOutline(seed001Text!);
    const { readPlainText } = jest.requireActual(
      '../../../src/core/plainText',
    ) as typeof import('../../../src/core/plainText');
    const m = matchTemplate(readPlainText(seed001Text!), t);
    expect(m.missing).toEqual([]);
  });
});
