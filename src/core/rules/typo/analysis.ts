import { paragraphMemo, type RuleContext } from '../../rule';
import * as chars from '../../vi/charClass';
import * as syllables from '../../vi/syllable';
import type { SyllableEntry } from '../../vi/syllable';
import * as tok from '../../vi/tokenize';
import type { Word } from '../../vi/tokenize';

export { paragraphMemo };

// Local copies: a CommonJS build reads imported bindings through getters, too slow for per-character loops.
const charClass = chars.charClass;
const CASED = chars.CASED;
const UPPER_DIFFERS = chars.UPPER_DIFFERS;
const LOWER_DIFFERS = chars.LOWER_DIFFERS;
const scanWords = tok.scanWords;
const syllableEntry = syllables.syllableEntry;
const W_ALPHABETIC = tok.W_ALPHABETIC;

/**
 * Everything the typo rules read from one paragraph, computed once from its text alone (so an AnalysisCache keeps
 * it across checks while the text is unchanged): the words, their comparison keys, case flags and the gaps
 * between them. Per-rule summaries of the paragraph (what a document rule aggregates) hang off it too, computed
 * on first use: a re-check after an edit recomputes only the edited paragraph's.
 */
export interface ParagraphInfo {
  readonly text: string;
  readonly words: Word[];
  /** syllableKey of each alphabetic word (tone style and i/y unified), '' for the others. */
  readonly keys: string[];
  /** Each word's key with its syllable analysis (NO_ENTRY for words with digits). */
  readonly entries: SyllableEntry[];
  /** W_* bits per word (see vi/tokenize). */
  readonly flags: Uint8Array;
  /** GAP_* bits of what separates word i from word i - 1 (see vi/tokenize). */
  readonly gaps: Uint8Array;
  /** M_* bits (see vi/tokenize): which characters some rule looks for the paragraph has. */
  readonly marks: number;
  /** The paragraph is written in capitals throughout (a heading): case tells nothing there. */
  readonly allCapsText: boolean;
  /** Per-rule summaries, filled on first use by the rule that owns each key. */
  readonly summaries: Map<string, unknown>;
}

/** The entry of a word that is not alphabetic: no key, no analysis. */
export const NO_ENTRY: SyllableEntry = { key: '', info: null };

function analyse(text: string): ParagraphInfo {
  const { words, flags, gaps, marks } = scanWords(text);
  const n = words.length;
  const keys: string[] = new Array(n);
  const entries: SyllableEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const entry = flags[i] & W_ALPHABETIC ? syllableEntry(words[i].key) : NO_ENTRY;
    entries[i] = entry;
    keys[i] = entry.key;
  }
  return { text, words, keys, entries, flags, gaps, marks, allCapsText: isAllCapsText(text), summaries: new Map() };
}

/** The one analysis of a paragraph every typo rule shares. */
export function infoOf(context: RuleContext, index: number): ParagraphInfo {
  return paragraphMemo(context, index, 'typo.info', () => analyse(context.doc.paragraphs[index]?.text ?? ''));
}

/** A summary of one paragraph for a document rule (`key` names it), computed once per paragraph text. */
export function summaryOf<T>(info: ParagraphInfo, key: string, compute: (info: ParagraphInfo) => T): T {
  const found = info.summaries.get(key);
  if (found !== undefined) return found as T;
  const value = compute(info);
  info.summaries.set(key, value);
  return value;
}

/** Whether the paragraph has any of the characters (M_* bits) a rule looks for: a rule without them skips it. */
export function hasMarks(context: RuleContext, index: number, marks: number): boolean {
  return (infoOf(context, index).marks & marks) !== 0;
}

/** The one tokenisation of a paragraph every rule shares. */
export function wordsOf(context: RuleContext, index: number): Word[] {
  return infoOf(context, index).words;
}

/** Comparison keys of a paragraph's words (syllableKey: tone style and i/y unified; '' for non-words), shared. */
export function keysOf(context: RuleContext, index: number): string[] {
  return infoOf(context, index).keys;
}

/** Only these gap characters (GAP_* bits) between words i - 1 and i. */
export function gapWithin(info: ParagraphInfo, i: number, allowed: number): boolean {
  const g = info.gaps[i];
  return g !== 0 && (g & ~allowed & 0x7f) === 0;
}

export function isCapitalised(word: string): boolean {
  return word.length > 0 && (charClass(word.charCodeAt(0)) & LOWER_DIFFERS) !== 0;
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Beyond the BMP the table (code units) says nothing about case: the original per-character test.
    if (c >= 0xd800 && c <= 0xdfff) return isAllCapsTextSlow(text);
    const cls = charClass(c);
    if (cls & CASED) {
      if (cls & UPPER_DIFFERS) return false;
      letters++;
    }
  }
  return letters >= 2;
}

function isAllCapsTextSlow(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}
