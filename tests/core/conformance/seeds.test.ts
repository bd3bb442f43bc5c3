import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeStructure } from '../../../src/core/conformance/analysis';
import { flattenStatuses } from '../../../src/core/conformance/compareOutline';
import { readPlainText } from '../../../src/core/plainText';
import { structureRules } from '../../../src/core/rules/structure';
import { runRules } from '../../../src/core/runner';

const seeds = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seed000 = join(seeds, '000_e4afd91083a3c978.txt');
const seed001 = join(seeds, '001_1d6683048ed9c242.txt');
const available = existsSync(seed000) && existsSync(seed001);
const read = (file: string) => readPlainText(readFileSync(file, 'utf8'));

const NQ23 = 'nq23-tong-ket-20-nam';
const GENERIC = 'bao-cao-tong-ket';

(available ? describe : describe.skip)('seed 000 (a unit report) against the outlines', () => {
  const doc = available ? read(seed000) : readPlainText('');
  const summary = (templateId?: string) =>
    runRules(doc, structureRules, templateId ? { templateId } : {}).map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      at: doc.paragraphs[f.paragraph].text.split(' ').slice(0, 5).join(' '),
      label: f.data?.label,
      hasFix: !!f.fix?.length,
    }));

  it('is matched to the outline of letter 694 (seed 001) when no template is named', () => {
    const { choice } = analyzeStructure(doc);
    expect(choice).toMatchObject({ template: { id: NQ23 }, reason: 'best-match' });
    expect(choice?.candidates?.[1].id).toBe(GENERIC);
  });

  it("against seed 001's outline: the sections it lacks, and figures asked for, nothing else", () => {
    expect(summary(NQ23)).toEqual([
      // I- Tình hình triển khai (with 1. and 2.) belongs before "I. KẾT QUẢ…", and can be inserted there.
      { rule: 'required-section', severity: 'warning', at: 'I. KẾT QUẢ 20 NĂM', label: 'I', hasFix: true },
      // Leadership and dissemination (its "1. Chỉ đạo, triển khai học tập…") gives no number of sessions or rate.
      { rule: 'needs-figures', severity: 'warning', at: '1. Chỉ đạo, triển khai', label: 'II.1', hasFix: false },
      // 2. Kết quả lãnh đạo… with 2.1–2.6 belongs at the end of part I, before "II. ĐÁNH GIÁ CHUNG".
      { rule: 'required-section', severity: 'warning', at: 'II. ĐÁNH GIÁ CHUNG', label: 'II.2', hasFix: true },
    ]);
  });

  it('names the missing sections and their sub-items', () => {
    const messages = runRules(doc, structureRules, { templateId: NQ23 }).map((f) => f.message.vi);
    expect(messages).toContain(
      'Thiếu phần “Tình hình triển khai Nghị quyết số 23-NQ/TW” (mục I của đề cương, gồm các mục I.1, I.2). Khi chèn, các mục sau nó được đánh lại số: I → II, II → III, III → IV.',
    );
    expect(messages).toContain(
      'Thiếu phần “Kết quả lãnh đạo thực hiện những chủ trương và giải pháp chủ yếu” (mục II.2 của đề cương, gồm các mục II.2.1, II.2.2, II.2.3, II.2.4, II.2.5, II.2.6).',
    );
  });

  it("finds strengths, shortcomings, lessons and tasks under the report's own numbering", () => {
    for (const templateId of [NQ23, GENERIC]) {
      const { comparison } = analyzeStructure(doc, { templateId });
      const byTitle = new Map(flattenStatuses(comparison!.sections).map((s) => [s.section.title, s]));
      const found = (prefix: string) => [...byTitle.entries()].find(([title]) => title.startsWith(prefix))?.[1];
      expect(found('Ưu điểm')?.heading?.title).toBe('Ưu điểm và nguyên nhân của ưu điểm');
      expect(found('Hạn chế')?.heading?.title).toBe('Hạn chế và nguyên nhân của hạn chế');
      expect(found('Bài học')?.heading?.title).toBe('Bài học kinh nghiệm');
      expect(found('Phương hướng')?.heading?.title).toBe('NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU');
    }
  });

  it('against the generic report outline: every required section is there; only figures are asked for', () => {
    expect(summary(GENERIC)).toEqual([
      { rule: 'needs-figures', severity: 'warning', at: 'I. KẾT QUẢ 20 NĂM', label: 'I', hasFix: false },
    ]);
  });

  it('has no error-severity structure finding: nothing core is missing', () => {
    for (const templateId of [undefined, NQ23, GENERIC]) {
      expect(
        runRules(doc, structureRules, templateId ? { templateId } : {}).filter((f) => f.severity === 'error'),
      ).toEqual([]);
    }
  });
});

(available ? describe : describe.skip)('seed 001 (the outline itself, read as a draft)', () => {
  const doc = available ? read(seed001) : readPlainText('');

  it('has every section of its own outline, in order', () => {
    const { choice, comparison } = analyzeStructure(doc);
    expect(choice?.template.id).toBe(NQ23);
    expect(flattenStatuses(comparison!.sections).filter((s) => s.state !== 'present')).toEqual([]);
  });

  it('is not ready to sign: sections with no content, and guidance lines copied in unchanged', () => {
    const findings = runRules(doc, structureRules);
    const rules = new Set(findings.map((f) => f.ruleId));
    expect(rules).toEqual(new Set(['empty-section', 'leftover-guidance', 'needs-figures']));
    expect(findings.filter((f) => f.ruleId === 'empty-section').map((f) => f.text)).toContain('Bài học kinh nghiệm');
  });
});
