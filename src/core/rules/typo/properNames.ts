import properNamesData from '../../data/typo/proper-names.json';
import type { Rule } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import * as tok from '../../vi/tokenize';
import { tokenize, type Word } from '../../vi/tokenize';
import { gapWithin, infoOf, isCapitalised, isSentenceStart, type ParagraphInfo } from './analysis';

const { GAP_NBSP, GAP_SPACE, W_ALL_CAPS, W_CAPITALISED } = tok;

interface NameEntry {
  form: string;
  source: string;
  always?: boolean;
}

interface Pattern {
  keys: string[];
  /** Whether each word of the prescribed form starts with a capital. */
  caps: boolean[];
  /** What separates the words (" ", " - "), normalised. */
  gaps: string[];
  always: boolean;
  form: string;
  source: string;
}

const SOURCES = properNamesData.sources as Record<string, string>;
const normaliseGap = (gap: string) => gap.replace(/[ \u00a0]+/g, ' ').replace(/[–—]/g, '-');

function compile(entry: NameEntry): Pattern {
  const words = tokenize(entry.form);
  return {
    keys: words.map((w) => syllableKey(w.key)),
    caps: words.map((w) => isCapitalised(w.text)),
    gaps: words.slice(1).map((w, j) => normaliseGap(entry.form.slice(words[j].end, w.start))),
    always: entry.always === true,
    form: entry.form,
    source: SOURCES[entry.source] ?? entry.source,
  };
}

/** Patterns by their first syllable key, longest first. */
export const NAME_PATTERNS = new Map<string, Pattern[]>();
for (const p of (properNamesData.names as NameEntry[]).map(compile)) {
  NAME_PATTERNS.set(p.keys[0], [...(NAME_PATTERNS.get(p.keys[0]) ?? []), p]);
}
for (const list of NAME_PATTERNS.values()) list.sort((a, b) => b.keys.length - a.keys.length);

/** The pattern that matches at word `i`, if any (gaps of at most a few characters: no long scans). */
export function nameAt(text: string, words: readonly Word[], keys: readonly string[], i: number): Pattern | undefined {
  return NAME_PATTERNS.get(keys[i])?.find((p) =>
    p.keys.every((k, j) => {
      if (keys[i + j] !== k) return false;
      if (j === 0) return true;
      const gapStart = words[i + j - 1].end;
      const gapEnd = words[i + j].start;
      return gapEnd - gapStart <= 5 && normaliseGap(text.slice(gapStart, gapEnd)) === p.gaps[j - 1];
    }),
  );
}

/** nameAt on a paragraph's analysis: gaps of spaces are read from the gap flags, not the text. */
export function nameAtInfo(info: ParagraphInfo, i: number): Pattern | undefined {
  const { words, keys } = info;
  return NAME_PATTERNS.get(keys[i])?.find((p) =>
    p.keys.every((k, j) => {
      if (keys[i + j] !== k) return false;
      if (j === 0) return true;
      const gapStart = words[i + j - 1].end;
      const gapEnd = words[i + j].start;
      if (gapEnd - gapStart > 5) return false;
      // A gap of spaces and no-break spaces normalises to one space.
      if (gapWithin(info, i + j, GAP_SPACE | GAP_NBSP)) return p.gaps[j - 1] === ' ';
      return normaliseGap(info.text.slice(gapStart, gapEnd)) === p.gaps[j - 1];
    }),
  );
}

const recase = (word: string, capital: boolean) =>
  (capital ? word[0].toUpperCase() : word[0].toLowerCase()) + word.slice(1);

/**
 * Names of bodies, offices and titles written as the rules prescribe: "Ban Chấp hành Trung ương", "Bộ Chính trị",
 * "Ủy ban nhân dân", "Đảng ủy Khối", "Ban Thường vụ". A name written all in lower case is a generic use and
 * left alone unless the table marks it `always`; a capital forced by the start of a sentence tells nothing.
 */
export const properNameCase: Rule = {
  meta: {
    id: 'proper-name-case',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: {
      vi: 'Viết hoa tên cơ quan, tổ chức, chức vụ chưa đúng quy định',
      en: 'Name of a body, office or title not capitalised as prescribed',
    },
    messages: {
      name: {
        vi: '“{text}” viết hoa chưa đúng quy định: viết “{replacement}” ({rule}).',
        en: '“{text}” is not capitalised as prescribed: write “{replacement}” ({rule}).',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục II; Quy định 4148-QĐ/VPTW',
    bulkSafe: true,
  },
  checkParagraph(_paragraph, index, context) {
    const info = infoOf(context, index);
    if (info.allCapsText) return;
    const { text, words, keys, flags } = info;
    for (let i = 0; i < words.length; i++) {
      const p = NAME_PATTERNS.has(keys[i]) ? nameAtInfo(info, i) : undefined;
      if (!p) continue;
      const at = i;
      const found = words.slice(i, i + p.keys.length);
      i += p.keys.length - 1;
      if (found.some((_, j) => flags[at + j] & W_ALL_CAPS)) continue;
      const caps = found.map((_, j) => (flags[at + j] & W_CAPITALISED) !== 0);
      const wrong = caps.map((c, j) => c !== p.caps[j]);
      if (!wrong.includes(true)) continue;
      // Lower case throughout: a generic use ("các đảng ủy cơ sở"), unless the name has no generic reading.
      if (!caps[0] && !p.always) continue;
      if (caps[0] && !caps.slice(1).includes(true) && isSentenceStart(text, found[0].start)) continue;
      const first = found[0];
      const last = found[found.length - 1];
      const replacement = found.map((w, j) => recase(w.text, p.caps[j]));
      let shown = '';
      found.forEach((w, j) => (shown += (j ? text.slice(found[j - 1].end, w.start) : '') + replacement[j]));
      context.report({
        paragraph: index,
        start: first.start,
        length: last.end - first.start,
        messageId: 'name',
        data: { text: text.slice(first.start, last.end), replacement: shown, rule: p.source },
        suggestions: [shown],
        fix: found
          .filter((_, j) => wrong[j])
          .map((w) => ({
            start: w.start,
            length: w.end - w.start,
            replacement: recase(w.text, !caps[found.indexOf(w)]),
          })),
      });
    }
  },
};
