/** @jest-environment jsdom */
import type { Edit, FormatEdit } from '../../src/core/edit';
import type { SettingsStore } from '../../src/core/host';
import type { DocumentModel } from '../../src/core/model';
import { runRules } from '../../src/core/runner';
import { presentationRules } from '../../src/core/rules/presentation';
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

const BODY =
  'Nội dung văn bản trình bày bằng phông chữ Times New Roman, cỡ chữ mười bốn, căn đều hai lề và thụt đầu dòng.';

function host(model: DocumentModel): PlaygroundHost {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const h = new PlaygroundHost(root, { settings: new MemorySettings() });
  h.load(model);
  return h;
}

const loaded = (): PlaygroundHost =>
  host({
    meta: {},
    paragraphs: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: { bold: true, size: 13 }, alignment: 'centered' },
      { text: BODY, font: { name: 'Arial', size: 12 }, alignment: 'left', format: { firstLineIndentMm: 0 } },
    ],
    sections: [{ firstParagraph: 0, marginLeftMm: 20 }],
  });

describe('PlaygroundHost presentation', () => {
  it('reports fonts, paragraph layout and page setup, with the stylesheet as the Normal style; no page numbers', async () => {
    const doc = await loaded().read();
    expect(doc.capabilities).toEqual({ fonts: true, paragraphFormat: true, pageSetup: true, pageNumbers: false });
    expect(doc.paragraphs[0].font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true, italic: false });
    expect(doc.paragraphs[1].font).toMatchObject({ name: 'Arial', size: 12 });
    expect(doc.paragraphs[1].format).toMatchObject({ firstLineIndentMm: 0, spaceAfterPt: 6 });
    expect(doc.sections).toEqual([
      expect.objectContaining({ firstParagraph: 0, paperWidthMm: 210, marginLeftMm: 20, marginTopMm: 20 }),
    ]);
  });

  it('carries out the fixes of the presentation rules, never touching text, and then the rules are satisfied', async () => {
    const h = loaded();
    const before = await h.read();
    const findings = runRules(before, presentationRules, { profile: 'state' });
    const fixes = findings.flatMap((f) => f.fix ?? []);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(
      new Set(['presentation-font', 'body-font-size', 'body-alignment', 'body-first-line-indent', 'page-setup']),
    );
    const result = await h.apply(fixes);
    expect(result).toEqual({ applied: fixes.length, stale: [] });
    const after = await h.read();
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(runRules(after, presentationRules, { profile: 'state' })).toEqual([]);
    // The DOM shows it.
    const body = h.root.querySelectorAll('p')[1] as HTMLElement;
    expect(body.style.textAlign).toBe('justify');
    expect(body.style.textIndent).toBe('10mm');
    expect(body.querySelector('span')!.style.fontSize).toBe('13pt');
    expect(h.root.style.padding).toContain('30mm');
  });

  it('formats a range of a paragraph only', async () => {
    const h = host({ meta: {}, paragraphs: [{ text: 'Nơi nhận: - Lưu' }] });
    const edit: FormatEdit = {
      kind: 'setFormat',
      paragraph: 0,
      range: { start: 0, length: 9 },
      expectedText: 'Nơi nhận: - Lưu',
      expected: { font: { underline: false } },
      set: { font: { underline: true, size: 14 } },
    };
    expect(await h.apply([edit])).toEqual({ applied: 1, stale: [] });
    const [p] = (await h.read()).paragraphs;
    expect(p.text).toBe('Nơi nhận: - Lưu');
    expect(p.runs?.map((r) => [r.start, r.length, r.font.underline, r.font.size])).toEqual([
      [0, 9, true, 14],
      [9, 6, false, 14],
    ]);
  });

  it('refuses a fix whose text or formatting changed since the check', async () => {
    const h = loaded();
    const edits: Edit[] = [
      { kind: 'setFormat', paragraph: 1, expectedText: 'Đã sửa', expected: {}, set: { alignment: 'justified' } },
      {
        kind: 'setFormat',
        paragraph: 1,
        expectedText: BODY,
        expected: { font: { size: 14 } },
        set: { font: { size: 13 } },
      },
      {
        kind: 'setFormat',
        paragraph: 1,
        expectedText: BODY,
        expected: { alignment: 'centered' },
        set: { alignment: 'justified' },
      },
      { kind: 'setPageSetup', section: 0, expected: { marginLeftMm: 35 }, set: { marginLeftMm: 30 } },
      { kind: 'setPageSetup', section: 1, expected: {}, set: { marginLeftMm: 30 } },
      {
        kind: 'setFormat',
        paragraph: 1,
        expectedText: BODY,
        expected: { alignment: 'left' },
        set: { alignment: 'justified' },
      },
    ];
    expect(await h.apply(edits)).toEqual({ applied: 1, stale: [0, 1, 2, 3, 4] });
    const doc = await h.read();
    expect(doc.paragraphs[1]).toMatchObject({ alignment: 'justified', font: { size: 12 } });
    expect(doc.sections![0].marginLeftMm).toBe(20);
  });

  it('keeps "1.5 lines" as lines and shows it as line-height', async () => {
    const h = host({ meta: {}, paragraphs: [{ text: BODY }] });
    await h.apply([
      {
        kind: 'setFormat',
        paragraph: 0,
        expectedText: BODY,
        expected: {},
        set: { format: { lineSpacing: { rule: 'multiple', value: 1.5 }, spaceBeforePt: 6 } },
      },
    ]);
    const [p] = (await h.read()).paragraphs;
    expect(p.format).toMatchObject({ lineSpacing: { rule: 'multiple', value: 1.5 }, spaceBeforePt: 6 });
    expect((h.root.querySelector('p') as HTMLElement).style.lineHeight).toBe('1.73');
  });
});
