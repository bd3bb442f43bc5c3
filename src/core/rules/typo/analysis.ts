import { paragraphMemo, type RuleContext } from '../../rule';

export { paragraphMemo };
import { syllableKey } from '../../vi/syllable';
import { tokenize, type Word } from '../../vi/tokenize';

/** The one tokenisation of a paragraph every rule shares. */
export function wordsOf(context: RuleContext, index: number): Word[] {
  return paragraphMemo(context, index, 'typo.words', () => tokenize(context.doc.paragraphs[index]?.text ?? ''));
}

/** Comparison keys of a paragraph's words (syllableKey: tone style and i/y unified; '' for non-words), shared. */
export function keysOf(context: RuleContext, index: number): string[] {
  return paragraphMemo(context, index, 'typo.keys', () =>
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
