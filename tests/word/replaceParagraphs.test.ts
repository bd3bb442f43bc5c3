import type { InsertBlockEdit } from '../../src/core/edit';
import { buildHeaderEdit } from '../../src/core/header';
import { Tags } from '../../src/core/tags';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord, type FakeBlock } from '../fakes/fakeWord';
import { partyHeader } from './fixtures';

const header = partyHeader;

/** A header typed by hand: a two-column table, then the document type and summary, then the body. */
const handTyped: FakeBlock[] = [
  'Ghi chú trước',
  {
    table: [
      ['ĐẢNG BỘ TỈNH', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['Số 12-BC/ĐU', 'Bình Định, ngày 1 tháng 9 năm 2026'],
    ],
  },
  'BÁO CÁO',
  'tổng kết cũ',
  'Nội dung chính.',
];

function replacing(first: number, last: number, expected: string[]): InsertBlockEdit {
  return { ...buildHeaderEdit(header), position: { at: 'replaceParagraphs', first, last, expected } };
}

describe.each(['desktop', 'web'] as const)('replaceParagraphs on the fake Word (%s)', (host) => {
  async function setup() {
    const fake = createFakeWord(handTyped, { host });
    const word = new WordHost(fake.env);
    const doc = await word.read();
    return { fake, word, texts: doc.paragraphs.map((p) => p.text) };
  }

  it('replaces a hand-typed header (a table and paragraphs) by the tagged block in one write', async () => {
    const { fake, word, texts } = await setup();
    const before = fake.syncCount;
    const result = await word.apply([replacing(1, 6, texts.slice(1, 7))]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(fake.syncCount - before).toBe(2);
    expect(fake.tables().map((t) => t.tags)).toEqual([[Tags.header]]);
    const after = fake.texts();
    expect(after[0]).toBe('Ghi chú trước');
    expect(after.at(-1)).toBe('Nội dung chính.');
    for (const gone of ['ĐẢNG BỘ TỈNH', 'Số 12-BC/ĐU', 'tổng kết cũ']) expect(after).not.toContain(gone);
    expect(after).toContain('Số 694\u2011BC/ĐUK');
    expect(fake.controls().filter((c) => c.tag === Tags.header)).toHaveLength(1);
  });

  it('replaces plain paragraphs only', async () => {
    const { fake, word, texts } = await setup();
    expect(await word.apply([replacing(5, 6, texts.slice(5, 7))])).toEqual({ applied: 1, stale: [] });
    expect(fake.tables()).toHaveLength(2);
    expect(fake.texts()).not.toContain('tổng kết cũ');
    expect(fake.texts().filter((t) => t === 'BÁO CÁO')).toHaveLength(1);
    expect(fake.texts().at(-1)).toBe('Nội dung chính.');
  });

  it('refuses, changing nothing, when a paragraph no longer reads as expected or the range cuts a table', async () => {
    const { fake, word, texts } = await setup();
    const original = fake.texts();
    const changed = [...texts.slice(1, 7)];
    changed[4] = 'BÁO CÁO KHÁC';
    expect(await word.apply([replacing(1, 6, changed)])).toEqual({ applied: 0, stale: [0] });
    expect(await word.apply([replacing(2, 6, texts.slice(2, 7))])).toEqual({ applied: 0, stale: [0] });
    expect(await word.apply([replacing(0, 3, texts.slice(0, 4))])).toEqual({ applied: 0, stale: [0] });
    expect(await word.apply([replacing(1, 6, texts.slice(1, 6))])).toEqual({ applied: 0, stale: [0] });
    expect(fake.texts()).toEqual(original);
  });
});
