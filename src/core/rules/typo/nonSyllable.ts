import exceptions from '../../data/typo/exceptions.json';
import type { Severity } from '../../finding';
import type { Rule, RuleContext, TextFix } from '../../rule';
import { analyzeSyllable, ONSETS } from '../../vi/syllable';
import { isMisplacedTone, suggestSyllables } from '../../vi/suggest';
import { legacyRuns } from './legacyEncoding';
import { isAllCaps, wordsOf } from './analysis';

const BUILT_IN = new Set([...exceptions.abbreviations, ...exceptions.loanwords, ...exceptions.units].map((w) => w.toLowerCase()));
/** Vietnamese marks: a tone or a vowel mark (ă â ê ô ơ ư). */
const VIETNAMESE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;
/** Characters that glue a word into a code, number, address or abbreviation: 23-NQ/TW, V/v, TP.HCM, GD&ĐT. */
const CODE_GLUE = /[\p{N}/&@_.]/u;
const VOWEL_RUNS = /[aeiouy]+/g;
const VIETNAMESE_ONSETS = new Set([...ONSETS.map((o) => o.replace('đ', 'd')), '', 'q']);
const VIETNAMESE_CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** A Vietnamese word glued to a capitalised one: "củaAndy", "TâyBan". */
const GLUED = /^(\p{Lu}?[\p{Ll}\p{M}]+)(\p{Lu}[\p{L}\p{M}]+)$/u;

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
  const marked = VIETNAMESE_MARK.test(nfc.normalize('NFD'));
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
  const vowelRuns = plain.match(VOWEL_RUNS) ?? [];
  if (vowelRuns.length !== 1) return marked && vowelRuns.length > 1 ? OK : { kind: 'nonSyllable', severity: 'info' };
  const onset = plain.slice(0, plain.indexOf(vowelRuns[0]));
  const coda = plain.slice(plain.indexOf(vowelRuns[0]) + vowelRuns[0].length);
  const vietnameseShape = VIETNAMESE_ONSETS.has(onset) && !/[fjwz]/.test(plain);
  const severity: Severity = marked && !caps && vietnameseShape ? 'error' : 'info';
  if (isMisplacedTone(lower)) return { kind: 'tonePlacement', severity };
  // An unmarked word with a foreign coda (tour, bus) is a loanword or a name rather than a slip.
  if (!marked && !VIETNAMESE_CODAS.has(coda)) return { kind: 'nonSyllable', severity: 'info' };
  return { kind: 'nonSyllable', severity };
}

function exceptionSet(context: RuleContext): Set<string> {
  return context.memo('typo.exceptions', () => new Set([...BUILT_IN, ...(context.config.exceptions ?? []).map((w) => w.normalize('NFC').toLowerCase())]));
}

/** The non-space chunk around a token, e.g. "23-NQ/TW" around "NQ", without surrounding punctuation. */
function chunkAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e).replace(/^[("“'‘[]+|[)"”'’\].,;:!?…]+$/gu, '');
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
      missingSpace: { vi: 'Thiếu dấu cách giữa hai từ: “{word}”.', en: 'Missing space between two words: “{word}”.' },
    },
    source: 'Quy tắc chính tả tiếng Việt / Vietnamese spelling rules',
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    const words = wordsOf(context, index);
    if (!words.length) return;
    const allowed = exceptionSet(context);
    let legacy: ReturnType<typeof legacyRuns> | null = null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w.alphabetic || (w.text.length === 1 && /[a-z]/i.test(w.text))) continue;
      const verdict = judgeWord(w.text);
      if (verdict.kind === 'ok' || allowed.has(w.key)) continue;
      legacy ??= legacyRuns(context, index);
      if (legacy.some((r) => w.start < r.end && w.end > r.start)) continue;
      const chunk = chunkAround(text, w.start, w.end);
      if (CODE_GLUE.test(chunk) || allowed.has(chunk.toLowerCase())) continue;
      const prev = words[i - 1];
      if (verdict.severity !== 'error' && w.text.length <= 3 && prev && /^\p{N}+$/u.test(prev.text)) continue; // unit
      if (text[w.end] === ')' && /^[ivxlc]+$/i.test(w.text)) continue; // list marker "iv)"
      let fix: TextFix[] | undefined;
      let suggestions: string[];
      if (verdict.kind === 'missingSpace') {
        fix = [{ start: w.start + verdict.at, length: 0, replacement: ' ' }];
        suggestions = [`${w.text.slice(0, verdict.at)} ${w.text.slice(verdict.at)}`];
      } else {
        suggestions = suggestSyllables(w.text);
        // Moving a misplaced tone mark has one answer; other repairs need a person to choose.
        if (verdict.kind === 'tonePlacement' && suggestions.length) fix = [{ start: w.start, length: w.end - w.start, replacement: suggestions[0] }];
      }
      context.report({
        paragraph: index,
        start: w.start,
        length: w.end - w.start,
        messageId: verdict.kind,
        data: { word: w.text },
        suggestions,
        ...(fix ? { fix } : {}),
        // Infos stay infos whatever the configured severity: they mark names and loanwords, not errors.
        ...(verdict.severity === 'error' ? {} : { severity: verdict.severity }),
      });
    }
  },
};
