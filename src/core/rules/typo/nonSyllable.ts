import exceptions from '../../data/typo/exceptions.json';
import functionWords from '../../data/typo/function-words.json';
import type { Severity } from '../../finding';
import type { Rule, RuleContext, TextFix } from '../../rule';
import { analyzeSyllable, isVowelCore, ONSETS } from '../../vi/syllable';
import { isMisplacedTone, suggestSyllables } from '../../vi/suggest';
import { currentLexicon, EDGE } from '../../lexicon';
import { rankByContext } from '../../lexicon/rank';
import { legacyRuns } from './legacyEncoding';
import { lexiconKeysOf } from './realWord';
import { infoOf, isAllCaps, wordsOf } from './analysis';

const BUILT_IN = new Set(
  [...exceptions.abbreviations, ...exceptions.loanwords, ...exceptions.units].map((w) => w.toLowerCase()),
);
/** Vietnamese marks: a tone or a vowel mark (ă â ê ô ơ ư). */
const VIETNAMESE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;
/** Marks only Vietnamese uses among Latin scripts: hỏi, ngã, nặng, and the vowel marks of ă â ê ô ơ ư. */
const VIETNAMESE_ONLY_MARK = /[\u0303\u0309\u0323\u0302\u0306\u031b]/u;
/** Characters that glue a word into a code, number, address or abbreviation: 23-NQ/TW, V/v, TP.HCM, GD&ĐT. */
const CODE_GLUE = /[\p{N}/&@_.]/u;
const VOWEL_RUNS = /[aeiouy]+/g;
const VIETNAMESE_ONSETS = new Set([...ONSETS.map((o) => o.replace('đ', 'd')), '', 'q']);
/** A Vietnamese word glued to a capitalised one: "củaAndy", "TâyBan". */
const GLUED = /^(\p{Lu}?[\p{Ll}\p{M}]+)(\p{Lu}[\p{L}\p{M}]+)$/u;

const VIETNAMESE_CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'y', 'o', 'u']);
const MARKED_FUNCTION_WORDS = functionWords.words.filter((w) => w.length >= 2 && /[^a-z]/.test(w));
/** A digit typed after a vowel inside a lower-case word (a VNI key left behind): "na9m", "ta5ic". */
const DIGIT_INSIDE = /^\p{L}[\p{Ll}\p{M}]*[aeiouyăâêôơư]\p{M}*[1-9][\p{Ll}\p{M}]+$/u;

/** More letters (NFC) than any syllable has ("nghiêng" has 7): longer halves and one-edit repairs cannot be syllables. */
const LONGEST_SYLLABLE = 10;

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'nonSyllable' | 'tonePlacement'; severity: Severity }
  | { kind: 'missingSpace'; severity: Severity; at: number };

const verdicts = new Map<string, Verdict>();
const OK: Verdict = { kind: 'ok' };

/**
 * How to judge one alphabetic word, from its letters alone. Errors are kept for words that are Vietnamese in
 * shape (Vietnamese marks, one vowel group, a Vietnamese onset): only those are certainly misspelt. Words in
 * capitals without marks are acronyms; marked words with several vowel groups are Vietnamised loanwords written
 * solid (axít, ôxy, điốt); unmarked words and foreign-looking clusters are at most an info (a name, a loanword).
 */
export function judgeWord(word: string): Verdict {
  let v = verdicts.get(word);
  if (!v) {
    v = judgeUncached(word);
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(word, v);
  }
  return v;
}

