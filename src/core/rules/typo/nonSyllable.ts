import exceptions from '../../data/typo/exceptions.json';
import type { Rule, RuleContext } from '../../rule';
import { analyzeSyllable, decompose } from '../../vi/syllable';
import { isMisplacedTone, suggestSyllables } from '../../vi/suggest';
import { legacyRuns } from './legacyEncoding';
import { isAllCaps, isCapitalised, wordsOf } from './analysis';

const BUILT_IN = new Set([...exceptions.abbreviations, ...exceptions.loanwords, ...exceptions.units].map((w) => w.toLowerCase()));
/** Vietnamese-only marks: a tone or a vowel mark (ă â ê ô ơ ư); đ counts in lower case only (ĐUK, TTĐT are codes). */
const VOWEL_OR_TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;
/** Characters that glue a word into a code, number, address or abbreviation: 23-NQ/TW, V/v, TP.HCM, GD&ĐT. */
const CODE_GLUE = /[\p{N}/&@_.]/u;

function exceptionSet(context: RuleContext): Set<string> {
  return context.memo('typo.exceptions', () => new Set([...BUILT_IN, ...(context.config.exceptions ?? []).map((w) => w.normalize('NFC').toLowerCase())]));
}

/** The non-space chunk around a token, e.g. "23-NQ/TW" around "NQ". */
function chunkAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e).replace(/^[("“'‘[]+|[)"”'’\].,;:!?…]+$/gu, '');
}

/**
 * A word that no Vietnamese syllable can be (phonotactic check, no word list): lost letters, tone on the wrong
 * vowel, a tone a stop coda cannot take, c/k g/gh ng/ngh mix-ups. Codes, abbreviations, capitals, loanwords,
 * foreign names and the office's own word list are left alone.
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
    },
    source: 'Quy tắc chính tả tiếng Việt / Vietnamese spelling rules',
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    const words = wordsOf(context, index);
    if (!words.length) return;
    const legacy = legacyRuns(context, index);
    const allowed = exceptionSet(context);
    const configured = context.severity !== nonSyllable.meta.defaultSeverity;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w.alphabetic || analyzeSyllable(w.text) || analyzeSyllable(w.key)) continue;
      if (w.text.length === 1 && /[a-z]/i.test(w.text)) continue;
      if (allowed.has(w.key)) continue;
      if (legacy.some((r) => w.start < r.end && w.end > r.start)) continue;
      const chunk = chunkAround(text, w.start, w.end);
      if (CODE_GLUE.test(chunk) || allowed.has(chunk.toLowerCase())) continue;
      const caps = isAllCaps(w.text);
      // Mixed case inside a word (QĐi, ThU, iPhone) is an abbreviation or a brand.
      if (!caps && /\p{Lu}/u.test(w.text.slice(1))) continue;
      const marked = VOWEL_OR_TONE_MARK.test(w.key.normalize('NFD')) || (!caps && w.key.includes('đ'));
      // Only Vietnamese letters and marks can be judged; ü, ñ, ç, f, j, w, z mean a foreign word.
      if (!decompose(w.key) && !(marked && /^[\p{L}\p{M}]+$/u.test(w.key))) continue;
      if (!marked && (caps || isCapitalised(w.text))) continue;
      const prev = words[i - 1];
      if (!marked && w.text.length <= 3 && prev && /^\p{N}+$/u.test(prev.text)) continue; // a unit after a number
      if (text[w.end] === ')' && /^[ivxlc]+$/i.test(w.text)) continue; // list marker "iv)"
      const misplaced = isMisplacedTone(w.text);
      const suggestions = suggestSyllables(w.text);
      const severity = caps ? 'info' : !marked ? 'warning' : isCapitalised(w.text) ? 'warning' : 'error';
      context.report({
        paragraph: index,
        start: w.start,
        length: w.end - w.start,
        messageId: misplaced ? 'tonePlacement' : 'nonSyllable',
        data: { word: w.text },
        suggestions,
        // Moving a misplaced tone mark has one answer; other repairs need a person to choose.
        ...(misplaced && suggestions.length ? { fix: [{ start: w.start, length: w.end - w.start, replacement: suggestions[0] }] } : {}),
        ...(configured || severity === 'error' ? {} : { severity }),
      });
    }
  },
};
