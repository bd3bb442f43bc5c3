import { strToU8, unzipSync, zipSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx';
import { crc32, rewriteZip, ZipArchive, DEFAULT_ZIP_LIMITS } from '../../src/docx/zip';
import { buildDocx, p } from './buildDocx';
import { deflatedZeros, hostile } from '../reliability/hostile';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    return e.code;
  }
}

describe('bounded zip reading', () => {
  it('reads the parts a document uses and agrees with a full unzip', () => {
    const bytes = buildDocx({ body: p('Một') + p('Hai'), styles: '' });
    const archive = new ZipArchive(bytes);
    const all = unzipSync(bytes);
    for (const [name, data] of Object.entries(all)) expect(archive.read(name)).toEqual(data);
    expect(archive.read('WORD/Document.xml')).toEqual(all['word/document.xml']);
    expect(archive.read('word/nothing.xml')).toBeUndefined();
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('refuses a part that inflates past its declared size at the first step (2 GiB bomb, small on disk)', () => {
    const bomb = hostile.bombLyingSize(2048);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(codeOf(() => readDocx(bomb))).toBe('corrupt');
    expect(() => readDocx(bomb)).toThrow(/dài hơn khai báo/);
  });

  it('refuses a part whose declared size is past the per-part limit without inflating it', () => {
    expect(codeOf(() => readDocx(hostile.bombHonestSize()))).toBe('too-large-part');
  });

  it('holds the total of inflated parts under its limit', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxPartBytes: 8 * 1024 * 1024, maxTotalBytes: 6 * 1024 * 1024 };
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const archive = new ZipArchive(zipSync({ 'a.xml': zeros, 'b.xml': zeros }), limits);
    expect(archive.read('a.xml')?.length).toBe(zeros.length);
    expect(codeOf(() => archive.read('b.xml'))).toBe('too-large-total');
  });

  it('never inflates parts it does not use: 1,000 unused 10 MB parts read like a small file', () => {
    const bytes = hostile.manyUnusedParts(1000, 10);
    const before = process.memoryUsage().rss;
    const doc = readDocx(bytes);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(['Báo cáo kết quả công tác năm 2026.']);
    // 10 GB if inflated; a generous bound that still fails on inflating even one part per ten.
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 * 1024);
  });

  it('refuses an archive with more entries than the limit', () => {
    expect(codeOf(() => readDocx(hostile.tooManyEntries(20_000)))).toBe('too-large-entries');
  });

  it('refuses a file larger than the input limit', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 100 };
    expect(codeOf(() => readDocx(hostile.good(), 'x.docx', limits))).toBe('too-large');
  });

  it.each([
    ['not a zip', 'not-zip', hostile.notZip],
    ['truncated', 'corrupt', hostile.truncated],
    ['a damaged part (CRC)', 'corrupt', hostile.corruptData],
    ['legacy .doc', 'legacy-doc', hostile.legacyDoc],
    ['password-protected', 'encrypted', hostile.encrypted],
    ['no word/document.xml', 'not-word', hostile.noDocumentXml],
    ['malformed XML', 'corrupt', hostile.malformedXml],
    ['a DTD with an external entity', 'dtd', hostile.dtdEntity],
  ])('%s → %s', (_name, code, make) => {
    expect(codeOf(() => readDocx(make()))).toBe(code);
  });

  it('gives the XML parser reason on one line', () => {
    try {
      readDocx(hostile.malformedXml());
    } catch (e) {
      expect((e as DocxReadError).messageIn('vi')).not.toMatch(/\n/);
    }
  });

  it('builds a repeating deflate stream that really inflates to the stated size', () => {
    const { inflateSync } = jest.requireActual<typeof import('fflate')>('fflate');
    expect(inflateSync(deflatedZeros(3)).length).toBe(3 * 1024 * 1024);
  });
});

describe('rewriteZip', () => {
  it('copies every other entry byte for byte and replaces the named part', () => {
    const bytes = buildDocx({ body: p('Một'), extra: { 'word/media/x.xml': '<x/>' } });
    const archive = new ZipArchive(bytes);
    const out = rewriteZip(
      archive,
      new Map([
        ['word/document.xml', strToU8('<new/>')],
        ['word/added.xml', strToU8('<a/>')],
      ]),
    );
    const before = unzipSync(bytes);
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'word/added.xml']);
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
    expect(new TextDecoder().decode(after['word/document.xml'])).toBe('<new/>');
    expect(new ZipArchive(out).read('word/added.xml')).toEqual(strToU8('<a/>'));
  });
});
