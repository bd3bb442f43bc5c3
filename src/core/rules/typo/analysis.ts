import type { RuleContext } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import type { Token } from '../../vi/tokenize';

/** A token with its comparison form, computed once per paragraph and shared by all typo rules (ctx.memo). */
export interface Word extends Token {
  /** NFC, lower case. */
  key: string;
  /** Letters and marks only (no digits). */
  alphabetic: boolean;
}

const ALPHABETIC = /^[\p{L}\p{M}]+$/u;
/** Combining diacritics (the marks of decomposed Vietnamese). */
export const COMBINING = /[\u0300-\u036f]/;
/** Anything that might be a digit (ASCII digits, superscripts, or characters outside the Latin blocks). */
const MAYBE_DIGIT = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be]|[^\s -\u024f\p{M}\u1e00-\u1eff\u2000-\u206f]/u;

export function wordsOf(context: RuleContext, index: number): Word[] {
  return context.memo(`typo.words.${index}`, () => words(context.doc.paragraphs[index]?.text ?? ''));
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Same tokens as tokenize(), built in one pass (this runs on every paragraph of every check). */
function words(text: string): Word[] {
  // Composing is only needed where combining marks occur; most paragraphs have none.
  const composed = !COMBINING.test(text);
  const hasDigits = MAYBE_DIGIT.test(text);
  const lower = text.toLowerCase();
  const sameLength = composed && lower.length === text.length;
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      text: m[0],
      start,
      end,
      key: sameLength ? lower.slice(start, end) : m[0].normalize('NFC').toLowerCase(),
      alphabetic: !hasDigits || ALPHABETIC.test(m[0]),
    });
  }
  return out;
}

/** Comparison keys of a paragraph's words (syllableKey: tone style and i/y unified; '' for non-words), shared. */
export function keysOf(context: RuleContext, index: number): string[] {
  return context.memo(`typo.keys.${index}`, () =>
    wordsOf(context, index).map((w) => (w.alphabetic ? syllableKey(w.key) : '')),
  );
}

export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const LIST_MARKER = /^(?:[-–—•+*]|[\p{L}\d]{1,4}[.)]|[IVXLC]+[-.]|\d+(?:\.\d+)+[.)-]?)$/u;

/** True when the word at `start` begins a sentence, a paragraph, a line or a list item (capitals forced there). */
export function isSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const trimmed = before.replace(/[\s"“'‘(]+$/u, '');
  if (trimmed === '' && start <= 40) return true;
  if (/[.!?…:;]$/.test(trimmed)) return true;
  if (/[\v\n]\s*$/.test(before)) return true;
  const lastChunk = /(?:^|\s)(\S+)$/u.exec(trimmed)?.[1] ?? '';
  if (LIST_MARKER.test(lastChunk)) {
    const chunkStart = trimmed.length - lastChunk.length;
    const ahead = text.slice(0, start - before.length + chunkStart).trimEnd();
    return ahead === '' || /[.!?:;\v\n]$/.test(ahead) || /^[-–—•+*]$/.test(lastChunk);
  }
  return false;
}

/** Paragraph written entirely in capitals (headings): case tells nothing there. */
export function isAllCapsText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}
