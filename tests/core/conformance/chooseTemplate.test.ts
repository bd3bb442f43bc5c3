import { chooseTemplate, recordedTemplateId } from '../../../src/core/conformance/chooseTemplate';
import { createDocument } from '../../../src/core/model';
import { Tags } from '../../../src/core/tags';
import type { OutlineTemplate } from '../../../src/core/templates/types';

const body =
  'Trong năm, cơ quan đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';
const report = createDocument([
  'BÁO CÁO',
  'Tổng kết công tác năm 2023',
  'I. KẾT QUẢ THỰC HIỆN',
  body,
  'II. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  body,
  '2. Hạn chế',
  body,
  '3. Bài học kinh nghiệm',
  body,
  'III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
  body,
]);
const plan = createDocument([
  'KẾ HOẠCH',
  'Triển khai công tác năm 2024',
  'I. MỤC ĐÍCH, YÊU CẦU',
  body,
  'II. NỘI DUNG',
  body,
  'III. TỔ CHỨC THỰC HIỆN',
  body,
]);

describe('chooseTemplate', () => {
  it('takes the template named in the settings first', () => {
    expect(chooseTemplate(report, { templateId: 'ke-hoach' })).toMatchObject({
      template: { id: 'ke-hoach' },
      reason: 'config',
    });
  });

  it('then the template the document records, in its metadata or its guidance tags', () => {
    const withMeta = { ...report, meta: { templateId: 'nghi-quyet' } };
    expect(chooseTemplate(withMeta)).toMatchObject({ template: { id: 'nghi-quyet' }, reason: 'document' });
    const tagged = createDocument([
      ...report.paragraphs,
      { text: '', controlTag: Tags.guide('ke-hoach', 'I'), showsPlaceholder: true },
    ]);
    expect(recordedTemplateId(tagged)).toBe('ke-hoach');
    expect(chooseTemplate(tagged)?.reason).toBe('document');
  });

  it('ignores a named template that does not exist', () => {
    expect(chooseTemplate(plan, { templateId: 'no-such-template' })?.template.id).toBe('ke-hoach');
  });

  it('otherwise picks the best-matching built-in template, with its score and the other candidates', () => {
    const forReport = chooseTemplate(report)!;
    expect(forReport).toMatchObject({ template: { id: 'bao-cao-tong-ket' }, reason: 'best-match' });
    expect(forReport.score).toBeGreaterThan(0.5);
    expect(forReport.candidates?.[0]).toEqual({ id: 'bao-cao-tong-ket', score: forReport.score });
    expect(forReport.candidates?.map((c) => c.id)).toContain('ke-hoach');
    expect(chooseTemplate(plan)?.template.id).toBe('ke-hoach');
  });

  it('knows the templates of the settings (e.g. loaded from a file), by id and as candidates', () => {
    const own: OutlineTemplate = {
      id: 'bao-cao-tiep-dan',
      name: { vi: 'Báo cáo công tác tiếp công dân', en: 'Report on receiving citizens' },
      documentType: 'Báo cáo',
      profile: 'state',
      sections: [
        { id: 'I', title: 'Tình hình tiếp công dân', level: 1, numbering: 'roman-dot', required: true, children: [] },
        { id: 'II', title: 'Kết quả xử lý đơn thư', level: 1, numbering: 'roman-dot', required: true, children: [] },
      ],
    };
    expect(chooseTemplate(report, { templateId: own.id, templates: [own] })).toMatchObject({
      template: own,
      reason: 'config',
    });
    const citizens = createDocument([
      'BÁO CÁO',
      'Công tác tiếp công dân quý I',
      'I. TÌNH HÌNH TIẾP CÔNG DÂN',
      body,
      'II. KẾT QUẢ XỬ LÝ ĐƠN THƯ',
      body,
    ]);
    expect(chooseTemplate(citizens, { templates: [own] })?.template.id).toBe(own.id);
  });

  it('chooses nothing for a document with nothing to match', () => {
    expect(chooseTemplate(createDocument([]))).toBeNull();
    expect(chooseTemplate(createDocument(['Một đoạn văn ngắn.']))).toBeNull();
  });
});

describe('chooseTemplate on text that is not an outlined report', () => {
  it('picks no template for paragraphs without headings, even when they name the resolution of a template', () => {
    const doc = createDocument([
      'Thực hiện Nghị quyết số 23-NQ/TW về phát huy sức mạnh đại đoàn kết toàn dân tộc, chi bộ đã họp.',
      'Tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW, các đồng chí thống nhất ý kiến.',
      'Chi bộ giao đồng chí Bí thư hoàn thiện báo cáo.',
    ]);
    expect(chooseTemplate(doc)).toBeNull();
  });
});
