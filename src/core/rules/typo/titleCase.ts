import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { infoOf, isSentenceStart, summaryOf, type ParagraphInfo } from './analysis';
import * as names from './properNames';

// Local copies: a CommonJS build reads imported bindings through getters (hot loops below).
const { GAP_SINGLE_SPACE, W_ALL_CAPS, W_ALPHABETIC, W_CAPITALISED } = tok;
const { nameAtInfo, NAME_PATTERNS } = names;

/**
 * Function words that never start a name or a title ("Không quân", "Một nửa Ranma", "Hiến Từ", "Bằng khen" do):
 * a capital on one of these in mid-sentence or inside a capitalised run is a slip.
 */
const FUNCTION_WORDS = new Set([
  'các',
  'những',
  'trong',
  'của',
  'và',
  'là',
  'được',
  'với',
  'cho',
  'để',
  'thì',
  'đã',
  'sẽ',
  'đang',
  'bị',
  'tại',
  'mà',
  'nhưng',
  'hoặc',
]);
const OPENING_BEFORE = /[“"‘'([][ \u00a0]*$/;

/** Alphabetic, capitalised, not in capitals throughout. */
const isTitle = (f: number) => (f & (W_ALPHABETIC | W_CAPITALISED | W_ALL_CAPS)) === (W_ALPHABETIC | W_CAPITALISED);
/** Alphabetic and not capitalised (undefined past the edges: false). */
const isLower = (f: number | undefined) => f !== undefined && (f & (W_ALPHABETIC | W_CAPITALISED)) === W_ALPHABETIC;

/** What one paragraph holds for the rule, in order (a function of its text alone). */
type Item =
  /** A capitalised run of 3 words or more, not a known name: flagged with a function word or two attested pairs. */
  | { kind: 'run'; start: number; end: number; functionWord: boolean; pairs: Array<[string, string]> }
  /** A capitalised function word alone in mid-sentence: always flagged. */
  | { kind: 'word'; start: number; end: number; text: string; replacement: string };

const NO_ITEMS: Item[] = [];

function summarise(info: ParagraphInfo): Item[] {
  if (info.allCapsText) return NO_ITEMS;
  const { text, words, keys, flags, gaps } = info;
  const items: Item[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isTitle(flags[i])) continue;
    let end = i + 1;
    while (end < words.length && isTitle(flags[end]) && gaps[end] & GAP_SINGLE_SPACE) end++;
    const at = i;
    const length = end - at;
    i = end - 1;
    // A name of a body from the table ("Bộ Công Thương") or a name with an initial ("Phạm A Song").
    const known = NAME_PATTERNS.get(keys[at])?.some((p) => p.keys.length === length && nameAtInfo(info, at) === p);
    let short = false;
    for (let j = at; j < end; j++) if (words[j].text.length <= 1) short = true;
    if (length >= 3 && !known && !short) {
      // The first word counts too unless a sentence or a quotation starts there.
      const from = isSentenceStart(text, words[at].start) ? at + 1 : at;
      const functionWord = keys.slice(from, end).some((k) => FUNCTION_WORDS.has(k));
      const pairs: Array<[string, string]> = [];
      for (let j = at; j + 1 < end; j++) pairs.push([keys[j], keys[j + 1]]);
      items.push({ kind: 'run', start: words[at].start, end: words[end - 1].end, functionWord, pairs });
      continue;
    }
    if (length !== 1) continue;
    const w = words[at];
    if (!isLower(flags[at - 1]) || !(at + 1 >= words.length || isLower(flags[at + 1])) || !FUNCTION_WORDS.has(keys[at]))
      continue;
    if (isSentenceStart(text, w.start) || OPENING_BEFORE.test(text.slice(Math.max(0, w.start - 4), w.start))) continue;
    const replacement = w.text[0].toLowerCase() + w.text.slice(1);
    items.push({ kind: 'word', start: w.start, end: w.end, text: w.text, replacement });
  }
  return items.length ? items : NO_ITEMS;
}

