import type { Rule } from '../../rule';
import type { Word } from '../../vi/tokenize';
import { isAllCaps, isAllCapsText, isCapitalised, isSentenceStart, keysOf, wordsOf } from './analysis';
import { nameAt, NAME_PATTERNS } from './properNames';

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

const isTitle = (w: Word) => w.alphabetic && isCapitalised(w.text) && !isAllCaps(w.text);
const isLower = (w: Word | undefined) => w !== undefined && w.alphabetic && !isCapitalised(w.text);

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
    // Word pairs written in lower case anywhere in the document.
    const lowerPairs = new Set<string>();
    paragraphs.forEach((_, index) => {
      const words = wordsOf(context, index);
      const keys = keysOf(context, index);
      for (let i = 0; i + 1 < words.length; i++) {
        if (isLower(words[i]) && isLower(words[i + 1])) lowerPairs.add(`${keys[i]} ${keys[i + 1]}`);
      }
    });
    paragraphs.forEach((paragraph, index) => {
      const text = paragraph.text;
      if (isAllCapsText(text)) return;
      const words = wordsOf(context, index);
      const keys = keysOf(context, index);
      const joined = (k: number) => words[k + 1].start === words[k].end + 1 && text[words[k].end] === ' ';
      for (let i = 0; i < words.length; i++) {
        if (!isTitle(words[i])) continue;
        let end = i + 1;
        while (end < words.length && isTitle(words[end]) && joined(end - 1)) end++;
        const run = words.slice(i, end);
        const at = i;
        i = end - 1;
        // A name of a body from the table ("Bộ Công Thương") or a name with an initial ("Phạm A Song").
        const known = NAME_PATTERNS.get(keys[at])?.some(
          (p) => p.keys.length === run.length && nameAt(text, words, keys, at) === p,
        );
        if (run.length >= 3 && !known && run.every((w) => w.text.length > 1)) {
          let attested = 0;
          for (let j = at; j + 1 < end; j++) if (lowerPairs.has(`${keys[j]} ${keys[j + 1]}`)) attested++;
          // The first word counts too unless a sentence or a quotation starts there.
          const from = isSentenceStart(text, run[0].start) ? at + 1 : at;
          const functionWord = keys.slice(from, end).some((k) => FUNCTION_WORDS.has(k));
          if (!functionWord && attested < 2) continue;
          const last = run[run.length - 1];
          context.report({
            paragraph: index,
            start: run[0].start,
            length: last.end - run[0].start,
            messageId: 'run',
            data: { text: text.slice(run[0].start, last.end) },
          });
          continue;
        }
        if (run.length !== 1) continue;
        const w = words[at];
        const prev = words[at - 1];
        const next = words[at + 1];
        if (!isLower(prev) || !(next === undefined || isLower(next)) || !FUNCTION_WORDS.has(keys[at])) continue;
        if (isSentenceStart(text, w.start) || OPENING_BEFORE.test(text.slice(Math.max(0, w.start - 4), w.start)))
          continue;
        const replacement = w.text[0].toLowerCase() + w.text.slice(1);
        context.report({
          paragraph: index,
          start: w.start,
          length: w.end - w.start,
          messageId: 'word',
          data: { text: w.text, replacement },
          fix: [{ start: w.start, length: w.end - w.start, replacement }],
        });
      }
    });
  },
};
