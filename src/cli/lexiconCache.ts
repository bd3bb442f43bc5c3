/**
 * The lexicon ready to use, saved next to the CLI bundle at build time (`npm run build:cli`): decoding the packed
 * data (inflate, varints, a syllable key per form) costs 0.2–0.4 s per process and per worker; reading this cache
 * back costs a few milliseconds. The cache is the decoded object's own fields in V8's serialization format, so it
 * follows src/core/lexicon's class whatever its fields are; it carries a stamp of the data and of the class's
 * source, and anything that does not match (another build, another lexicon) is ignored: the data is decoded.
 */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import lexiconJson from '../core/data/lexicon/lexicon.json';
import { decodeLexicon, Lexicon } from '../core/lexicon';
import { openTables } from '../core/lexicon/format';

export const LEXICON_CACHE_FILE = 'lexicon.cache';
const MAGIC = 'thethuc-lexicon-cache 1';

interface CacheBody {
  magic: string;
  stamp: string;
  fields: Record<string, unknown>;
}

/** The packed data the cache stands for. */
export function lexiconData(): string {
  return (lexiconJson as { data: string }).data;
}

/**
 * FNV-1a over the class's source and the data, so a cache from another lexicon or another decoder never matches.
 * The data is deflated: a change anywhere rewrites everything after it in its block, so every 16th character and
 * the whole tail are enough (a quarter of a millisecond instead of several for all 400,000 characters).
 */
export function lexiconStamp(data: string = lexiconData()): string {
  let h = 0x811c9dc5;
  const source = Lexicon.toString();
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  const tail = Math.max(0, data.length - 4096);
  for (let i = 0; i < tail; i += 16) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193);
  for (let i = tail; i < data.length; i++) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193);
  return `${source.length}:${data.length}:${(h >>> 0).toString(16)}`;
}

export function serializeLexicon(lexicon: Lexicon, stamp: string): Uint8Array {
  const body: CacheBody = { magic: MAGIC, stamp, fields: { ...lexicon } };
  return serialize(body);
}

/** The lexicon from cache bytes, or null when they are damaged or were made for another lexicon or decoder. */
export function deserializeLexicon(bytes: Uint8Array, stamp: string): Lexicon | null {
  let body: Partial<CacheBody>;
  try {
    body = deserialize(bytes) as Partial<CacheBody>;
  } catch {
    return null;
  }
  if (body?.magic !== MAGIC || body.stamp !== stamp || typeof body.fields !== 'object' || !body.fields) return null;
  return Object.assign(Object.create(Lexicon.prototype) as Lexicon, body.fields);
}

/** The cache file's lexicon, or null when there is none or it does not match (then decode the data). */
export function readLexiconCache(path: string): Lexicon | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return deserializeLexicon(bytes, lexiconStamp());
}

/**
 * Probe answers that must come out the same from the decoded lexicon and its cached copy: every syllable's id,
 * count and form, and pairs and word tests along the most common followers. A class that keeps something V8
 * cannot copy (a #private field, a function, a class instance) fails here and the build writes no cache.
 */
export function sameAnswers(a: Lexicon, b: Lexicon, data: string = lexiconData()): boolean {
  const { forms } = openTables(data);
  if (JSON.stringify(a.info) !== JSON.stringify(b.info)) return false;
  for (const f of forms) if (a.id(f) !== b.id(f) || a.count(f) !== b.count(f) || a.form(f) !== b.form(f)) return false;
  const head = forms.slice(0, 300);
  for (const x of head)
    for (const y of head) if (a.pair(x, y) !== b.pair(x, y) || a.isWord(x, y) !== b.isWord(x, y)) return false;
  return true;
}

/** Decodes the built-in lexicon and returns its cache bytes, or null when a cached copy would answer differently. */
export function buildLexiconCache(): Uint8Array | null {
  const data = lexiconData();
  const decoded = decodeLexicon(data);
  const stamp = lexiconStamp(data);
  const bytes = serializeLexicon(decoded, stamp);
  const copy = deserializeLexicon(bytes, stamp);
  return copy && sameAnswers(decoded, copy, data) ? bytes : null;
}
