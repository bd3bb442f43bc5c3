import type { Edit, InsertBlockEdit, TextEdit } from '../../src/core/edit';
import { paragraphSpec } from '../../src/core/edit';
import { Tags } from '../../src/core/tags';
import { COMMENT_PREFIX } from '../../src/word/comments';
import { WordMessages } from '../../src/word/errors';
import { CONTROL_TITLE, TEMPLATE_SETTING, WordHost } from '../../src/word/WordHost';
import { createFakeWord, type FakeBlock, type FakeWordOptions } from '../fakes/fakeWord';

function setup(blocks: FakeBlock[], options?: FakeWordOptions) {
  const fake = createFakeWord(blocks, options);
  const host = new WordHost(fake.env);
  return { fake, host };
}

/** Syncs a host call makes. */
async function syncsOf<T>(fake: { syncCount: number }, call: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.syncCount;
  const result = await call();
  return { result, syncs: fake.syncCount - before };
}

function fix(paragraph: number, text: string, expected: string, replacement: string, from = 0): TextEdit {
  return {
    kind: 'replaceText',
    paragraph,
    start: text.indexOf(expected, from),
    length: expected.length,
    expected,
    replacement,
  };
}

const header = (label: string): InsertBlockEdit => ({
  kind: 'insertBlock',
  position: { at: 'start' },
  tag: Tags.header,
  items: [
    {
      kind: 'table',
      columnWidths: [45, 55],
      rows: [
        [
          [paragraphSpec(`ỦY BAN NHÂN DÂN ${label}`, { alignment: 'centered', format: { size: 13 } })],
          [
            paragraphSpec('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {
              alignment: 'centered',
              format: { bold: true, size: 13 },
            }),
            paragraphSpec('Độc lập - Tự do - Hạnh phúc', { alignment: 'centered', format: { bold: true, size: 14 } }),
          ],
        ],
      ],
    },
  ],
});

describe('WordHost.read', () => {
  it('reads the whole document in two syncs: plain properties, then list/cell details and reviewed texts', async () => {
    const { fake, host } = setup(
      [
        { text: 'I. TÌNH HÌNH CHUNG', heading: 1, alignment: 'Left', font: { bold: true } },
        { text: 'Kết quả đạt được', heading: 2 },
        { text: 'Hoàn thành kế hoạch', listString: '1.' },
        { text: 'Đoạn thường', alignment: 'Justified', font: { name: 'Arial', size: 13 } },
        {
          table: [
            ['Ô A1', 'Ô A2'],
            ['Ô B1', ['Ô B2 dòng 1', 'Ô B2 dòng 2']],
          ],
        },
        'Giữa hai bảng',
        { table: [['Bảng hai']] },
        { control: { tag: Tags.guide('bao-cao', 'ket-qua'), placeholderText: 'Nêu kết quả' }, blocks: ['Nêu kết quả'] },
        { control: { tag: 'khac', title: 'của người dùng' }, blocks: ['Không phải của add-in'] },
      ],
      { settings: { [TEMPLATE_SETTING]: 'bao-cao' }, url: 'https://x/Bao%20cao.docx' },
    );

    const { result: doc, syncs } = await syncsOf(fake, () => host.read());

    expect(syncs).toBe(2);
    expect(doc.meta).toEqual({ templateId: 'bao-cao', name: 'Bao cao.docx' });
    const p = doc.paragraphs;
    expect(p.map((x) => x.text)).toEqual(fake.texts());
    expect(p[0]).toMatchObject({ headingLevel: 1, styleName: 'Heading 1', alignment: 'left', font: { bold: true } });
    expect(p[1].headingLevel).toBe(2);
    expect(p[2]).toMatchObject({ isListItem: true, listString: '1.' });
    expect(p[2].headingLevel).toBeUndefined();
    expect(p[3]).toMatchObject({
      alignment: 'justified',
      font: { name: 'Arial', size: 13, bold: false, underline: false },
    });
    expect(p[3].listString).toBeUndefined();
    expect(p.slice(4, 9).map((x) => x.cell)).toEqual([
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 0, row: 1, cell: 0 },
      { table: 0, row: 1, cell: 1 },
      { table: 0, row: 1, cell: 1 },
    ]);
    expect(p[9].cell).toBeUndefined();
    expect(p[10].cell).toEqual({ table: 1, row: 0, cell: 0 });
    expect(p[11]).toMatchObject({ controlTag: Tags.guide('bao-cao', 'ket-qua'), showsPlaceholder: true });
    expect(p[12].controlTag).toBeUndefined();
  });

  it('reports mixed fonts as null', async () => {
    const { host } = setup([{ runs: [{ text: 'đậm', font: { bold: true } }, { text: ' thường' }] }]);
    const doc = await host.read();
    expect(doc.paragraphs[0].font?.bold).toBeNull();
  });
});

