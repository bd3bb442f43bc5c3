import { createDocument, type Paragraph } from '../../../src/core/model';
import { formatNumbering } from '../../../src/core/outline/numbering';
import { structureRules } from '../../../src/core/rules/structure';
import { runRules } from '../../../src/core/runner';
import { Tags } from '../../../src/core/tags';
import { getTemplate } from '../../../src/core/templates';
import type { OutlineTemplate, TemplateSection } from '../../../src/core/templates/types';

/** A document as the outline scaffolding leaves it: styled headings, a guidance placeholder under each leaf. */
function scaffolded(template: OutlineTemplate): Paragraph[] {
  const out: Paragraph[] = [{ text: 'BÁO CÁO' }, { text: 'Tổng kết công tác năm 2023' }];
  const walk = (sections: readonly TemplateSection[]) =>
    sections.forEach((s, i) => {
      const title = s.level === 1 ? s.title.toLocaleUpperCase('vi') : s.title;
      out.push({ text: `${formatNumbering(s.numbering, [i + 1])} ${title}`, headingLevel: s.level });
      if (s.children.length === 0) {
        out.push({
          text: s.guidance?.[0] ?? 'Nhập nội dung mục này.',
          controlTag: Tags.guide(template.id, s.id),
          showsPlaceholder: true,
        });
      }
      walk(s.children);
    });
  walk(template.sections);
  return out;
}

describe('a freshly scaffolded report', () => {
  const template = getTemplate('bao-cao-tong-ket')!;
  const doc = createDocument(scaffolded(template), { templateId: template.id });

  it('is checked against the template it records, and only its guidance left in place is reported', () => {
    const findings = runRules(doc, structureRules);
    const placeholders = doc.paragraphs.filter((p) => p.showsPlaceholder).length;
    expect(findings.map((f) => f.ruleId)).toEqual(new Array(placeholders).fill('leftover-guidance'));
    expect(findings.map((f) => f.data?.section)).toContain('Bài học kinh nghiệm');
  });

  it('once written, is clean', () => {
    const written = createDocument(
      doc.paragraphs.map((p) =>
        p.showsPlaceholder
          ? {
              ...p,
              text: 'Đã tổ chức 12 hội nghị, 98% cán bộ tham gia; kết quả được đánh giá cụ thể.',
              showsPlaceholder: false,
            }
          : p,
      ),
      doc.meta,
    );
    expect(runRules(written, structureRules)).toEqual([]);
  });
});
