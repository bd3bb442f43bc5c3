/**
 * Writes the hostile and broken files of tests/reliability into a folder (a new temporary one by default), for
 * trying the CLI by hand: `npx tsx scripts/make-hostile.ts [folder]` then `thethuc check <folder>`.
 * All are small on disk (the 2 GiB bomb is about 2 MB); nothing here is ever committed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { hostile } from '../tests/reliability/hostile';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'thethuc-hostile-'));
mkdirSync(dir, { recursive: true });
const files: Record<string, () => Uint8Array | string> = {
  'tốt.docx': () => hostile.good(),
  'không phải zip.docx': hostile.notZip,
  'bị cắt.docx': hostile.truncated,
  'hỏng dữ liệu.docx': hostile.corruptData,
  'văn bản cũ.doc': hostile.legacyDoc,
  'có mật khẩu.docx': hostile.encrypted,
  'thiếu document.docx': hostile.noDocumentXml,
  'xml hỏng.docx': hostile.malformedXml,
  'thực thể ngoài.docx': hostile.dtdEntity,
  'bom 2 GiB.docx': () => hostile.bombLyingSize(2048),
  'bom khai thật.docx': hostile.bombHonestSize,
  'nghìn phần không dùng.docx': () => hostile.manyUnusedParts(1000, 10),
  'quá nhiều mục.docx': () => hostile.tooManyEntries(20_000),
  'rỗng.docx': () => new Uint8Array(0),
  'rỗng.txt': () => '',
};
for (const [name, make] of Object.entries(files)) writeFileSync(join(dir, name), make());
mkdirSync(join(dir, 'thư mục trống'), { recursive: true });
console.log(dir);
