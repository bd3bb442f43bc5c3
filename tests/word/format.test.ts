import type { FormatEdit } from '../../src/core/edit';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord, type FakeBlock } from '../fakes/fakeWord';

const POINTS_PER_MM = 72 / 25.4;

const blocks: FakeBlock[] = [
  {
    text: 'Kính gửi các đơn vị.',
    alignment: 'Left',
    font: { name: 'Arial', size: 12, bold: true, color: '#2F5496' },
    firstLineIndent: 36,
    leftIndent: 0,
    rightIndent: 14.2,
    spaceBefore: 3,
    spaceAfter: 6,
  },
  { runs: [{ text: 'Hai ' }, { text: 'kiểu', font: { italic: true } }] },
];

function setup() {
  const fake = createFakeWord(blocks);
  return { fake, host: new WordHost(fake.env) };
}

describe('presentation through WordHost on the fake Word (WordApi 1.3 paragraph properties)', () => {
  it('reads font, alignment and layout in the same two syncs, in the model’s units', async () => {
    const { fake, host } = setup();
    const before = fake.syncCount;
    const doc = await host.read();
    expect(fake.syncCount - before).toBe(2);
    expect(doc.capabilities).toEqual({ fonts: true, paragraphFormat: true });
    expect(doc.paragraphs[0]).toMatchObject({
      alignment: 'left',
      font: { name: 'Arial', size: 12, bold: true, italic: false, underline: false, color: '#2F5496' },
      format: {
        firstLineIndentMm: 12.7,
        leftIndentMm: 0,
        rightIndentMm: 5.01,
        spaceBeforePt: 3,
        spaceAfterPt: 6,
        lineSpacing: null,
      },
    });
    // Mixed runs read as unknown, not as the first run's value.
    expect(doc.paragraphs[1].font?.italic).toBeNull();
  });

  it('sets paragraph presentation in one write, checking the text and the properties it expects', async () => {
    const { fake, host } = setup();
    const doc = await host.read();
    const p = doc.paragraphs[0];
    const edit: FormatEdit = {
      kind: 'setFormat',
      paragraph: 0,
      expectedText: p.text,
      expected: { font: { name: 'Arial', size: 12 }, format: { firstLineIndentMm: 12.7 }, alignment: 'left' },
      set: {
        font: { font: 'Times New Roman', size: 14, bold: false, color: '#000000' },
        format: { firstLineIndentMm: 10, spaceAfterPt: 6, spaceBeforePt: 0 },
        alignment: 'justified',
      },
    };
    const before = fake.syncCount;
    expect(await host.apply([edit])).toEqual({ applied: 1, stale: [] });
    expect(fake.syncCount - before).toBe(2);
    const after = fake.paragraphs()[0];
    expect(after).toMatchObject({
      text: 'Kính gửi các đơn vị.',
      alignment: 'Justified',
      font: { name: 'Times New Roman', size: 14, bold: false, color: '#000000' },
      spaceAfter: 6,
      spaceBefore: 0,
    });
    expect(after.firstLineIndent).toBeCloseTo(10 * POINTS_PER_MM, 1);
  });

  it('refuses a format edit when the text or an expected property changed, or when it asks for line spacing', async () => {
    const { fake, host } = setup();
    const doc = await host.read();
    const base: FormatEdit = {
      kind: 'setFormat',
      paragraph: 0,
      expectedText: doc.paragraphs[0].text,
      expected: { font: { size: 12 } },
      set: { font: { size: 14 } },
    };
    const edits: FormatEdit[] = [
      { ...base, expectedText: 'Kính gửi.' },
      { ...base, expected: { font: { size: 13 } } },
      { ...base, expected: { alignment: 'centered' } },
      { ...base, set: { format: { lineSpacing: { rule: 'exact', value: 18 } } } },
      { ...base, range: { start: 0, length: 4 } },
    ];
    expect(await host.apply(edits)).toEqual({ applied: 0, stale: [0, 1, 2, 3, 4] });
    expect(fake.paragraphs()[0].font.size).toBe(12);
  });

  it('still refuses page setup (no WordApi for it)', async () => {
    const { host } = setup();
    const result = await host.apply([{ kind: 'setPageSetup', section: 0, expected: {}, set: { marginLeftMm: 30 } }]);
    expect(result).toEqual({ applied: 0, stale: [0] });
  });
});