function judgeUncached(word: string): Verdict {
  const nfc = word.normalize('NFC');
  if (analyzeSyllable(nfc)) return OK;
  const caps = isAllCaps(nfc);
  const nfd = nfc.normalize('NFD');
  const marked = VIETNAMESE_MARK.test(nfd);
  if (!caps && /\p{Lu}/u.test(nfc.slice(1))) {
    const glued = GLUED.exec(nfc);
    if (glued && glued[1].length >= 2 && VIETNAMESE_MARK.test(glued[1].normalize('NFD')) && analyzeSyllable(glued[1])) {
      return { kind: 'missingSpace', severity: 'error', at: glued[1].length };
    }
    return OK; // QĐi, ThU, CTr, iPhone: abbreviations and brands
  }
  if (caps && !marked) return OK; // UBND, NQ, KSL: acronyms
  const lower = nfc.toLowerCase();
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const vowelRuns: string[] = plain.match(VOWEL_RUNS) ?? [];
  const firstRun = vowelRuns[0] ?? '';
  const onset = plain.slice(0, firstRun ? plain.indexOf(firstRun) : plain.length);
  const hiatus = vowelRuns.length === 1 && !isVowelCore(onset, firstRun) && hiatusSplit(lower);
  if (vowelRuns.length !== 1 || hiatus) {
    // A capitalised word split in two is as often a foreign name (Antôn, Phaolô): only a glued function word counts.
    const at = (nfc[0] === lower[0] ? gluedSplit(lower) : 0) || gluedFunctionWord(lower);
    if (at > 0 && marked) return { kind: 'missingSpace', severity: 'warning', at };
    // Marked words of several syllables written solid are Vietnamised loanwords (axít, ôxy, điốt, mêtan).
    return marked ? OK : { kind: 'nonSyllable', severity: 'info' };
  }
  const capitalised = nfc[0] !== lower[0];
  const vietnameseShape = VIETNAMESE_ONSETS.has(onset) && !/[fjwz]/.test(plain);
  // Marks European languages share (acute and grave on a plain vowel: Pál, tér) make a word Vietnamese only with a
  // Vietnamese coda (tòch, legacy-font debris for tịch).
  const coda = plain.slice(plain.indexOf(firstRun) + firstRun.length);
  const vietnameseMarks = VIETNAMESE_ONLY_MARK.test(nfd) || /đ/.test(lower) || (marked && VIETNAMESE_CODAS.has(coda));
  if (isMisplacedTone(lower))
    return { kind: 'tonePlacement', severity: caps ? 'info' : capitalised ? 'warning' : 'error' };
  if (caps || !vietnameseShape || !vietnameseMarks) return { kind: 'nonSyllable', severity: 'info' };
  // Capitalised: highland and foreign names keep their own spelling (Kông, Đắk Lắk, Krông).
  return { kind: 'nonSyllable', severity: capitalised ? 'info' : 'error' };
}

/**
 * Where a word glued from two syllables splits (đượcmột → được|một): both halves syllables, the first closed by a
 * consonant or a glide and the second opening with a consonant, which Vietnamised loanwords (mêtan, patê) are not.
 */
function gluedSplit(lower: string): number {
  const last = Math.min(lower.length - 2, LONGEST_SYLLABLE);
  for (let at = Math.max(2, lower.length - LONGEST_SYLLABLE); at <= last; at++) {
    const first = analyzeSyllable(lower.slice(0, at));
    if (!first || !/(?:[^aăâeêioôơuưy]|[aăâeêoôơuư][iyou])$/.test(first.parse.rhyme)) continue;
    if (/^[aăâeêioôơuưy]/.test(lower.slice(at).normalize('NFD')) || !analyzeSyllable(lower.slice(at))) continue;
    return at;
  }
  return 0;
}

/** "cristobalitcủa", "Cellularvà": a marked function word glued to the end of a longer word. */
function gluedFunctionWord(lower: string): number {
  for (const fw of MARKED_FUNCTION_WORDS) {
    if (lower.length - fw.length >= 3 && lower.endsWith(fw)) return lower.length - fw.length;
  }
  return 0;
}

/** Two syllables meeting vowel to vowel (đi|ốt, ki|ốt): a loanword written solid, not a misspelt syllable. */
function hiatusSplit(lower: string): boolean {
  const last = Math.min(lower.length - 2, LONGEST_SYLLABLE);
  for (let at = Math.max(1, lower.length - LONGEST_SYLLABLE); at <= last; at++) {
    if (
      /^[aăâeêioôơuưy]/.test(lower.slice(at).normalize('NFD')) &&
      analyzeSyllable(lower.slice(0, at)) &&
      analyzeSyllable(lower.slice(at))
    )
      return true;
  }
  return false;
}

function exceptionSet(context: RuleContext): Set<string> {
  return context.memo(
    'typo.exceptions',
    () => new Set([...BUILT_IN, ...(context.config.exceptions ?? []).map((w) => w.normalize('NFC').toLowerCase())]),
  );
}

/**
 * The non-space chunk around a token, e.g. "23-NQ/TW" around "NQ", without surrounding punctuation (and in lower
 * case, and whether code glue is in it). Tokens come in order, so the last chunk is kept: a 100k-character chunk of many tokens is scanned once.
 */
class ChunkFinder {
  private from = -1;
  private to = -1;
  private last = { chunk: '', lower: '', code: false };

  constructor(private readonly text: string) {}

  around(start: number): { chunk: string; lower: string; code: boolean } {
    const text = this.text;
    if (start < this.from || start >= this.to) {
      let from = start;
      let to = start;
      while (from > 0 && !/\s/.test(text[from - 1])) from--;
      while (to < text.length && !/\s/.test(text[to])) to++;
      this.from = from;
      this.to = to;
      // The lookbehind keeps a long inner run of dots linear: only a run's first character is tried.
      const chunk = text.slice(from, to).replace(/^[("“'‘[]+|(?<![)"”'’\].,;:!?…])[)"”'’\].,;:!?…]+$/gu, '');
      this.last = { chunk, lower: chunk.toLowerCase(), code: CODE_GLUE.test(chunk) };
    }
    return this.last;
  }
}

