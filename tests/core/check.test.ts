import { checkDocument } from '../../src/core/check';
import { createDocument, type Paragraph } from '../../src/core/model';
import { formatNumbering } from '../../src/core/outline/numbering';
import { readPlainText } from '../../src/core/plainText';
import { Tags } from '../../src/core/tags';
import { getTemplate } from '../../src/core/templates';
import type { OutlineTemplate, TemplateSection } from '../../src/core/templates/types';
import { verdictOf } from '../../src/core/verdict';

/** A document as the outline scaffolding leaves it: headings, and a guidance placeholder under each leaf. */
function scaffolded(template: OutlineTemplate): Paragraph[] {
  const out: Paragraph[] = [{ text: 'BÁO CÁO' }, { text: 'Tổng kết công tác năm 2023' }];
  const walk = (sections: readonly TemplateSection[]) =>
    sections.forEach((s, i) => {
      out.push({ text: `${formatNumbering(s.numbering, [i + 1])} ${s.title}`, headingLevel: s.level });
      if (s.children.length === 0) {
        out.push({
          text: s.guidance?.[0] ?? 'Nhập nội dung.',
          controlTag: Tags.guide(template.id, s.id),
          showsPlaceholder: true,
        });
      }
      walk(s.children);
    });
  walk(template.sections);
  return out;
}

describe('verdictOf', () => {
  const f = (ruleId: string, severity: 'error' | 'warning' | 'info', messageId?: string) => ({
    ruleId,
    severity,
    ...(messageId ? { messageId } : {}),
  });
  it.each([
    [[], 'ready'],
    [[f('double-space', 'info')], 'ready'],
    [[f('double-space', 'warning'), f('x', 'info')], 'review'],
    [[f('double-space', 'warning'), f('x', 'error')], 'notPassed'],
    [[f('empty-section', 'error')], 'notPassed'],
    // Guidance still showing is never ready, whatever severity the office gave the rule.
    [[f('leftover-guidance', 'info', 'placeholder')], 'notPassed'],
    // Guidance matched only by resemblance, or a numbered line with nothing under it outside a chosen template:
    // a warning like any other, never "ready".
    [[f('leftover-guidance', 'warning', 'copiedLine')], 'review'],
    [[f('empty-section', 'warning')], 'review'],
  ] as const)('%j → %s', (findings, verdict) => {
    expect(verdictOf(findings)).toBe(verdict);
  });
});

describe('checkDocument verdicts', () => {
  it.each([
    ['an empty text file', readPlainText('', 'a.txt')],
    ['blank lines only', readPlainText('\n  \n\t\n', 'b.txt')],
    ['no paragraphs at all', createDocument([])],
    ['only guidance placeholders', createDocument([{ text: 'Nhập nội dung.', showsPlaceholder: true }])],
  ])('%s: one error "Văn bản trống", not passed', (_, doc) => {
    const result = checkDocument(doc);
    expect(result.findings.map((x) => [x.ruleId, x.severity, x.unfinished])).toEqual([
      ['empty-document', 'error', true],
    ]);
    expect(result.findings[0].message.vi).toMatch(/^Văn bản trống/);
    expect(result.summary.verdict).toBe('notPassed');
    expect(result.summary.ready).toBe(false);
  });

  it('a one-line text is not empty', () => {
    expect(checkDocument(readPlainText('Báo cáo')).findings.map((x) => x.ruleId)).not.toContain('empty-document');
  });

  const template = getTemplate('bao-cao-tong-ket')!;
  const skeleton = createDocument(scaffolded(template), { templateId: template.id });

  it('a freshly scaffolded outline is not passed: its guidance is unfinished work, reported as errors', () => {
    const result = checkDocument(skeleton);
    const unfinished = result.findings.filter((x) => x.unfinished);
    expect(unfinished.length).toBe(skeleton.paragraphs.filter((p) => p.showsPlaceholder).length);
    expect(unfinished.every((x) => x.severity === 'error')).toBe(true);
    expect(result.summary.unfinished).toBe(unfinished.length);
    expect(result.summary.verdict).toBe('notPassed');
  });

  it('stays not passed when the office turned the guidance rule down to a warning', () => {
    const result = checkDocument(skeleton, { rules: { 'leftover-guidance': 'warning' } });
    expect(result.summary.errors).toBe(0);
    expect(result.summary.verdict).toBe('notPassed');
  });

  it('a heading with nothing under it is unfinished in a document made from a template, a warning elsewhere', () => {
    const paragraphs = [
      { text: 'I. KẾT QUẢ', headingLevel: 1 },
      { text: 'Đã tổ chức 12 hội nghị cho cán bộ.' },
      { text: 'II. NHIỆM VỤ', headingLevel: 1 },
    ];
    const emptyOf = (doc: ReturnType<typeof createDocument>) =>
      checkDocument(doc)
        .findings.filter((x) => x.ruleId === 'empty-section')
        .map((x) => [x.paragraph, x.severity, x.unfinished ?? false]);
    expect(emptyOf(createDocument(paragraphs, { templateId: template.id }))).toEqual([[2, 'error', true]]);
    expect(emptyOf(createDocument(paragraphs))).toEqual([[2, 'warning', false]]);
  });

  it('warnings only give "review", errors "notPassed", nothing "ready"', () => {
    const rules = [
      {
        meta: {
          id: 'w',
          category: 'spelling' as const,
          defaultSeverity: 'warning' as const,
          description: { vi: 'w', en: 'w' },
          messages: { w: { vi: 'w', en: 'w' } },
        },
        checkParagraph(p: Paragraph, i: number, c: { report(d: object): void }) {
          if (p.text.includes('w')) c.report({ paragraph: i, start: 0, length: 1, messageId: 'w' });
        },
      },
    ];
    expect(checkDocument(createDocument(['w']), {}, rules).summary.verdict).toBe('review');
    expect(checkDocument(createDocument(['w']), { rules: { w: 'error' } }, rules).summary.verdict).toBe('notPassed');
    expect(checkDocument(createDocument(['v']), {}, rules).summary.verdict).toBe('ready');
    expect(checkDocument(createDocument(['w']), {}, rules).summary.ready).toBe(true);
  });
});
