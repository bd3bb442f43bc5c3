/**
 * The bench's documents: a deterministic report of any length (~400 words a page) built from the seed documents'
 * title, headings and body paragraphs with variations (seeded PRNG), or from built-in sentences when ../shared
 * is absent. Same seed, same pages → same document, so runs compare.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { createDocument, type DocumentModel } from '../src/core/model';
import { readPlainText } from '../src/core/plainText';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');
export const WORDS_PER_PAGE = 400;
/** Body paragraphs under each heading. */
const SECTION_LENGTH = 12;

const BUILT_IN = [
  'Căn cứ vào chức năng, nhiệm vụ và quyền hạn của cơ quan, báo cáo tình hình thực hiện như sau:',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện nghị quyết tại cơ sở.',
  'Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, dân chủ, công bằng, văn minh.',
  'Đảng uỷ cơ quan lãnh đạo, chỉ đạo các chi bộ trực thuộc triển khai thực hiện nghiêm túc.',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch.',
  'Củng cố và phát triển khối đại đoàn kết, giữ vững an ninh chính trị, trật tự an toàn xã hội.',
];
const BUILT_IN_HEADINGS = ['I. KẾT QUẢ THỰC HIỆN', '1. Ưu điểm', '2. Hạn chế', 'II. NHIỆM VỤ, GIẢI PHÁP'];

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sources {
  title: string[];
  headings: string[];
  body: string[];
  fromSeeds: boolean;
}

let sources: Sources | undefined;

function sourceText(): Sources {
  if (sources) return sources;
  const files = existsSync(SEEDS)
    ? ['000_e4afd91083a3c978.txt', '001_1d6683048ed9c242.txt'].map((f) => join(SEEDS, f)).filter(existsSync)
    : [];
  const texts = files.flatMap((f) => readPlainText(readFileSync(f, 'utf8')).paragraphs.map((p) => p.text.trim()));
  const heading = /^(?:[IVX]+|\d+(?:\.\d+)*)[.-]\s+\S/u;
  const headings = texts.filter((t) => heading.test(t) && t.split(' ').length <= 16);
  const body = texts.filter((t) => !heading.test(t) && t.split(' ').length >= 8);
  sources = body.length
    ? { title: texts.slice(0, 2), headings, body, fromSeeds: true }
    : { title: ['BÁO CÁO', 'Tổng kết công tác năm'], headings: BUILT_IN_HEADINGS, body: BUILT_IN, fromSeeds: false };
  return sources;
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

export interface BenchReport {
  doc: DocumentModel;
  words: number;
  chars: number;
  fromSeeds: boolean;
}

/** A report of about `pages` pages: title block, then sections of a heading and twelve body paragraphs. */
export function buildReport(pages: number, seed = 20221004): BenchReport {
  const random = prng(seed);
  const src = sourceText();
  const paragraphs = [...src.title];
  let words = 0;
  for (let n = 0; words < pages * WORDS_PER_PAGE; n++) {
    if (n % SECTION_LENGTH === 0 && src.headings.length)
      paragraphs.push(src.headings[(n / SECTION_LENGTH) % src.headings.length]);
    const text = vary(src.body[Math.floor(random() * src.body.length)], random);
    paragraphs.push(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  const chars = paragraphs.reduce((sum, p) => sum + p.length + 1, 0);
  return { doc: createDocument(paragraphs, { name: `bench-${pages}` }), words, chars, fromSeeds: src.fromSeeds };
}

/** The whole text, paragraphs joined by newlines: what the floor and the peers read. */
export function joinedText(doc: DocumentModel): string {
  return doc.paragraphs.map((p) => p.text).join('\n');
}