/** Syllables one edit away, those that fit the neighbours first when the lexicon is loaded. */
function rankedSuggestions(context: RuleContext, index: number, i: number): string[] {
  const words = wordsOf(context, index);
  const lexicon = currentLexicon();
  if (!lexicon) return suggestSyllables(words[i].text);
  const { keys, joined } = lexiconKeysOf(context, index);
  const prev = joined[i] && keys[i - 1] ? keys[i - 1] : EDGE;
  const next = joined[i + 1] && keys[i + 1] ? keys[i + 1] : EDGE;
  return rankByContext(lexicon, suggestSyllables(words[i].text, 12), prev, next).slice(0, 5);
}

/**
 * A word that no Vietnamese syllable can be (phonotactic check, no word list): lost letters, tone on the wrong
 * vowel, a tone a stop coda cannot take, c/k g/gh ng/ngh mix-ups, a word glued to the next. Codes,
 * abbreviations, acronyms, loanwords, foreign names and the office's own word list are left alone or given as info.
 */
export const nonSyllable: Rule = {
  meta: {
    id: 'non-syllable',
    category: 'spelling',
    defaultSeverity: 'error',
    description: { vi: 'Chữ không phải âm tiết tiếng Việt', en: 'Not a Vietnamese syllable' },
    messages: {
      nonSyllable: { vi: '“{word}” không phải âm tiết tiếng Việt.', en: '“{word}” is not a Vietnamese syllable.' },
      tonePlacement: { vi: 'Đặt dấu thanh sai chỗ: “{word}”.', en: 'Tone mark on the wrong vowel: “{word}”.' },
      digitInWord: {
        vi: 'Có chữ số lẫn trong từ “{word}” (gõ sót phím?).',
        en: 'A digit inside the word “{word}” (a typing slip?).',
      },
      missingSpace: { vi: 'Thiếu dấu cách giữa hai từ: “{word}”.', en: 'Missing space between two words: “{word}”.' },
    },
    source: 'Quy tắc chính tả tiếng Việt / Vietnamese spelling rules',
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    const { words, entries } = infoOf(context, index);
    if (!words.length) return;
    const allowed = exceptionSet(context);
    let legacy: ReturnType<typeof legacyRuns> | null = null;
    // Made on first use: most paragraphs need no chunk.
    let chunks: ChunkFinder | null = null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w.alphabetic) {
        if (
          DIGIT_INSIDE.test(w.text) &&
          w.text.length >= 4 &&
          !isAllCaps(w.text) &&
          (chunks ??= new ChunkFinder(text)).around(w.start).chunk === w.text
        ) {
          context.report({
            paragraph: index,
            start: w.start,
            length: w.end - w.start,
            messageId: 'digitInWord',
            data: { word: w.text },
            severity: 'warning',
          });
        }
        continue;
      }
      // A syllable by the shared analysis of its key: what judgeWord would say first, without a lookup.
      if (entries[i].info) continue;
      if (w.text.length === 1 && /[a-z]/i.test(w.text)) continue;
      const verdict = judgeWord(w.text);
      if (verdict.kind === 'ok' || allowed.has(w.key)) continue;
      legacy ??= legacyRuns(context, index);
      if (legacy.some((r) => w.start < r.end && w.end > r.start)) continue;
      const { lower, code } = (chunks ??= new ChunkFinder(text)).around(w.start);
      if (code || allowed.has(lower)) continue;
      const prev = words[i - 1];
      if (verdict.severity !== 'error' && w.text.length <= 3 && prev && /^\p{N}+$/u.test(prev.text)) continue; // unit
      if (text[w.end] === ')' && /^[ivxlc]+$/i.test(w.text)) continue; // list marker "iv)"
      let fix: TextFix[] | undefined;
      let suggestions: string[];
      if (verdict.kind === 'missingSpace') {
        fix = [{ start: w.start + verdict.at, length: 0, replacement: ' ' }];
        suggestions = [`${w.text.slice(0, verdict.at)} ${w.text.slice(verdict.at)}`];
      } else {
        // Infos mark names and loanwords: guessing Vietnamese look-alikes for them would only mislead.
        // A token longer than a syllable plus one letter has no one-edit repair: no per-character search.
        suggestions =
          verdict.severity === 'info' || w.key.length > LONGEST_SYLLABLE + 1
            ? []
            : rankedSuggestions(context, index, i);
        // Moving a misplaced tone mark has one answer; other repairs need a person to choose.
        if (verdict.kind === 'tonePlacement' && suggestions.length)
          fix = [{ start: w.start, length: w.end - w.start, replacement: suggestions[0] }];
      }
      context.report({
        paragraph: index,
        start: w.start,
        length: w.end - w.start,
        messageId: verdict.kind,
        data: { word: w.text },
        suggestions,
        ...(fix ? { fix } : {}),
        // Names and loanwords are infos; a severity the user sets for the rule applies to all (see runner).
        ...(verdict.severity === 'error' ? {} : { severity: verdict.severity }),
      });
    }
  },
};
