import type { DocumentModel, Paragraph } from './model';

/**
 * A short digest of everything a paragraph holds (text, style, formatting, placeholder state), so a check result can
 * tell which paragraphs changed since it was computed without keeping the whole document.
 */
export function paragraphFingerprint(p: Paragraph): string {
  return hash53(stableJson(p));
}

export function fingerprintDocument(doc: DocumentModel): string[] {
  return doc.paragraphs.map(paragraphFingerprint);
}

/** The parts of a document outside its paragraphs that rules read (page setup, capabilities, template). */
export function documentFingerprint(doc: DocumentModel): string {
  return hash53(stableJson({ meta: doc.meta, sections: doc.sections ?? null, capabilities: doc.capabilities ?? null }));
}

export interface ParagraphDiff {
  /** For each paragraph of the new document, its index in the old one when unchanged, else -1. */
  oldIndex: number[];
  /** New indices whose content is new or changed, ascending. */
  changed: number[];
  /** Where old paragraphs were removed with nothing new in their place: the new index they sat before. */
  removedAt: number[];
}

/**
 * Matches paragraphs of two versions: the unchanged run at the start and at the end, and, when the middle keeps
 * its length, paragraph by paragraph inside it (an edit in several places, a fix-all).
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphDiff {
  const m = before.length;
  const n = after.length;
  let prefix = 0;
  while (prefix < m && prefix < n && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < m - prefix && suffix < n - prefix && before[m - 1 - suffix] === after[n - 1 - suffix]) suffix++;
  const oldIndex = after.map((_, j) => (j < prefix ? j : j >= n - suffix ? j - n + m : -1));
  const middleOld = m - prefix - suffix;
  const middleNew = n - prefix - suffix;
  if (middleOld === middleNew) {
    for (let j = prefix; j < n - suffix; j++) if (before[j] === after[j]) oldIndex[j] = j;
  }
  const changed = oldIndex.flatMap((o, j) => (o === -1 ? [j] : []));
  return { oldIndex, changed, removedAt: middleNew === 0 && middleOld > 0 ? [prefix] : [] };
}

/** JSON with keys sorted, so two reads of the same paragraph give the same string whatever the key order. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash; collisions only matter between two versions of one paragraph. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
