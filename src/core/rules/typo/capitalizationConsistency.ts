import capitalization from '../../data/typo/capitalization.json';
import type { Rule } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import { isAllCaps, isAllCapsText, isCapitalised, isSentenceStart, keysOf, wordsOf, type Word } from './analysis';

const TERMS_BY_FIRST = new Map<string, string[][]>();
for (const term of capitalization.terms.map((t) => t.split(' ').map(syllableKey))) {
  TERMS_BY_FIRST.set(term[0], [...(TERMS_BY_FIRST.get(term[0]) ?? []), term]);
}
const GAP = /^[ \u00a0]+$/;

interface Occurrence {
  paragraph: number;
  words: Word[];
  /** Case of each word: "U" capitalised, "l" lower case. */
  form: string;
}

const caseOf = (w: Word) => (isCapitalised(w.text) ? 'U' : 'l');
const recase = (word: string, form: string) =>
  form === 'U' ? word[0].toUpperCase() + word.slice(1) : word[0].toLowerCase() + word.slice(1);
const occurrence = (paragraph: number, words: Word[]): Occurrence => ({ paragraph, words, form: words.map(caseOf).join('') });
const textOf = (o: Occurrence) => o.words.map((w) => w.text.normalize('NFC')).join(' ');

/** "Đảng ủy"/"Đảng Ủy", "Nhân dân"/"nhân dân": one term capitalised two ways; info at the minority form. */
export const capitalizationConsistency: Rule = {
  meta: {
    id: 'capitalization-consistency',
    category: 'spelling',
    defaultSeverity: 'info',
    description: { vi: 'Một cụm từ viết hoa không thống nhất', en: 'Inconsistent capitalisation of a term' },
    messages: {
      inconsistent: {
        vi: '“{text}” được viết hoa khác với {count} chỗ khác trong văn bản (“{majority}”).',
        en: '“{text}” is capitalised differently from {count} other places in the document (“{majority}”).',
      },
    },
    source: 'Quy định 4148-QĐ/VPTW; Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa)',
  },
  checkDocument(context) {
    const groups = new Map<string, Occurrence[]>();
    const add = (key: string, occurrence: Occurrence) => {
      const list = groups.get(key) ?? [];
      list.push(occurrence);
      groups.set(key, list);
    };
    context.doc.paragraphs.forEach((paragraph, index) => {
      if (isAllCapsText(paragraph.text)) return;
      const words = wordsOf(context, index);
      const keys = keysOf(context, index);
      const keyAt = (i: number) => keys[i] ?? '';
      const joined = (from: number, n: number) => {
        for (let k = from; k < from + n - 1; k++) if (!GAP.test(paragraph.text.slice(words[k].end, words[k + 1].start))) return false;
        return true;
      };
      for (let i = 0; i < words.length; i++) {
        const key = keyAt(i);
        if (!key) continue;
        const term = TERMS_BY_FIRST.get(key)?.find((t) => t.every((k, j) => keyAt(i + j) === k) && joined(i, t.length));
        const capitalised = isCapitalised(words[i].text);
        const next = words[i + 1];
        // Two-word names led by a capital: only the second word's case can differ.
        const name = !term && capitalised && next && keyAt(i + 1) && !isAllCaps(next.text) && joined(i, 2);
        if (!term && !name) continue;
        if (isAllCaps(words[i].text) || isSentenceStart(paragraph.text, words[i].start)) continue;
        if (term) {
          add(term.join(' '), occurrence(index, words.slice(i, i + term.length)));
          i += term.length - 1;
          continue;
        }
        add(`name:${key} ${keyAt(i + 1)}`, occurrence(index, [words[i], next]));
      }
    });
    for (const occurrences of groups.values()) {
      const byForm = new Map<string, Occurrence[]>();
      for (const o of occurrences) byForm.set(o.form, [...(byForm.get(o.form) ?? []), o]);
      if (byForm.size < 2) continue;
      // The majority is the convention; on a tie, the first form used.
      const ranked = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length);
      const [majority, majorityList] = ranked[0];
      for (const [, list] of ranked.slice(1)) {
        for (const o of list) {
          const first = o.words[0];
          const last = o.words[o.words.length - 1];
          context.report({
            paragraph: o.paragraph,
            start: first.start,
            length: last.end - first.start,
            messageId: 'inconsistent',
            data: { text: textOf(o), majority: textOf(majorityList[0]), count: majorityList.length },
            fix: o.words
              .filter((_, j) => o.form[j] !== majority[j])
              .map((w) => ({ start: w.start, length: w.end - w.start, replacement: recase(w.text, majority[o.words.indexOf(w)]) })),
          });
        }
      }
    }
  },
};
