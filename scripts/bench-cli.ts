/**
 * Speed of the command line as a reviewer uses it, whole processes (npm run build:cli first):
 *  1. 100 generated 20-page .docx reports checked by one `thethuc check` process, with and without --annotate,
 *     beside a baseline measured in the same run that only unzips each file and parses its document.xml.
 *  2. Startup: a one-line .txt checked by the CLI beside `node -e 0` (medians of repeated runs).
 * Files are generated into a temporary folder and removed afterwards.
 *
 * Usage: npm run bench:cli [-- --files 100 --runs 11]
 */
import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { availableParallelism, cpus, tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'thethuc.js');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 100);
const RUNS = arg('runs', 11);
/** About 400 words a page. */
const PARAGRAPHS_PER_PAGE = 8;
const PAGES = 20;

const SENTENCES = [
  'Đảng uỷ cơ quan lãnh đạo, chỉ đạo các chi bộ trực thuộc triển khai thực hiện nghiêm túc nghị quyết của cấp trên.',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch  tại bộ phận một cửa.',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện nghị quyết tại cơ sở, kịp thời chấn chỉnh những hạn chế.',
  'Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, dân chủ, công bằng, văn minh.',
  'Củng cố và phát triển khối đại đoàn kết, giữ vững an ninh chính trị, trật tự an toàn xã hội của của địa phương.',
  'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 92,5%, tăng 3,1% so với cùng kỳ năm trước .',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const para = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/** A Party unit's 20-page report: header, numbered sections, paragraphs with the mistakes units make. */
function report(n: number): Uint8Array {
  const body: string[] = [
    para('ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH'),
    para(`ĐẢNG UỶ SỞ SỐ ${n + 1}`),
    para(`Số ${n + 1}-BC/ĐU`),
    para(`Hà Nội, ngày 15 tháng 11 năm 2026`),
    para('BÁO CÁO', true),
    para('kết quả thực hiện nhiệm vụ năm 2026'),
  ];
  let k = n;
  for (let page = 0; page < PAGES; page++) {
    if (page % 4 === 0)
      body.push(para(`${['I', 'II', 'III', 'IV', 'V'][page / 4]}. NỘI DUNG PHẦN ${page / 4 + 1}`, true));
    for (let i = 0; i < PARAGRAPHS_PER_PAGE; i++) {
      const text = [0, 1, 2, 3].map(() => SENTENCES[k++ % SENTENCES.length]).join(' ');
      body.push(
        `<w:p><w:r><w:t xml:space="preserve">${escape(text.slice(0, 60))}</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${escape(text.slice(60))}</w:t></w:r></w:p>`,
      );
    }
  }
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
    'word/_rels/document.xml.rels': strToU8(rels('')),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`,
    ),
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeProcess(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    // The report is not what is measured; piping megabytes of JSON back would be.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} → ${r.status}: ${r.stderr}`);
  return ms;
}

/** Only unzip each file and parse its document.xml: the floor any .docx checker stands on. */
function baseline(dir: string): number {
  const t0 = performance.now();
  for (const name of readdirSync(dir)) {
    const parts = unzipSync(new Uint8Array(readFileSync(join(dir, name))), { filter: (f) => f.name.endsWith('.xml') });
    new DOMParser().parseFromString(new TextDecoder().decode(parts['word/document.xml']), 'text/xml');
  }
  return performance.now() - t0;
}

const work = mkdtempSync(join(tmpdir(), 'thethuc-bench-cli-'));
try {
  const docs = join(work, 'reports');
  const annotated = join(work, 'annotated');
  mkdirSync(docs);
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(docs, `báo cáo ${String(i + 1).padStart(3, '0')}.docx`), report(i));
  const oneLine = join(work, 'một dòng.txt');
  writeFileSync(oneLine, 'Báo cáo kết quả công tác năm 2026.\n');

  const rounds = Math.max(3, Math.round(RUNS / 3));
  const base = median(Array.from({ length: rounds }, () => baseline(docs)));
  const check = (env: Record<string, string> = {}, extra: string[] = []) =>
    median(
      Array.from({ length: rounds }, () =>
        timeProcess([BIN, 'check', '--quiet', '--format', 'json', ...extra, docs], env),
      ),
    );
  const parallel = check();
  const serial = check({ THETHUC_JOBS: '1' });
  const annotate = check({}, ['--annotate', annotated]);
  const empty = median(Array.from({ length: RUNS }, () => timeProcess(['-e', '0'])));
  const startup = median(Array.from({ length: RUNS }, () => timeProcess([BIN, 'check', oneLine])));

  const rate = (ms: number) => ((FILES / ms) * 1000).toFixed(1);
  const row = (label: string, ms: number) =>
    `| ${label} | ${ms.toFixed(0)} ms | ${rate(ms)} | ${(ms / base).toFixed(2)}× |`;
  console.log(`Machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(
    `${FILES} reports of ${PAGES} pages (${PAGES * PARAGRAPHS_PER_PAGE + 6} paragraphs each), medians of ${rounds} runs\n`,
  );
  console.log('| Run | Time | Files/s | × baseline |');
  console.log('|---|---:|---:|---:|');
  console.log(row('Baseline: unzip + parse document.xml (in-process)', base));
  console.log(row(`thethuc check, worker pool (${availableParallelism()} cores)`, parallel));
  console.log(row('thethuc check, one thread (THETHUC_JOBS=1)', serial));
  console.log(row('thethuc check --annotate, worker pool', annotate));
  console.log(
    `\nStartup, one-line .txt, medians of ${RUNS}: thethuc ${startup.toFixed(0)} ms, node -e 0 ${empty.toFixed(0)} ms (difference ${(startup - empty).toFixed(0)} ms)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
