/**
 * Finding a stretch of a paragraph with Word's search inside that paragraph (`paragraph.search`, never the whole
 * body: word-api-notes 8). WordApi 1.3 has no character-offset ranges, so a range is located as the k-th hit of
 * a "needle" around it, counted the way Word's Find counts (it is not indexOf: see matchOffsets). A needle of only spaces or punctuation is
 * unreliable in Word's search (and is rarely unique), so it is widened to whole neighbouring words; search
 * strings are limited to 255 characters, so a long stretch is found as a head and a tail joined with expandTo.
 */

export const MAX_SEARCH_LENGTH = 255;
/** Length of the head and tail needles of a long stretch (well under the limit even when escaped). */
const PART_LENGTH = 100;

export interface SearchPart {
  /** The string to pass to search() (Word's ^-escapes applied). */
  search: string;
  /** The text it matches. */
  raw: string;
  /** Offset of the match in the paragraph text. */
  offset: number;
}

export interface NeedlePlan {
  /** The stretch the found range covers: [start, end) of the paragraph text. */
  start: number;
  end: number;
  /** One part, or a head and a tail (the range is head.expandTo(tail)). */
  parts: SearchPart[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Characters Word's search string cannot express (paragraph/field/footnote marks and other controls). */
function isUnsearchable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // Optional hyphens may be seen differently by Find and by paragraph.text (word-api-notes 8): kept out of needles.
  return (code < 0x20 && ch !== '\t' && ch !== '\v') || ch === '\u00ad';
}

function hasUnsearchable(s: string): boolean {
  return [...s].some(isUnsearchable);
}

/** Escapes Word's search metacharacters: "^" itself, tab and manual line break. */
export function escapeSearch(raw: string): string {
  return raw.replace(/\^/g, '^^').replace(/\t/g, '^t').replace(/\v/g, '^l');
}

/**
 * Word's Find matches a straight quote in the search text with curly quotes too (word-api-notes 8), so a needle
 * with a straight quote may have more hits than indexOf sees.
 */
const QUOTE_CLASSES: Record<string, string> = { "'": "'\u2018\u2019", '"': '"\u201c\u201d' };

function matchesAt(text: string, raw: string, at: number): boolean {
  for (let i = 0; i < raw.length; i++) {
    const got = text[at + i];
    if (got !== raw[i] && !QUOTE_CLASSES[raw[i]]?.includes(got ?? '')) return false;
  }
  return true;
}

/** Offsets of the matches Word's Find reports (matchCase on): left to right, not overlapping. */
export function matchOffsets(text: string, raw: string): number[] {
  const offsets: number[] = [];
  if (!raw) return offsets;
  for (let at = 0; at + raw.length <= text.length;) {
    if (matchesAt(text, raw, at)) {
      offsets.push(at);
      at += raw.length;
    } else at++;
  }
  return offsets;
}

function isBarrier(ch: string): boolean {
  return isUnsearchable(ch);
}

/** Moves left over non-word characters and then over one word; stops at a barrier or the start. */
function previousWordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !WORD_CHAR.test(text[i - 1]) && !isBarrier(text[i - 1])) i--;
  while (i > 0 && WORD_CHAR.test(text[i - 1])) i--;
  return i;
}

function nextWordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !WORD_CHAR.test(text[i]) && !isBarrier(text[i])) i++;
  while (i < text.length && WORD_CHAR.test(text[i])) i++;
  return i;
}

/**
 * Widens [start, end) until it contains a letter or digit, by whole neighbouring words on both sides; also
 * until the stretch is the first match of itself at its place (not swallowed by an overlapping match).
 * Returns null when the paragraph offers nothing searchable there.
 */
export function widenWindow(text: string, start: number, end: number): { start: number; end: number } | null {
  if (hasUnsearchable(text.slice(start, end))) return null;
  let s = start;
  let e = end;
  // Search cannot find an empty needle, and an insertion point needs a neighbour to be found.
  for (let guard = 0; guard < 64; guard++) {
    const raw = text.slice(s, e);
    if (raw && WORD_CHAR.test(raw) && matchOffsets(text, raw).includes(s)) return { start: s, end: e };
    const ns = previousWordStart(text, s);
    const ne = nextWordEnd(text, e);
    if (ns === s && ne === e) return null;
    s = ns;
    e = ne;
  }
  return null;
}

/**
 * Grows [start, end) by whole words on one side only until it is searchable and found at its place; for the
 * head (grows right) and tail (grows left) of a long stretch, whose outer ends must stay put.
 */
function growOneSide(
  text: string,
  start: number,
  end: number,
  side: 'left' | 'right',
): { start: number; end: number } | null {
  let s = start;
  let e = end;
  for (;;) {
    const raw = text.slice(s, e);
    if (escapeSearch(raw).length > MAX_SEARCH_LENGTH || hasUnsearchable(raw)) return null;
    if (WORD_CHAR.test(raw) && matchOffsets(text, raw).includes(s)) return { start: s, end: e };
    const next = side === 'right' ? nextWordEnd(text, e) : previousWordStart(text, s);
    if (next === (side === 'right' ? e : s)) return null;
    if (side === 'right') e = next;
    else s = next;
  }
}

/** Search parts for the stretch [start, end), which widenWindow has made reliable. */
export function searchParts(text: string, start: number, end: number): SearchPart[] | null {
  const raw = text.slice(start, end);
  if (escapeSearch(raw).length <= MAX_SEARCH_LENGTH) return [{ search: escapeSearch(raw), raw, offset: start }];
  const head = growOneSide(text, start, start + PART_LENGTH, 'right');
  const tail = growOneSide(text, end - PART_LENGTH, end, 'left');
  if (!head || !tail || head.end > tail.end) return null;
  return [head, tail].map((w) => {
    const partRaw = text.slice(w.start, w.end);
    return { search: escapeSearch(partRaw), raw: partRaw, offset: w.start };
  });
}

