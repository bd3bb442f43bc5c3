/**
 * Speed of the checker on a long document: a deterministic ~100-page report (~40,000 words) built from the seed
 * documents' paragraphs with variations (seeded PRNG), or from built-in sentences when ../shared is absent.
 * Reports medians of repeated runs of (a) all rules via checkDocument and (b) the typo rules only, each beside one
 * pass of a single Unicode regex (/[\p{L}\p{M}]+/gu) over the same text, timed in the same run.
 *
 * Usage: npm run bench [-- --runs 21]
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { checkDocument } from '../src/core/check';
import { createDocument, type DocumentModel } from '../src/core/model';
import { readPlainText } from '../src/core/plainText';
import { allRules } from '../src/core/rules';
import { presentationRules } from '../src/core/rules/presentation';
import { typoRules } from '../src/core/rules/typo';
import { runRules } from '../src/core/runner';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');
const TARGET_WORDS = 40_000;
const PAGES = 100;

const BUILT_IN = [
  'Căn cứ vào chức năng, nhiệm vụ và quyền hạn của cơ quan, báo cáo tình hình thực hiện như sau:',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện nghị quyết tại cơ sở.',
  'Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, dân chủ, công bằng, văn minh.',
  'Đảng uỷ cơ quan lãnh đạo, chỉ đạo các chi bộ trực thuộc triển khai thực hiện nghiêm túc.',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch.',
  'Củng cố và phát triển khối đại đoàn kết, giữ vững an ninh chính trị, trật tự an toàn xã hội.',
];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceParagraphs(): string[] {
  const files = existsSync(SEEDS)
    ? ['000_e4afd91083a3c978.txt', '001_1d6683048ed9c242.txt'].map((f) => join(SEEDS, f)).filter(existsSync)
    : [];
  const texts = files.flatMap((f) => readPlainText(readFileSync(f, 'utf8')).paragraphs.map((p) => p.text));
  const body = texts.filter((t) => t.split(' ').length >= 8);
  return body.length ? body : BUILT_IN;
}

/** Variations a real report shows: numbers, tone placement, doubled spaces and words, decomposed Unicode. */
function vary(text: string, random: () => number): string {
  let t = text.replace(/\d+/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + random())))));
  const roll = random();
  if (roll < 0.1) t = t.replace(/hoá/g, 'hóa').replace(/uỷ/g, 'ủy');
  else if (roll < 0.15) t = t.replace(/ (\p{L}+) /u, '  $1 ');
  else if (roll < 0.2) t = t.replace(/ (của|và|các) /u, ' $1 $1 ');
  else if (roll < 0.22) t = t.normalize('NFD');
  return t;
}