describe('WordHost.select', () => {
  const text = 'và các cơ quan và các đơn vị và  các tổ chức';
  const doc = ['Các cơ quan và đơn vị', text, 'Kết thúc, , hết.'];

  it.each([
    ['the third "và" of a paragraph after another "và" earlier in the document', 1, text.lastIndexOf('và'), 2],
    ['the first of repeated words', 1, 0, 2],
    ['a double space', 1, text.indexOf('  '), 2],
    ['a needle of only punctuation', 2, doc[2].indexOf(', ,'), 3],
  ])('selects %s', async (_label, paragraph, start, length) => {
    const { fake, host } = setup(doc);
    await host.read();
    await host.select({ paragraph, start, length });
    const sel = fake.selection()!;
    expect(sel.paragraph).toBe(paragraph);
    // The selection covers the location (widened to whole words where the needle alone is unreliable).
    expect(sel.start).toBeLessThanOrEqual(start);
    expect(sel.start + sel.length).toBeGreaterThanOrEqual(start + length);
    expect(sel.length).toBeLessThanOrEqual(length + 12);
  });

  it('selects exactly a word, in three syncs (texts; search inside the paragraph; select)', async () => {
    const { fake, host } = setup(doc);
    await host.read();
    const start = text.indexOf('và', 5);
    const { syncs } = await syncsOf(fake, () => host.select({ paragraph: 1, start, length: 2 }));
    expect(syncs).toBe(3);
    expect(fake.selection()).toEqual({ paragraph: 1, start, length: 2, text: 'và' });
  });

  // Issue 9: a finding in a paragraph changed since the check selects nothing (it used to select the paragraph).
  it('selects nothing when the text changed since the read', async () => {
    const { fake, host } = setup(doc);
    await host.read();
    fake.setParagraphText(1, 'hoàn toàn khác');
    await expect(host.select({ paragraph: 1, start: 0, length: 2 })).rejects.toMatchObject({
      localized: { vi: expect.stringMatching(/^Đoạn 2 đã thay đổi/) },
    });
    expect(fake.selection()).toBeNull();
  });

  it('selects the right one of two quoted words that Word’s Find both matches', async () => {
    const { fake, host } = setup(['Gọi “a” và "a"']);
    await host.read();
    // Word's Find also finds the curly “a” for the needle "a": it is hit 2 of 2, not hit 1 of 1.
    await host.select({ paragraph: 0, start: 11, length: 3 });
    expect(fake.selection()).toMatchObject({ paragraph: 0, start: 11, length: 3 });
  });
});

