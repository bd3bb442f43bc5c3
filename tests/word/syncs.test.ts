/**
 * Round trips (context.sync calls) per operation, on a document with a header table, a list and plain
 * paragraphs. "was" is the adapter before it was built around real Word's behaviour (docs/word-compatibility.md):
 * the read gained a details batch (list numbers, table cells and reviewed texts only where needed), text fixes
 * and comments a batch that searches inside the target paragraph instead of the whole body.
 */
import type { TextEdit } from '../../src/core/edit';
import type { DocumentModel } from '../../src/core/model';
import { buildHeaderEdit, buildSignatureEdit } from '../../src/core/header';
import { buildScaffold } from '../../src/core/outline/scaffold';
import { getTemplate } from '../../src/core/templates';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord, type FakeBlock } from '../fakes/fakeWord';

const blocks: FakeBlock[] = [
  { table: [['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']] },
  'Kính  gửi các đơn vị.',
  { listString: '1.', text: 'Mục  một có  hai lỗi.' },
  { listString: '2.', text: 'Mục  hai.' },
  'Cuối  cùng  là  đây.',
];

function doubleSpaces(texts: string[]): TextEdit[] {
  return texts.flatMap((text, paragraph) =>
    [...text.matchAll(/ {2}/g)].map((m) => ({
      kind: 'replaceText' as const,
      paragraph,
      start: m.index!,
      length: 2,
      expected: '  ',
      replacement: ' ',
    })),
  );
}

type Call = (host: WordHost, texts: string[], doc: DocumentModel) => Promise<unknown>;

/** Syncs of `call`, made after a read (not counted) unless `read` is false. */
async function measure(call: Call, read = true) {
  const fake = createFakeWord(blocks);
  const host = new WordHost(fake.env);
  const doc = read ? await host.read() : { paragraphs: [], meta: {} };
  const before = fake.syncCount;
  await call(
    host,
    doc.paragraphs.map((p) => p.text),
    doc,
  );
  return fake.syncCount - before;
}

const signature = {
  profile: 'party' as const,
  date: '2026-09-15',
  authority: 'T/M' as const,
  authorityBody: 'BAN THƯỜNG VỤ',
  office: 'PHÓ BÍ THƯ',
  signer: 'Nguyễn Hữu Lộc',
  recipients: ['Ban Thường vụ Tỉnh uỷ'],
  archive: 'Văn phòng Đảng uỷ Khối',
};

describe('context.sync() calls per operation (was → now)', () => {
  const cases: Array<[string, number, number, Call, boolean?]> = [
    ['read', 1, 2, (host) => host.read(), false],
    ['select a finding', 2, 3, (host) => host.select({ paragraph: 2, start: 3, length: 2 })],
    ['one fix', 2, 3, (host, texts) => host.apply(doubleSpaces(texts).slice(0, 1))],
    ['fix all (7 fixes in 4 paragraphs)', 2, 3, (host, texts) => host.apply(doubleSpaces(texts))],
    ['header insertion', 2, 2, (host) => host.apply([buildHeaderEdit(headerInput)])],
    ['signature insertion', 2, 2, (host) => host.apply([buildSignatureEdit(signature)])],
    ['outline insertion', 2, 2, (host, _t, doc) => host.apply(buildScaffold(doc, getTemplate('bao-cao-tong-ket')!))],
    [
      'comments (3)',
      2,
      3,
      (host, texts) =>
        host.replaceComments(
          doubleSpaces(texts)
            .slice(0, 3)
            .map((e) => ({ ...e, text: 'Thừa dấu cách.' })),
        ),
    ],
  ];

  it.each(cases)('%s: %i → %i', async (_name, _was, now, call, read = true) => {
    expect(await measure(call, read)).toBe(now);
  });

  it('fix all checks every fix in the same three syncs', async () => {
    const fake = createFakeWord(blocks);
    const host = new WordHost(fake.env);
    const texts = (await host.read()).paragraphs.map((p) => p.text);
    expect(await host.apply(doubleSpaces(texts))).toEqual({ applied: 7, stale: [] });
    expect(fake.texts().some((t) => t.includes('  '))).toBe(false);
  });
});

const headerInput = {
  profile: 'party' as const,
  superiorBody: 'ĐẢNG BỘ TỈNH BÌNH ĐỊNH',
  issuingBody: 'ĐẢNG UỶ KHỐI CÁC CƠ QUAN',
  issuerAbbr: 'ĐUK',
  typeId: 'bao-cao',
  number: '694',
  place: 'Bình Định',
  date: '2026-09-15',
  summary: 'tổng kết',
};
