import type { Rule } from '../../rule';
import { analyzeSyllable, composeSyllable, matchCase, type SyllableInfo } from '../../vi/syllable';
import { infoOf, summaryOf, type ParagraphInfo } from './analysis';

type Spelling = 'i' | 'y';

/** The lone vowel i or y after a consonant, from the syllable analysis: the words spellingOf may accept. */
const loneIY = (info: SyllableInfo | null) => {
  if (!info) return false;
  const { onset, rhyme } = info.parse;
  return (rhyme === 'i' || rhyme === 'y') && onset !== '' && onset !== 'qu' && onset !== 'gi';
};

const spellings = new Map<string, { spelling: Spelling; other: string } | null>();

/** spellingOf, cached by word (the other spelling is composed anew otherwise). */
function spellingCached(word: string): { spelling: Spelling; other: string } | null {
  let found = spellings.get(word);
  if (found === undefined) {
    found = spellingOf(word);
    if (spellings.size > 20_000) spellings.clear();
    spellings.set(word, found);
  }
  return found;
}

/** The lone vowel i or y after a consonant ("kì"/"kỳ", "lí"/"lý"): either spelling is accepted. */
function spellingOf(word: string): { spelling: Spelling; other: string } | null {
  if (!/[iìíỉĩịyỳýỷỹỵ]$/iu.test(word)) return null;
  const info = analyzeSyllable(word.normalize('NFC'));
  if (!info || !loneIY(info)) return null;
  const spelling: Spelling = info.parse.rhyme === 'y' ? 'y' : 'i';
  const other = composeSyllable(info.letters.slice(0, -1) + (spelling === 'y' ? 'i' : 'y'), info.tone);
  return other ? { spelling, other: matchCase(other, word) } : null;
}

interface Spelt {
  /** Index of the word in the paragraph. */
  at: number;
  spelling: Spelling;
  other: string;
}

const NONE: Spelt[] = [];

/** The i/y syllables of one paragraph. */
function summarise(info: ParagraphInfo): Spelt[] {
  let out: Spelt[] | null = null;
  const { entries, words } = info;
  for (let i = 0; i < entries.length; i++) {
    // The shared analysis of the word's key rules out nearly every word before the spelling is looked at.
    if (!loneIY(entries[i].info) || words[i].text.length < 2) continue;
    const s = spellingCached(words[i].text);
    if (s) (out ??= []).push({ at: i, ...s });
  }
  return out ?? NONE;
}

/**
 * One syllable spelt with i in some places and y in others ("kỳ họp" … "học kì"). Flags the minority spelling of
 * that syllable; on a tie, the spelling the document uses for its other i/y syllables, then the one used first.
 */
export const iyConsistency: Rule = {
  meta: {
    id: 'i-y-consistency',
    category: 'spelling',
    defaultSeverity: 'info',
    description: { vi: 'Một âm tiết viết cả “i” lẫn “y”', en: 'One syllable spelt with both i and y' },
    messages: {
      mixed: {
        vi: '“{word}” được viết “{replacement}” ở {count} chỗ khác trong văn bản; nên viết thống nhất.',
        en: '“{word}” is written “{replacement}” in {count} other places in the document; spell it one way.',
      },
    },
    source: 'Quy định chính tả (QĐ 240/QĐ-BGDĐT, 1984): i và y đều được chấp nhận; một văn bản viết một cách',
    bulkSafe: true,
  },
  checkDocument(context) {
    const found: Array<{
      paragraph: number;
      start: number;
      end: number;
      key: string;
      spelling: Spelling;
      other: string;
    }> = [];
    const counts = new Map<string, Record<Spelling, number>>();
    const paragraphs = context.doc.paragraphs;
    for (let index = 0; index < paragraphs.length; index++) {
      const info = infoOf(context, index);
      for (const { at, spelling, other } of summaryOf(info, 'i-y', summarise)) {
        const w = info.words[at];
        const key = info.keys[at];
        found.push({ paragraph: index, start: w.start, end: w.end, key, spelling, other });
        const c = counts.get(key) ?? { i: 0, y: 0 };
        c[spelling]++;
        counts.set(key, c);
      }
    }
    const total: Record<Spelling, number> = { i: 0, y: 0 };
    for (const c of counts.values()) if (!c.i || !c.y) total[c.i ? 'i' : 'y'] += c.i + c.y;
    const firstUsed = new Map<string, Spelling>();
    for (const f of found) if (!firstUsed.has(f.key)) firstUsed.set(f.key, f.spelling);
    for (const f of found) {
      const c = counts.get(f.key)!;
      if (!c.i || !c.y) continue;
      let target: Spelling;
      if (c.i !== c.y) target = c.i > c.y ? 'i' : 'y';
      else if (total.i !== total.y) target = total.i > total.y ? 'i' : 'y';
      else target = firstUsed.get(f.key)!;
      if (f.spelling === target) continue;
      context.report({
        paragraph: f.paragraph,
        start: f.start,
        length: f.end - f.start,
        messageId: 'mixed',
        data: {
          word: context.doc.paragraphs[f.paragraph].text.slice(f.start, f.end),
          replacement: f.other,
          count: c[target],
        },
        fix: [{ start: f.start, length: f.end - f.start, replacement: f.other }],
      });
    }
  },
};