/** Of the wanted word pairs (first key → second keys), those written in lower case in one paragraph. */
function attestedIn(info: ParagraphInfo, wanted: Map<string, Set<string>>): string[] {
  const { keys, flags } = info;
  let found: string[] | null = null;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (!isLower(flags[i]) || !isLower(flags[i + 1])) continue;
    if (wanted.get(keys[i])?.has(keys[i + 1])) (found ??= []).push(`${keys[i]} ${keys[i + 1]}`);
  }
  return found ?? NO_PAIRS;
}

const NO_PAIRS: string[] = [];

/** attestedIn, kept per paragraph for the last set of wanted pairs (the same from one check to the next). */
function attestedCached(info: ParagraphInfo, wanted: Map<string, Set<string>>, signature: string): string[] {
  const kept = info.summaries.get('title-case.attested') as { signature: string; found: string[] } | undefined;
  if (kept && kept.signature === signature) return kept.found;
  const found = attestedIn(info, wanted);
  info.summaries.set('title-case.attested', { signature, found });
  return found;
}

/**
 * Capitals where Vietnamese writes lower case. A run of words each capitalised ("Phát Huy Sức Mạnh Đại Đoàn
 * Kết") is flagged when it holds a function word ("Và", "Của") or when two of its word pairs appear in lower case
 * elsewhere in the document; names of people and places ("Nguyễn Thị Minh Khai") have neither. A single capital
 * in mid-sentence is flagged only on a function word ("thực hiện Các nhiệm vụ"): any other word may start a name
 * ("Thương binh và Xã hội", "theo Quyết định số 12").
 */
export const titleCase: Rule = {
  meta: {
    id: 'title-case',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: { vi: 'Viết hoa không đúng chỗ', en: 'Capital letters where lower case belongs' },
    messages: {
      run: {
        vi: '“{text}” viết hoa chữ đầu mọi từ: chỉ viết hoa chữ đầu câu, đầu tiêu đề và tên riêng.',
        en: '“{text}” capitalises every word: capitalise only the start of a sentence or title and proper names.',
      },
      word: {
        vi: '“{text}” viết hoa giữa câu: viết “{replacement}”.',
        en: '“{text}” is capitalised mid-sentence: write “{replacement}”.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục II; Quy định 4148-QĐ/VPTW',
  },
  checkDocument(context) {
    const paragraphs = context.doc.paragraphs;
    const summaries: Item[][] = [];
    // Pairs inside runs without a function word: attested when written in lower case anywhere in the document.
    const wanted = new Map<string, Set<string>>();
    const wantedPairs = new Set<string>();
    for (let index = 0; index < paragraphs.length; index++) {
      const items = summaryOf(infoOf(context, index), 'title-case', summarise);
      summaries.push(items);
      for (const item of items) {
        if (item.kind !== 'run' || item.functionWord) continue;
        for (const [a, b] of item.pairs) {
          wantedPairs.add(`${a} ${b}`);
          const seconds = wanted.get(a);
          if (seconds) seconds.add(b);
          else wanted.set(a, new Set([b]));
        }
      }
    }
    const attested = new Set<string>();
    if (wanted.size) {
      const signature = [...wantedPairs].sort().join('|');
      for (let index = 0; index < paragraphs.length && attested.size < wantedPairs.size; index++)
        for (const pair of attestedCached(infoOf(context, index), wanted, signature)) attested.add(pair);
    }
    summaries.forEach((items, index) => {
      for (const item of items) {
        if (item.kind === 'run') {
          const count = item.pairs.filter(([a, b]) => attested.has(`${a} ${b}`)).length;
          if (!item.functionWord && count < 2) continue;
          context.report({
            paragraph: index,
            start: item.start,
            length: item.end - item.start,
            messageId: 'run',
            data: { text: paragraphs[index].text.slice(item.start, item.end) },
          });
          continue;
        }
        context.report({
          paragraph: index,
          start: item.start,
          length: item.end - item.start,
          messageId: 'word',
          data: { text: item.text, replacement: item.replacement },
          fix: [{ start: item.start, length: item.end - item.start, replacement: item.replacement }],
        });
      }
    });
  },
};
