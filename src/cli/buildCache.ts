/**
 * `bin/thethuc.js --build-cache` (the last step of `npm run build:cli`): writes the decoded lexicon next to the
 * bundle, then checks a short text and a small .docx in memory so that the code cache the loader writes on exit
 * holds the functions a usual run compiles.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { buildLexiconCache, LEXICON_CACHE_FILE } from './lexiconCache';
import { main, type CliIO } from './main';

const SAMPLE = [
  'ĐẢNG BỘ TỈNH BẮC NINH',
  'HUYỆN UỶ YÊN PHONG',
  'Số 12-BC/HU',
  'Yên Phong, ngày 15 tháng 11 năm 2026',
  'BÁO CÁO',
  'kết quả thực hiện nhiệm vụ năm 2026',
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục  hành chính được công khai, minh bạch của của cơ sở .',
  'Nơi nhận:',
  '- Tỉnh uỷ,',
  '- Lưu VP.',
];

function sampleDocx(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = SAMPLE.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('');
  const rels = (items: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      rels(
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
      ),
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** Writes the lexicon cache into `dir` (or removes a stale one) and warms the code up; resolves to an exit code. */
export async function buildCaches(dir: string, log: (line: string) => void): Promise<number> {
  const target = join(dir, LEXICON_CACHE_FILE);
  const bytes = buildLexiconCache();
  if (bytes) {
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } else {
    rmSync(target, { force: true });
    log('thethuc: the lexicon cache would answer differently from the decoded lexicon; none written (slower start)');
  }
  const files: Record<string, Uint8Array> = {
    'mẫu.txt': strToU8(SAMPLE.join('\n\n')),
    'mẫu.docx': sampleDocx(),
  };
  const sink = { write: () => undefined };
  const io: CliIO = {
    stdout: sink,
    stderr: sink,
    readFile: (path) => (files[path] ? Promise.resolve(files[path]) : Promise.reject(new Error(path))),
    writeFile: () => Promise.resolve(),
    pathKind: (path) => Promise.resolve(files[path] ? 'file' : 'missing'),
    listDir: () => Promise.resolve([]),
  };
  for (const format of ['text', 'json'])
    await main(['check', '--format', format, '--annotate', 'out', ...Object.keys(files)], io);
  return 0;
}
