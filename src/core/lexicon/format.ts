/**
 * The lexicon's packed form: syllables by falling frequency, their counts, then each syllable's followers as
 * gap-coded ids with their counts, all as unsigned LEB128 varints, deflated and base64-coded so the data can be
 * imported as plain JSON by webpack, esbuild, jest and tsx alike. Id 0 is the sentence edge.
 */
import { deflateSync, inflateSync } from 'fflate';

const MAGIC = 'VLX1';

export interface LexiconTables {
  /** Most frequent written form of each syllable (lower case); "" for the sentence edge at id 0. */
  forms: string[];
  /** Occurrences of each syllable (sentences for id 0). */
  counts: number[];
  /** Followers of each syllable: [second id, count] sorted by id. */
  followers: Array<Array<[number, number]>>;
}

class Writer {
  private bytes: number[] = [];
  uint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
  }
  raw(b: Uint8Array): void {
    for (const x of b) this.bytes.push(x);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class Reader {
  at = 0;
  constructor(private readonly b: Uint8Array) {}
  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const x = this.b[this.at++];
      n += (x & 0x7f) * scale;
      if (x < 0x80) return n;
      scale *= 128;
    }
  }
  bytes(length: number): Uint8Array {
    const out = this.b.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
}

export function encodeTables(t: LexiconTables): string {
  const w = new Writer();
  w.raw(new TextEncoder().encode(MAGIC));
  const forms = new TextEncoder().encode(t.forms.join('\n'));
  w.uint(t.forms.length);
  w.uint(forms.length);
  w.raw(forms);
  for (const c of t.counts) w.uint(c);
  for (const row of t.followers) {
    w.uint(row.length);
    let last = -1;
    for (const [id, count] of row) {
      w.uint(id - last - 1);
      w.uint(count);
      last = id;
    }
  }
  // mtime 0 and a fixed level keep the output byte-identical run to run.
  return toBase64(deflateSync(w.done(), { level: 9, mem: 12 }));
}

/** Unpacks the data into a reader positioned after the syllable forms. */
export function openTables(data: string): { forms: string[]; reader: Reader } {
  const bytes = inflateSync(fromBase64(data));
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new Error(`Not a lexicon (magic ${JSON.stringify(magic)})`);
  const reader = new Reader(bytes);
  reader.at = 4;
  const n = reader.uint();
  const forms = new TextDecoder().decode(reader.bytes(reader.uint())).split('\n');
  if (forms.length !== n) throw new Error('Lexicon syllable table is damaged');
  return { forms, reader };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Base64 without Buffer or atob: core runs in browsers and Node alike. */
export function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < b.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < b.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = INDEX[clean.charCodeAt(i)];
    if (v < 0) throw new Error('Bad base64 in lexicon data');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
