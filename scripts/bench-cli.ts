/**
 * Speed of the command line as a reviewer uses it, whole processes (npm run build:cli first):
 *  1. 100 generated 20-page .docx reports checked by one `thethuc check` process, with and without --annotate,
 *     beside a baseline measured in the same run that only unzips each file and parses its document.xml.
 *  2. A 300-page .txt report checked by `thethuc check` beside a retext pipeline (retext, whose parser is
 *     retext-latin, with retext-repeated-words) run as its own process on the same file (issue #14: ≤ 0.5×).
 *  3. Startup: a one-line .txt checked by the CLI beside `node -e 0` (medians of repeated runs).
 * Times are wall clock of whole processes; CPU time (user + system, children included) is shown beside them,
 * since wall time on a shared machine says more about the neighbours than about the program.
 * Files are generated into a temporary folder and removed afterwards.
 *
 * Usage: npm run bench:cli [-- --files 100 --runs 11 --pages 300 --skip docx,text,startup]
 */
import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { availableParallelism, cpus, tmpdir } from 'os';
import { buildReport } from './bench-report';
import { join } from 'path';
import { performance } from 'perf_hooks';

const ROOT = join(__dirname, '..');
/** THETHUC_BIN runs another build (e.g. an older bundle) through the same measurements. */
const BIN = process.env.THETHUC_BIN ?? join(ROOT, 'bin', 'thethuc.js');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 100);
const RUNS = arg('runs', 11);
const TEXT_PAGES = arg('pages', 300);
const SKIP = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','));
if (!process.argv.includes('--skip')) SKIP.clear();
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

interface Timing {
  /** Wall clock, ms. */
  wall: number;
  /** User + system CPU of the child, ms. */
  cpu: number;
}

function timeProcess(args: string[], env: Record<string, string> = {}, cwd = ROOT): Timing {
  const before = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    // The report is not what is measured; piping megabytes of JSON back would be.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} → ${r.status}: ${r.stderr}`);
  return { wall, cpu: childCpu() - before };
}

/** CPU used so far by finished children (Linux and macOS report it; elsewhere 0). */
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of the full line, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

function medianTiming(runs: Timing[]): Timing {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const RETEXT = `
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextRepeatedWords from 'retext-repeated-words';
const file = await retext().use(retextRepeatedWords).process(readFileSync(process.argv[1], 'utf8'));
process.stdout.write(file.messages.length + '\\n');
`;

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
const fmt = (t: Timing) => `${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;
try {
  console.log(`Machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, Node ${process.version}`);
  const rounds = Math.max(3, Math.round(RUNS / 3));

  if (!SKIP.has('docx')) {
    const docs = join(work, 'reports');
    const annotated = join(work, 'annotated');
    mkdirSync(docs);
    for (let i = 0; i < FILES; i++)
      writeFileSync(join(docs, `báo cáo ${String(i + 1).padStart(3, '0')}.docx`), report(i));
    const base = median(Array.from({ length: rounds }, () => baseline(docs)));
    const check = (env: Record<string, string> = {}, extra: string[] = []) =>
      medianTiming(
        Array.from({ length: rounds }, () =>
          timeProcess([BIN, 'check', '--quiet', '--format', 'json', ...extra, docs], env),
        ),
      );
    const parallel = check();
    const serial = check({ THETHUC_JOBS: '1' });
    const annotate = check({}, ['--annotate', annotated]);
    const serialAnnotate = check({ THETHUC_JOBS: '1' }, ['--annotate', annotated]);
    const rate = (ms: number) => ((FILES / ms) * 1000).toFixed(1);
    const row = (label: string, t: Timing) =>
      `| ${label} | ${t.wall.toFixed(0)} ms | ${t.cpu ? `${t.cpu.toFixed(0)} ms` : '–'} | ${rate(t.wall)} | ${(t.wall / base).toFixed(2)}× |`;
    console.log(
      `\n${FILES} reports of ${PAGES} pages (${PAGES * PARAGRAPHS_PER_PAGE + 6} paragraphs each), medians of ${rounds} runs\n`,
    );
    console.log('| Run | Time | CPU | Files/s | × baseline |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(row('Baseline: unzip + parse document.xml (in-process)', { wall: base, cpu: 0 }));
    console.log(row(`thethuc check, worker pool (${availableParallelism()} cores)`, parallel));
    console.log(row('thethuc check, one thread (THETHUC_JOBS=1)', serial));
    console.log(row('thethuc check --annotate, worker pool', annotate));
    console.log(row('thethuc check --annotate, one thread', serialAnnotate));
  }

  if (!SKIP.has('text')) {
    const big = join(work, `báo cáo ${TEXT_PAGES} trang.txt`);
    const { doc, words } = buildReport(TEXT_PAGES);
    writeFileSync(big, doc.paragraphs.map((p) => p.text).join('\n\n'));
    const cli = medianTiming(Array.from({ length: rounds }, () => timeProcess([BIN, 'check', big])));
    let peer: Timing | undefined;
    try {
      peer = medianTiming(
        Array.from({ length: rounds }, () => timeProcess(['--input-type=module', '-e', RETEXT, big])),
      );
    } catch (e) {
      console.log(`\nretext not runnable here (${(e as Error).message.split('\n')[0]}): devDependencies installed?`);
    }
    console.log(`\n${TEXT_PAGES}-page .txt (${words} words), whole processes, medians of ${rounds} runs:`);
    console.log(`  thethuc check: ${fmt(cli)}`);
    if (peer) {
      console.log(`  retext + retext-latin + retext-repeated-words: ${fmt(peer)}`);
      console.log(
        `  ratio thethuc / retext: ${(cli.wall / peer.wall).toFixed(2)}× wall, ${peer.cpu ? (cli.cpu / peer.cpu).toFixed(2) : '?'}× CPU (target ≤ 0.5×)`,
      );
    }
  }

  if (!SKIP.has('startup')) {
    const oneLine = join(work, 'một dòng.txt');
    writeFileSync(oneLine, 'Báo cáo kết quả công tác năm 2026.\n');
    const empty = medianTiming(Array.from({ length: RUNS }, () => timeProcess(['-e', '0'])));
    const startup = medianTiming(Array.from({ length: RUNS }, () => timeProcess([BIN, 'check', oneLine])));
    const version = medianTiming(Array.from({ length: RUNS }, () => timeProcess([BIN, '--version'])));
    console.log(`\nStartup, medians of ${RUNS} runs (target: one-line file ≤ 120 ms whole process):`);
    console.log(`  thethuc check <one-line .txt>: ${fmt(startup)}`);
    console.log(`  thethuc --version: ${fmt(version)}`);
    console.log(`  node -e 0: ${fmt(empty)}`);
    console.log(
      `  one-line check above node -e 0: ${(startup.wall - empty.wall).toFixed(0)} ms wall, ${(startup.cpu - empty.cpu).toFixed(0)} ms CPU`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