/** The needle plan for the stretch [start, start + length) of `text`, or null if it cannot be searched. */
export function planNeedle(text: string, start: number, length: number): NeedlePlan | null {
  if (start < 0 || start + length > text.length) return null;
  const window = widenWindow(text, start, start + length);
  if (!window) return null;
  const parts = searchParts(text, window.start, window.end);
  return parts ? { ...window, parts } : null;
}

export interface PlannedEdit {
  /** Caller's identifier (e.g. the edit's index). */
  id: number;
  start: number;
  length: number;
  replacement: string;
}

export interface ReplacementGroup extends NeedlePlan {
  ids: number[];
  /** What the stretch [start, end) becomes. */
  replacement: string;
}

/**
 * Groups the (non-overlapping) edits of one paragraph into replacements of searchable stretches. Edits whose
 * widened stretches overlap or touch are merged, so no two found ranges share a boundary. Edits that cannot be
 * located are returned in `unlocatable`.
 */
export function planParagraphEdits(
  text: string,
  edits: readonly PlannedEdit[],
): { groups: ReplacementGroup[]; unlocatable: number[] } {
  const unlocatable: number[] = [];
  const windows: Array<{ start: number; end: number; edits: PlannedEdit[] }> = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const window = widenWindow(text, edit.start, edit.start + edit.length);
    if (!window) unlocatable.push(edit.id);
    else windows.push({ ...window, edits: [edit] });
  }
  // Merge overlapping or touching stretches until none do; a merged stretch may need widening again (it can be
  // swallowed by an earlier match of itself), which can make it reach its neighbour.
  let merged = windows;
  for (let changed = true; changed;) {
    changed = false;
    merged.sort((a, b) => a.start - b.start);
    const next: typeof windows = [];
    for (const w of merged) {
      const last = next[next.length - 1];
      if (last && w.start <= last.end) {
        last.end = Math.max(last.end, w.end);
        last.edits.push(...w.edits);
        changed = true;
      } else next.push({ ...w, edits: [...w.edits] });
    }
    for (const w of next) {
      const window = widenWindow(text, w.start, w.end);
      if (window && (window.start !== w.start || window.end !== w.end)) {
        Object.assign(w, window);
        changed = true;
      }
    }
    merged = next;
  }
  const groups: ReplacementGroup[] = [];
  for (const w of merged) {
    const window = widenWindow(text, w.start, w.end);
    const parts = window && searchParts(text, window.start, window.end);
    if (!window || !parts) {
      unlocatable.push(...w.edits.map((e) => e.id));
      continue;
    }
    const members = [...w.edits].sort((a, b) => a.start - b.start);
    let replacement = '';
    let at = window.start;
    for (const e of members) {
      replacement += text.slice(at, e.start) + e.replacement;
      at = e.start + e.length;
    }
    replacement += text.slice(at, window.end);
    groups.push({ ...window, parts, ids: members.map((e) => e.id), replacement });
  }
  return { groups, unlocatable };
}

/**
 * Which hit of a search inside the paragraph is each part, given the paragraph's text and the texts of the hits
 * Word returned per part. Null when Word's hits disagree with the text (count, or the chosen hit's text), so a
 * wrong place is never edited.
 */
export function chooseHits(
  text: string,
  parts: readonly SearchPart[],
  hits: readonly (readonly string[])[],
): number[] | null {
  const chosen: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const { raw, offset } = parts[i];
    const offsets = matchOffsets(text, raw);
    const k = offsets.indexOf(offset);
    if (k < 0 || hits[i].length !== offsets.length || hits[i][k] !== raw) return null;
    chosen.push(k);
  }
  return chosen;
}

export interface NarrowedReplacement {
  /** Unchanged text at the start of the stretch (found inside it with its first search hit), or ''. */
  prefix: string;
  /** Unchanged text at its end (its first search hit after the prefix), or ''. */
  suffix: string;
  /** What the changed middle becomes. */
  replacement: string;
}

/**
 * Only the changed middle of a found stretch is written, so the words around an error keep their formatting and
 * a tracked change shows just the correction. Null (write the whole stretch) when the unchanged ends cannot be
 * found reliably inside the stretch: no letter or digit, or the end's first hit after the prefix would not be the end.
 */
export function narrowReplacement(original: string, replacement: string): NarrowedReplacement | null {
  let p = 0;
  while (p < original.length && p < replacement.length && original[p] === replacement[p]) p++;
  let s = 0;
  while (
    s < original.length - p &&
    s < replacement.length - p &&
    original[original.length - 1 - s] === replacement[replacement.length - 1 - s]
  )
    s++;
  const prefix = original.slice(0, p);
  const suffix = original.slice(original.length - s);
  const findable = (t: string) =>
    t === '' || (WORD_CHAR.test(t) && !hasUnsearchable(t) && escapeSearch(t).length <= MAX_SEARCH_LENGTH);
  if (!findable(prefix) || !findable(suffix) || (prefix === '' && suffix === '')) return null;
  const tail = original.slice(p);
  if (suffix && matchOffsets(tail, suffix)[0] !== tail.length - suffix.length) return null;
  return { prefix, suffix, replacement: replacement.slice(p, replacement.length - s) };
}