function buildReport(): { doc: DocumentModel; words: number } {
  const random = prng(20221004);
  const sources = sourceParagraphs();
  const paragraphs: string[] = [];
  let words = 0;
  for (let page = 1; words < TARGET_WORDS; page++) {
    if (page <= PAGES && paragraphs.length % 12 === 0) paragraphs.push(`${page}. NỘI DUNG PHẦN ${page}`);
    const text = vary(sources[Math.floor(random() * sources.length)], random);
    paragraphs.push(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  return { doc: createDocument(paragraphs, { name: 'bench' }), words };
}

function regexPass(doc: DocumentModel): number {
  let n = 0;
  for (const p of doc.paragraphs) for (const _ of p.text.matchAll(/[\p{L}\p{M}]+/gu)) n++;
  return n;
}

/** The same report as a .docx would read: fonts, paragraph layout, one A4 section, every capability. */
function withPresentation(doc: DocumentModel): DocumentModel {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => ({
      ...p,
      font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: false, color: '#000000' },
      runs: [
        {
          start: 0,
          length: p.text.length,
          font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: false },
        },
      ],
      alignment: 'justified',
      format: {
        firstLineIndentMm: 10,
        leftIndentMm: 0,
        rightIndentMm: 0,
        spaceBeforePt: 6,
        spaceAfterPt: 0,
        lineSpacing: { rule: 'multiple', value: 1 },
      },
    })),
    sections: [
      {
        firstParagraph: 0,
        paperWidthMm: 210,
        paperHeightMm: 297,
        orientation: 'portrait',
        marginTopMm: 20,
        marginBottomMm: 20,
        marginLeftMm: 30,
        marginRightMm: 15,
        pageNumbers: { present: true, place: 'header', alignment: 'centered', hiddenOnFirstPage: true },
      },
    ],
    capabilities: { fonts: true, paragraphFormat: true, pageSetup: true, pageNumbers: true },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21;
  const { doc, words } = buildReport();
  const chars = doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
  console.log(
    `Document: ${doc.paragraphs.length} paragraphs, ${words} words, ${chars} characters (seeded PRNG, ${existsSync(SEEDS) ? 'seed text' : 'built-in sentences'})`,
  );
  const rows: Array<[string, number, number, number]> = [];
  const measure = (label: string, run: () => unknown) => {
    run(); // warm-up: JIT and the engine's syllable caches, as in a task pane that re-checks
    const ruleTimes: number[] = [];
    const regexTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      regexTimes.push(time(() => regexPass(doc)));
      ruleTimes.push(time(run));
    }
    rows.push([label, median(ruleTimes), median(regexTimes), runs]);
  };
  measure('typo rules (runRules)', () => runRules(doc, typoRules));
  try {
    measure('all rules (checkDocument)', () => checkDocument(doc));
  } catch (e) {
    console.log(`all rules: failed (${(e as Error).message})`);
  }
  // Presentation rules: the whole check on the formatted report, with and without them, alternating, in process
  // CPU time (user + system) as well as wall time: on a shared machine CPU time is what the rules cost.
  const formatted = withPresentation(doc);
  const withoutPresentation = allRules.filter((r) => !presentationRules.includes(r));
  const cpu = (fn: () => unknown) => {
    const start = process.cpuUsage();
    fn();
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
  const samples = {
    wallWithout: [] as number[],
    wallWith: [] as number[],
    cpuWithout: [] as number[],
    cpuWith: [] as number[],
  };
  checkDocument(formatted, {}, allRules); // warm-up
  for (let i = 0; i < runs; i++) {
    samples.wallWithout.push(time(() => checkDocument(formatted, {}, withoutPresentation)));
    samples.cpuWithout.push(cpu(() => checkDocument(formatted, {}, withoutPresentation)));
    samples.wallWith.push(time(() => checkDocument(formatted, {}, allRules)));
    samples.cpuWith.push(cpu(() => checkDocument(formatted, {}, allRules)));
  }
  const [without, withAll, cpuWithout, cpuWith] = [
    samples.wallWithout,
    samples.wallWith,
    samples.cpuWithout,
    samples.cpuWith,
  ].map(median);
  const findings = runRules(doc, typoRules).length;
  console.log(`Typo findings on it: ${findings}\n`);
  console.log('run                        median ms   regex pass ms   ratio   runs');
  console.log('-------------------------  ---------   -------------   -----   ----');
  for (const [label, t, r, n] of rows) {
    console.log(
      `${label.padEnd(25)}  ${t.toFixed(2).padStart(9)}   ${r.toFixed(2).padStart(13)}   ${(t / r).toFixed(1).padStart(5)}   ${String(n).padStart(4)}`,
    );
  }
  const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(
    `\nWhole check on the formatted report, without → with presentation rules: wall ${without.toFixed(2)} → ${withAll.toFixed(2)} ms (${pct(without, withAll)}), CPU ${cpuWithout.toFixed(2)} → ${cpuWith.toFixed(2)} ms (${pct(cpuWithout, cpuWith)}; target ≤ 10 %: ${cpuWith <= cpuWithout * 1.1 ? 'met' : 'NOT met'}).`,
  );
  const typo = rows[0];
  console.log(
    `\nTargets for the typo rules: median ≤ 20 ms (${typo[1] <= 20 ? 'met' : 'NOT met'}), ≤ 15 × the regex pass (${typo[1] / typo[2] <= 15 ? 'met' : 'NOT met'}).`,
  );
}

main();
