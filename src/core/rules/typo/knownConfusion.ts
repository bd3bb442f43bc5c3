import confusions from '../../data/typo/confusions.json';
import type { Severity } from '../../finding';
import type { Rule, TextFix } from '../../rule';
import { matchCase, syllableKey } from '../../vi/syllable';
import * as tok from '../../vi/tokenize';
import { gapWithin, infoOf, isCapitalised, isSentenceStart, type ParagraphInfo } from './analysis';

const { GAP_LF, GAP_NBSP, GAP_SPACE, GAP_VT } = tok;

export interface ConfusionEntry {
  id: string;
  wrong: string;
  right: string;
  kind?: 'stray';
  prev?: string[];
  next?: string[];
  notPrev?: string[];
  notNext?: string[];
  lowercaseOnly?: boolean;
  severity?: string;
  example: string;
  nearMiss: string;
  note: string;
}

interface Compiled {
  entry: ConfusionEntry;
  wrong: string[];
  prev?: string[][];
  next?: string[][];
  notPrev: string[][];
  notNext: string[][];
  severity?: Severity;
}

const phraseKeys = (phrase: string) => phrase.split(' ').filter(Boolean).map(syllableKey);
const compile = (e: ConfusionEntry): Compiled => ({
  entry: e,
  wrong: phraseKeys(e.wrong),
  prev: e.prev?.map(phraseKeys),
  next: e.next?.map(phraseKeys),
  notPrev: (e.notPrev ?? []).map(phraseKeys),
  notNext: (e.notNext ?? []).map(phraseKeys),
  severity: e.severity === 'warning' || e.severity === 'info' || e.severity === 'error' ? e.severity : undefined,
});

export const CONFUSIONS: readonly ConfusionEntry[] = confusions.entries as ConfusionEntry[];
/** Two-syllable words, by comparison key: a wrong form straddling two of them is two right words. */
const WORDS = new Set(confusions.words.map((w) => phraseKeys(w).join(' ')));
const BY_FIRST_KEY = new Map<string, Compiled[]>();
for (const c of CONFUSIONS.map(compile)) BY_FIRST_KEY.set(c.wrong[0], [...(BY_FIRST_KEY.get(c.wrong[0]) ?? []), c]);

/** Spaces, no-break spaces and line breaks only between two words. */
const SPACE = GAP_SPACE | GAP_NBSP | GAP_VT | GAP_LF;

/** Words a and b = a + 1 with only spaces and line breaks between them. */
const joinedAt = (info: ParagraphInfo, a: number, b: number) =>
  a >= 0 && b < info.words.length && gapWithin(info, b, SPACE);

/** Does `phrase` sit right before word `at` (direction -1) or right after word `at` (direction 1)? */
function phraseNear(info: ParagraphInfo, phrase: string[], at: number, direction: 1 | -1): boolean {
  const { words, keys } = info;
  for (let k = 0; k < phrase.length; k++) {
    const i = direction === 1 ? at + 1 + k : at - phrase.length + k;
    const neighbour = direction === 1 ? i - 1 : i + 1;
    if (i < 0 || i >= words.length || keys[i] !== phrase[k]) return false;
    if (!(direction === 1 ? joinedAt(info, neighbour, i) : joinedAt(info, i, neighbour))) return false;
  }
  return true;
}

/** "khả năng xuất bản": "khả năng" and "xuất bản" are words, so "năng xuất" is no slip there. */
function straddlesWords(info: ParagraphInfo, first: number, last: number): boolean {
  const keys = info.keys;
  return (
    joinedAt(info, first - 1, first) &&
    joinedAt(info, last, last + 1) &&
    WORDS.has(`${keys[first - 1]} ${keys[first]}`) &&
    WORDS.has(`${keys[last]} ${keys[last + 1]}`)
  );
}

/**
 * Real-word errors from a curated list (JSON): a valid syllable in the wrong place, recognised by its
 * neighbouring syllables (thực nhiện → thực hiện, chủ chương → chủ trương, đề → để before the one who acts).
 */
export const knownConfusion: Rule = {
  meta: {
    id: 'known-confusion',
    category: 'spelling',
    defaultSeverity: 'error',
    description: { vi: 'Từ dễ viết nhầm', en: 'Commonly confused word' },
    messages: {
      confusion: { vi: 'Có thể viết nhầm: “{wrong}” → “{right}”.', en: 'Probably a slip: “{wrong}” → “{right}”.' },
      stray: { vi: 'Chữ “{wrong}” có vẻ thừa.', en: '“{wrong}” looks like a stray word.' },
    },
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    const info = infoOf(context, index);
    const { words, keys } = info;
    for (let i = 0; i < words.length; i++) {
      if (!keys[i]) continue;
      const candidates = BY_FIRST_KEY.get(keys[i]);
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.wrong.length;
        const last = i + n - 1;
        let matches = last < words.length;
        for (let k = 1; matches && k < n; k++) matches = keys[i + k] === c.wrong[k] && joinedAt(info, i + k - 1, i + k);
        if (!matches) continue;
        if (c.prev && !c.prev.some((p) => phraseNear(info, p, i, -1))) continue;
        if (c.next && !c.next.some((p) => phraseNear(info, p, last, 1))) continue;
        if (c.notPrev.some((p) => phraseNear(info, p, i, -1)) || c.notNext.some((p) => phraseNear(info, p, last, 1)))
          continue;
        if (n >= 2 && straddlesWords(info, i, last)) continue;
        const matched = words.slice(i, last + 1);
        if (c.entry.lowercaseOnly && matched.some((w) => isCapitalised(w.text) && !isSentenceStart(text, w.start)))
          continue;
        const start = words[i].start;
        const end = words[last].end;
        const wrongText = text.slice(start, end);
        let fix: TextFix[];
        let right: string;
        if (c.entry.right === '') {
          // Remove the stray word and the space after it (or before it at the end).
          const after = last + 1 < words.length && joinedAt(info, last, last + 1) ? words[last + 1].start : end;
          const before = after === end && i > 0 && joinedAt(info, i - 1, i) ? words[i - 1].end : start;
          fix = [{ start: before, length: after - before, replacement: '' }];
          right = '';
        } else {
          const rightWords = c.entry.right.split(' ');
          if (rightWords.length === n) {
            fix = matched
              .map((w, k) => ({
                start: w.start,
                length: w.end - w.start,
                replacement: matchCase(rightWords[k], w.text),
              }))
              .filter((f, k) => f.replacement !== matched[k].text);
            right = matched.map((w, k) => matchCase(rightWords[k], w.text)).join(' ');
          } else {
            right = matchCase(c.entry.right, wrongText);
            fix = [{ start, length: end - start, replacement: right }];
          }
        }
        context.report({
          paragraph: index,
          start,
          length: end - start,
          messageId: c.entry.kind === 'stray' ? 'stray' : 'confusion',
          data: { wrong: wrongText, right, entry: c.entry.id },
          ...(c.entry.kind === 'stray' ? { suggestions: [''] } : {}),
          fix,
          ...(c.severity ? { severity: c.severity } : {}),
        });
        break;
      }
    }
  },
};