describe('WordHost.apply: text edits', () => {
  const texts = ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Ủy ban nhân dân  tỉnh báo cáo như sau , cụ thể'];

  it('fixes text in three syncs (texts; search inside the paragraph; write)', async () => {
    const { fake, host } = setup(texts);
    await host.read();
    const { result, syncs } = await syncsOf(fake, () => host.apply([fix(1, texts[1], '  ', ' ')]));
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(3);
    expect(fake.texts()[1]).toBe('Ủy ban nhân dân tỉnh báo cáo như sau , cụ thể');
  });

  it('still needs three syncs for many edits, and applies all of them', async () => {
    const many = ['và và và và và', 'cái cái cái', 'a ,b ,c ,d'];
    const { fake, host } = setup(many);
    await host.read();
    const edits: Edit[] = [
      ...[0, 3, 6, 9, 12].map((start) => ({
        kind: 'replaceText' as const,
        paragraph: 0,
        start,
        length: 2,
        expected: 'và',
        replacement: 'VÀ',
      })),
      ...[0, 4, 8].map((start) => ({
        kind: 'replaceText' as const,
        paragraph: 1,
        start,
        length: 3,
        expected: 'cái',
        replacement: 'các',
      })),
      ...[1, 4, 7].map((start) => ({
        kind: 'replaceText' as const,
        paragraph: 2,
        start,
        length: 2,
        expected: ' ,',
        replacement: ', ',
      })),
    ];
    const { result, syncs } = await syncsOf(fake, () => host.apply(edits));
    expect(syncs).toBe(3);
    expect(result).toEqual({ applied: 11, stale: [] });
    expect(fake.texts()).toEqual(['VÀ VÀ VÀ VÀ VÀ', 'các các các', 'a, b, c, d']);
  });

  it('refuses a stale edit and leaves its text untouched, applying the others', async () => {
    const { fake, host } = setup(texts);
    await host.read();
    fake.setParagraphText(1, 'Ủy ban nhân dân tỉnh đã sửa tay');
    const result = await host.apply([
      fix(0, texts[0], 'Luật', 'Luật'),
      fix(1, texts[1], '  ', ' '),
      fix(0, texts[0], 'chính quyền', 'Chính quyền'),
    ]);
    expect(result).toEqual({ applied: 2, stale: [1] });
    expect(fake.texts()).toEqual(['Căn cứ Luật Tổ chức Chính quyền địa phương', 'Ủy ban nhân dân tỉnh đã sửa tay']);
  });

  it('refuses every edit when the expected text is not there, with no write sync', async () => {
    const { fake, host } = setup(texts);
    await host.read();
    const edit: TextEdit = {
      kind: 'replaceText',
      paragraph: 0,
      start: 0,
      length: 6,
      expected: 'Theo',
      replacement: 'x',
    };
    const { result, syncs } = await syncsOf(fake, () => host.apply([edit]));
    expect(result).toEqual({ applied: 0, stale: [0] });
    expect(syncs).toBe(1);
    expect(fake.texts()).toEqual(texts);
  });

  it('counts an occurrence the user added before the edit since the read', async () => {
    const doc = ['tỉnh A', 'của tỉnh và tỉnh'];
    const { fake, host } = setup(doc);
    await host.read();
    fake.setParagraphText(0, 'tỉnh A tỉnh B');
    const result = await host.apply([
      { kind: 'replaceText', paragraph: 1, start: 12, length: 4, expected: 'tỉnh', replacement: 'Tỉnh' },
    ]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(fake.texts()).toEqual(['tỉnh A tỉnh B', 'của tỉnh và Tỉnh']);
  });

  it('keeps working on a second apply without a new read', async () => {
    const { fake, host } = setup(['một  hai  ba']);
    await host.read();
    await host.apply([{ kind: 'replaceText', paragraph: 0, start: 3, length: 2, expected: '  ', replacement: ' ' }]);
    const { result, syncs } = await syncsOf(fake, () =>
      host.apply([{ kind: 'replaceText', paragraph: 0, start: 7, length: 2, expected: '  ', replacement: ' ' }]),
    );
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(3);
    expect(fake.texts()).toEqual(['một hai ba']);
  });

  it('works without a prior read (no extra sync: the first sync reads the current texts)', async () => {
    const { fake, host } = setup(['Ủy ban  nhân dân']);
    const { result, syncs } = await syncsOf(fake, () => host.apply([fix(0, 'Ủy ban  nhân dân', '  ', ' ')]));
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(3);
    expect(fake.texts()).toEqual(['Ủy ban nhân dân']);
  });

  it('replaces a stretch longer than the search limit (head and tail joined)', async () => {
    const long = 'Mở đầu ' + Array.from({ length: 40 }, (_, i) => `câu số ${i + 1}`).join(', ') + ' kết thúc.';
    const { fake, host } = setup(['Trước', long]);
    await host.read();
    const start = long.indexOf('câu');
    const length = long.indexOf(' kết') + 1 - start;
    const { result, syncs } = await syncsOf(fake, () =>
      host.apply([
        {
          kind: 'replaceText',
          paragraph: 1,
          start,
          length,
          expected: long.slice(start, start + length),
          replacement: '(lược bỏ) ',
        },
      ]),
    );
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(3);
    expect(fake.texts()).toEqual(['Trước', 'Mở đầu (lược bỏ) kết thúc.']);
  });

  it('keeps the formatting of the words around a fix', async () => {
    const { fake, host } = setup([{ runs: [{ text: 'Điều 1', font: { bold: true } }, { text: ' Quy  định' }] }]);
    await host.read();
    await host.apply([{ kind: 'replaceText', paragraph: 0, start: 10, length: 2, expected: '  ', replacement: ' ' }]);
    const [p] = fake.paragraphs();
    expect(p.text).toBe('Điều 1 Quy định');
    expect(p.runs[0]).toMatchObject({ text: 'Điều 1', font: { bold: true } });
  });
});

describe('WordHost.apply: blocks', () => {
  const userText = ['Kính gửi: Sở Nội vụ', 'Nội dung do người dùng viết.'];

  it('inserts a header once at the start as one tagged, borderless table in 1 read + 1 write sync', async () => {
    const { fake, host } = setup(userText);
    await host.read();
    const { result, syncs } = await syncsOf(fake, () => host.apply([header('TỈNH A')]));
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(2);
    expect(fake.blockKinds()).toEqual(['control', 'paragraph', 'paragraph']);
    const controls = fake.controls();
    expect(controls).toHaveLength(1);
    expect(controls[0]).toMatchObject({ tag: Tags.header, title: CONTROL_TITLE });
    const [table] = fake.tables();
    expect(table.tags).toEqual([Tags.header]);
    expect(table.rows).toEqual([
      ['ỦY BAN NHÂN DÂN TỈNH A', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
    ]);
    expect(Object.values(table.borders).every((b) => b === 'None')).toBe(true);
    expect(table.columnWidths[0][0]! / table.columnWidths[0][1]!).toBeCloseTo(45 / 55, 2);
    const paragraphs = fake.paragraphs();
    const motto = paragraphs.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto).toMatchObject({ alignment: 'Centered', styleBuiltIn: 'Normal', font: { bold: true, size: 14 } });
    expect(fake.texts().slice(-2)).toEqual(userText);
  });

  it('replaces the header in place on a second insertion: exactly one afterwards, user text untouched', async () => {
    const { fake, host } = setup(userText);
    await host.apply([header('TỈNH A')]);
    const { result, syncs } = await syncsOf(fake, () => host.apply([header('TỈNH B')]));
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(syncs).toBe(2);
    expect(fake.controls().filter((c) => c.tag === Tags.header)).toHaveLength(1);
    expect(fake.tables()).toHaveLength(1);
    expect(fake.tables()[0].rows[0][0]).toBe('ỦY BAN NHÂN DÂN TỈNH B');
    expect(fake.texts().slice(-2)).toEqual(userText);
    expect(fake.texts().join('\n')).not.toContain('TỈNH A');
  });

  it('writes paragraph formats, headings and guidance placeholders after a verified paragraph', async () => {
    const { fake, host } = setup([{ text: 'Tiêu đề', heading: 1 }, 'Cuối']);
    await host.read();
    const edit: InsertBlockEdit = {
      kind: 'insertBlock',
      position: { at: 'afterParagraph', paragraph: 0, expected: 'Tiêu đề' },
      tag: 'thethuc:outline',
      items: [
        paragraphSpec('I. KẾT QUẢ', { headingLevel: 2, format: { bold: true }, spaceAfter: 6 }),
        { kind: 'paragraph', placeholder: { tag: Tags.guide('bc', 'kq'), text: 'Nêu kết quả chính' } },
        paragraphSpec('Đoạn', {
          firstLineIndent: 36,
          alignment: 'justified',
          runs: [{ text: 'Đậm', format: { bold: true } }, { text: ' thường' }],
        }),
      ],
    };
    expect(await host.apply([edit])).toEqual({ applied: 1, stale: [] });
    const ps = fake.paragraphs();
    expect(ps.map((p) => p.text)).toEqual(['Tiêu đề', 'I. KẾT QUẢ', '', 'Đậm thường', 'Cuối']);
    expect(ps[1]).toMatchObject({
      styleBuiltIn: 'Heading2',
      spaceAfter: 6,
      font: { bold: true },
      tags: ['thethuc:outline'],
    });
    expect(ps[2]).toMatchObject({
      tags: ['thethuc:outline', Tags.guide('bc', 'kq')],
      placeholderText: 'Nêu kết quả chính',
      styleBuiltIn: 'Normal',
    });
    expect(ps[3]).toMatchObject({ styleBuiltIn: 'Normal', firstLineIndent: 36, alignment: 'Justified' });
    expect(ps[3].runs.map((r) => [r.text, r.font.bold])).toEqual([
      ['Đậm', true],
      [' thường', false],
    ]);
  });

  it('keeps each guidance control around its own paragraph only, also without an outer tag', async () => {
    const { fake, host } = setup(['']);
    const guide = (id: string) => ({
      kind: 'paragraph' as const,
      placeholder: { tag: Tags.guide('t', id), text: `Hướng dẫn ${id}` },
    });
    const result = await host.apply([
      {
        kind: 'insertBlock',
        position: { at: 'start' },
        items: [
          paragraphSpec('I. MỘT', { headingLevel: 1 }),
          guide('I'),
          paragraphSpec('II. HAI', { headingLevel: 1 }),
          guide('II'),
        ],
      },
    ]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(fake.paragraphs().map((p) => [p.text, p.styleBuiltIn, p.tags])).toEqual([
      ['I. MỘT', 'Heading1', []],
      ['', 'Normal', [Tags.guide('t', 'I')]],
      ['II. HAI', 'Heading1', []],
      ['', 'Normal', [Tags.guide('t', 'II')]],
      ['', 'Normal', []],
    ]);
    expect(fake.controls().map((c) => c.placeholderText)).toEqual(['Hướng dẫn I', 'Hướng dẫn II']);
  });

  it('sets placeholder texts last, so a host refusing them keeps the structure whole and says so', async () => {
    const { fake, host } = setup(['Cuối']);
    fake.refusePlaceholderText = true;
    const result = await host.apply([
      {
        kind: 'insertBlock',
        position: { at: 'start' },
        tag: 'thethuc:outline',
        items: [
          paragraphSpec('I. MỘT', { headingLevel: 1 }),
          { kind: 'paragraph', placeholder: { tag: Tags.guide('t', 'I'), text: 'x' } },
          paragraphSpec('II. HAI', { headingLevel: 1 }),
        ],
      },
    ]);
    expect(result.error?.vi).toContain('NotAllowed');
    expect(fake.texts()).toEqual(['I. MỘT', '', 'II. HAI', 'Cuối']);
  });

  it('refuses an insertion after a paragraph that no longer reads as expected', async () => {
    const { fake, host } = setup(['Một', 'Hai']);
    const result = await host.apply([
      {
        kind: 'insertBlock',
        position: { at: 'afterParagraph', paragraph: 0, expected: 'Khác' },
        items: [paragraphSpec('Mới')],
      },
    ]);
    expect(result).toEqual({ applied: 0, stale: [0] });
    expect(fake.texts()).toEqual(['Một', 'Hai']);
  });

  it('inserts untagged paragraphs before a paragraph, at the end, and at the selection', async () => {
    const { fake, host } = setup(['Một', 'Hai', 'Ba']);
    await host.read();
    await host.select({ paragraph: 1, start: 0, length: 3 });
    const result = await host.apply([
      {
        kind: 'insertBlock',
        position: { at: 'beforeParagraph', paragraph: 0, expected: 'Một' },
        items: [paragraphSpec('Trước')],
      },
      { kind: 'insertBlock', position: { at: 'end' }, items: [paragraphSpec('Cuối 1'), paragraphSpec('Cuối 2')] },
      { kind: 'insertBlock', position: { at: 'selection' }, items: [paragraphSpec('Sau Hai')] },
    ]);
    expect(result).toEqual({ applied: 3, stale: [] });
    expect(fake.texts()).toEqual(['Trước', 'Một', 'Hai', 'Sau Hai', 'Ba', 'Cuối 1', 'Cuối 2']);
    expect(fake.controls()).toEqual([]);
  });

  it('stores the template id in the document settings', async () => {
    const { fake, host } = setup(['x']);
    expect(await host.apply([{ kind: 'setMeta', templateId: 'de-nghi' }])).toEqual({ applied: 1, stale: [] });
    expect(fake.settings.get(TEMPLATE_SETTING)).toBe('de-nghi');
    expect(fake.settingsSaves).toBe(1);
    expect((await host.read()).meta.templateId).toBe('de-nghi');
  });

  it('applies text edits and insertions together in three syncs', async () => {
    const { fake, host } = setup(['Hà Nội,, ngày 1', 'Nội dung']);
    await host.read();
    const { result, syncs } = await syncsOf(fake, () =>
      host.apply([
        header('TỈNH A'),
        { kind: 'replaceText', paragraph: 0, start: 6, length: 2, expected: ',,', replacement: ',' },
      ]),
    );
    expect(result).toEqual({ applied: 2, stale: [] });
    expect(syncs).toBe(3);
    expect(fake.texts().slice(-2)).toEqual(['Hà Nội, ngày 1', 'Nội dung']);
  });
});

describe('WordHost: refusals and errors', () => {
  it('changes nothing in a read-only document and says so', async () => {
    const { fake, host } = setup(['Ủy ban  nhân dân'], { mode: 'readOnly' });
    await host.read();
    const before = fake.syncCount;
    const result = await host.apply([
      fix(0, 'Ủy ban  nhân dân', '  ', ' '),
      header('A'),
      { kind: 'setMeta', templateId: 'x' },
    ]);
    expect(result).toEqual({ applied: 0, stale: [], error: WordMessages.readOnly });
    expect(fake.syncCount).toBe(before);
    expect(fake.texts()).toEqual(['Ủy ban  nhân dân']);
    expect(fake.settings.has(TEMPLATE_SETTING)).toBe(false);
    expect((await host.status()).readOnly).toBe(true);
  });

  it('reports a protected document (AccessDenied at write) with the read-only message', async () => {
    const { fake, host } = setup(['Ủy ban  nhân dân']);
    fake.protected = true;
    await host.read();
    const result = await host.apply([fix(0, 'Ủy ban  nhân dân', '  ', ' ')]);
    expect(result).toEqual({ applied: 0, stale: [], error: WordMessages.readOnly });
    expect(fake.texts()).toEqual(['Ủy ban  nhân dân']);
  });

  it('turns an Office failure into a clear message and leaves the document as it was', async () => {
    const { fake, host } = setup(['Ủy ban  nhân dân', 'Hai']);
    await host.read();
    fake.failNextSync('GeneralException');
    const result = await host.apply([fix(0, 'Ủy ban  nhân dân', '  ', ' '), header('A')]);
    expect(result.applied).toBe(0);
    expect(result.error?.vi).toContain('GeneralException');
    expect(result.error?.en).toContain('GeneralException');
    expect(fake.texts()).toEqual(['Ủy ban  nhân dân', 'Hai']);
    expect(fake.controls()).toEqual([]);
  });
});

describe('WordHost: status and comments', () => {
  it('reports comments and track changes with WordApi 1.4', async () => {
    const { fake, host } = setup(['x'], { apiVersion: '1.4' });
    expect(await host.status()).toEqual({ readOnly: false, trackChanges: false, comments: true });
    fake.changeTrackingMode = 'TrackAll';
    expect((await host.status()).trackChanges).toBe(true);
  });

  it('without 1.4: comments false, a clear message, and nothing written', async () => {
    const { fake, host } = setup(['Báo cáo tình hình'], { apiVersion: '1.3' });
    expect(await host.status()).toEqual({ readOnly: false, trackChanges: false, comments: false });
    const before = fake.syncCount;
    const result = await host.replaceComments([{ paragraph: 0, start: 0, length: 7, text: 'Viết hoa' }]);
    expect(result).toEqual({ applied: 0, stale: [], error: WordMessages.commentsUnsupported });
    expect(fake.syncCount).toBe(before);
    expect(fake.comments()).toEqual([]);
  });

  it('replaces its earlier comments, keeps other people’s, in three syncs', async () => {
    const doc = ['Báo cáo tình hình và kết quả', 'và kế hoạch'];
    const { fake, host } = setup(doc);
    fake.addComment(1, 0, 2, 'Ý kiến của lãnh đạo');
    await host.read();
    await host.replaceComments([
      { paragraph: 0, start: 0, length: 7, text: 'Cũ 1' },
      { paragraph: 0, start: doc[0].indexOf('và'), length: 2, text: 'Cũ 2' },
    ]);
    const { result, syncs } = await syncsOf(fake, () =>
      host.replaceComments([
        { paragraph: 0, start: doc[0].indexOf('và'), length: 2, text: 'Mới 1' },
        { paragraph: 1, start: 0, length: 2, text: 'Mới 2' },
        { paragraph: 1, start: 2, length: 1, text: 'Mới 3' },
      ]),
    );
    expect(syncs).toBe(3);
    expect(result).toEqual({ applied: 3, stale: [] });
    const comments = fake.comments();
    expect(comments.filter((c) => !c.content.startsWith(COMMENT_PREFIX))).toEqual([
      { content: 'Ý kiến của lãnh đạo', paragraph: 1, text: 'và' },
    ]);
    expect(
      comments.filter((c) => c.content.startsWith(COMMENT_PREFIX)).map((c) => [c.content, c.paragraph, c.text]),
    ).toEqual([
      [`${COMMENT_PREFIX}Mới 1`, 0, 'và'],
      [`${COMMENT_PREFIX}Mới 2`, 1, 'và'],
      [`${COMMENT_PREFIX}Mới 3`, 1, 'và kế'],
    ]);
  });
});

describe('WordHost.settings', () => {
  it('uses roaming settings when Office offers them', async () => {
    const { fake, host } = setup(['x'], { roamingSettings: true });
    await host.settings.set('unit', 'UBND tỉnh A');
    expect(fake.roamingSettings?.get('unit')).toBe('UBND tỉnh A');
    expect(host.settings.get('unit')).toBe('UBND tỉnh A');
  });

  it('falls back to memory', async () => {
    const { host } = setup(['x']);
    expect(host.settings.get('unit')).toBeUndefined();
    await host.settings.set('unit', 'Sở Nội vụ');
    expect(host.settings.get('unit')).toBe('Sở Nội vụ');
  });
});

describe('WordHost: a text fix writes only what changes', () => {
  it('keeps the formatting of the words around the error (double space before an italic word)', async () => {
    const { fake, host } = setup([
      { runs: [{ text: 'Căn cứ  ' }, { text: 'Luật Tổ chức', font: { italic: true } }, { text: ' Chính phủ' }] },
    ]);
    await host.read();
    const text = 'Căn cứ  Luật Tổ chức Chính phủ';
    expect(await host.apply([fix(0, text, '  ', ' ')])).toEqual({ applied: 1, stale: [] });
    const [p] = fake.paragraphs();
    expect(p.text).toBe('Căn cứ Luật Tổ chức Chính phủ');
    expect(p.runs.filter((r) => r.font.italic).map((r) => r.text)).toEqual(['Luật Tổ chức']);
  });

  it('removes a duplicated word and inserts a missing space without touching the neighbours', async () => {
    const { fake, host } = setup([
      { runs: [{ text: 'đại ' }, { text: 'Đoàn đoàn', font: { bold: true } }, { text: ' kết; xã.Trong năm' }] },
    ]);
    await host.read();
    const text = 'đại Đoàn đoàn kết; xã.Trong năm';
    const result = await host.apply([
      { kind: 'replaceText', paragraph: 0, start: 4, length: 5, expected: 'Đoàn ', replacement: '' },
      fix(0, text, '.T', '. T'),
    ]);
    expect(result).toEqual({ applied: 2, stale: [] });
    const [p] = fake.paragraphs();
    expect(p.text).toBe('đại đoàn kết; xã. Trong năm');
    expect(p.runs.filter((r) => r.font.bold).map((r) => r.text)).toEqual(['đoàn']);
  });
});
