import capitalization from '../../data/typo/capitalization.json';
import type { Rule } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import type { Word } from '../../vi/tokenize';
import { isAllCaps, isAllCapsText, isCapitalised, isSentenceStart, keysOf, wordsOf } from './analysis';

const TERMS_BY_FIRST = new Map<string, string[][]>();
for (const term of capitalization.terms.map((t) => t.split(' ').map(syllableKey))) {
  TERMS_BY_FIRST.set(term[0], [...(TERMS_BY_FIRST.get(term[0]) ?? []), term]);
}
const GAP = /^[ \u00a0]+$/;
/** Names of bodies that contain a term in lower case by rule ("Ủy ban nhân dân"), as syllable keys. */
const IN_NAMES = capitalization.inNames.map((n) => n.split(' ').map(syllableKey));

/** The term starting at word `i` is the tail of a body's name ("… Ủy ban | nhân dân"). */
function inName(keys: readonly string[], i: number, term: readonly string[]): boolean {
  return IN_NAMES.some((name) => {
    const head = name.length - term.length;
    if (head <= 0 || i < head || name.slice(head).join(' ') !== term.join(' ')) return false;
    return name.slice(0, head).every((k, j) => keys[i - head + j] === k);
  });
}

interface Occurrence {
  paragraph: number;
  words: Word[];
  /** Case of each word: "U" capitalised, "l" lower case. */
  form: string;
}

const caseOf = (w: Word) => (isCapitalised(w.text) ? 'U' : 'l');
const recase = (word: string, form: string) =>
  form === 'U' ? word[0].toUpperCase() + word.slice(1) : word[0].toLowerCase() + word.slice(1);
const occurrence = (paragraph: number, words: Word[]): Occurrence => ({
  paragraph,
  words,
  form: words.map(caseOf).join(''),
});
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
    const add = (key: string, o: Occurrence) => {
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    };
    /** Case of the second word seen after each capitalised first word: bit 1 capital, bit 2 lower case. */
    const nameForms = new Map<string, Map<string, number>>();
    const scan = (visit: (index: number, i: number, term: string[] | undefined) => void) => {
      context.doc.paragraphs.forEach((paragraph, index) => {
        if (isAllCapsText(paragraph.text)) return;
        const words = wordsOf(context, index);
        const keys = keysOf(context, index);
        const text = paragraph.text;
        const joined = (k: number) => {
          const gapStart = words[k].end;
          const gapEnd = words[k + 1].start;
          return (gapEnd === gapStart + 1 && text[gapStart] === ' ') || GAP.test(text.slice(gapStart, gapEnd));
        };
        for (let i = 0; i < words.length - 1; i++) {
          const key = keys[i];
          if (!key) continue;
          const term = TERMS_BY_FIRST.get(key)?.find((t) =>
            t.every((k, j) => keys[i + j] === k && (j === 0 || joined(i + j - 1))),
          );
          if (!term && !(keys[i + 1] && isCapitalised(words[i].text) && joined(i))) continue;
          if (isAllCaps(words[i].text) || isAllCaps(words[i + 1].text)) continue;
          if (term && inName(keys, i, term)) {
            i += term.length - 1;
            continue;
          }
          visit(index, i, term);
          if (term) i += term.length - 1;
        }
      });
    };
    // Two passes: count the forms of every two-word name, then collect only the names seen two ways.
    scan((index, i, term) => {
      const words = wordsOf(context, index);
      if (term) return add(term.join(' '), occurrence(index, words.slice(i, i + term.length)));
      const keys = keysOf(context, index);
      const forms = nameForms.get(keys[i]) ?? new Map<string, number>();
      nameForms.set(keys[i], forms);
      forms.set(keys[i + 1], (forms.get(keys[i + 1]) ?? 0) | (isCapitalised(words[i + 1].text) ? 1 : 2));
    });
    const mixedNames = [...nameForms.values()].some((forms) => [...forms.values()].includes(3));
    if (mixedNames) {
      scan((index, i, term) => {
        const keys = keysOf(context, index);
        if (term || nameForms.get(keys[i])?.get(keys[i + 1]) !== 3) return;
        const words = wordsOf(context, index);
        add(`name:${keys[i]} ${keys[i + 1]}`, occurrence(index, [words[i], words[i + 1]]));
      });
    }
    const atSentenceStart = (o: Occurrence) =>
      isSentenceStart(context.doc.paragraphs[o.paragraph].text, o.words[0].start);
    for (const all of groups.values()) {
      if (all.every((o) => o.form === all[0].form)) continue;
      // A capital forced by the start of a sentence tells nothing (checked only where forms differ: it is costly).
      const occurrences = all.filter((o) => !atSentenceStart(o));
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
              .map((w) => ({
                start: w.start,
                length: w.end - w.start,
                replacement: recase(w.text, majority[o.words.indexOf(w)]),
              })),
          });
        }
      }
    }
  },
};
