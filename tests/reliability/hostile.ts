import { Deflate, strToU8, zipSync } from 'fflate';
import { buildDocx, p } from '../docx/buildDocx';
import { crc32 } from '../../src/docx/zip';

/**
 * Hostile and broken files, generated small on disk: tests and scripts/make-hostile.ts write them, nothing large is
 * ever committed.
 */

/** A raw deflate stream of `megabytes` MiB of zeros, about 1 KiB per MiB, built without holding the output. */
export function deflatedZeros(megabytes: number, byte = 0x20): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => void chunks.push(chunk));
  const mib = new Uint8Array(1024 * 1024).fill(byte);
  d.push(mib);
  d.flush(true);
  const head = concat(chunks.splice(0));
  d.push(mib);
  d.flush(true);
  // With a window full of the same byte, the second MiB compresses to a block that repeats as it is.
  const repeat = concat(chunks.splice(0));
  d.push(new Uint8Array(0), true);
  const tail = concat(chunks.splice(0));
  return concat([head, ...new Array<Uint8Array>(Math.max(0, megabytes - 1)).fill(repeat), tail]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

interface RawEntry {
  name: string;
  /** Deflated data. */
  data: Uint8Array;
  /** Uncompressed size written in the headers (may lie). */
  size: number;
  crc: number;
}

/** A zip from pre-deflated entries, so a test can declare any uncompressed size it likes. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    locals.push(local, e.data);
    centrals.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/** The parts of a minimal .docx, each deflated, with their true sizes. */
function docxEntries(body: string): RawEntry[] {
  const files = unzipParts(buildDocx({ body }));
  return Object.entries(files).map(([name, data]) => ({
    name,
    data: deflateRaw(data),
    size: data.length,
    crc: crc32(data),
  }));
}

function deflateRaw(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate((c) => void chunks.push(c));
  d.push(data, true);
  return concat(chunks);
}

function unzipParts(zip: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require('fflate') as typeof import('fflate');
  return unzipSync(zip);
}

export const GOOD_BODY = p('Báo cáo kết quả công tác năm 2026.');

export const hostile = {
  /** document.xml declares 1 KiB and inflates to `mib` MiB (2048 = 2 GiB): only the first step is ever inflated. */
  bombLyingSize(mib = 2048): Uint8Array {
    return rawZip(
      docxEntries(GOOD_BODY).map((e) =>
        e.name === 'word/document.xml' ? { ...e, data: deflatedZeros(mib), size: 1024 } : e,
      ),
    );
  },
  /** document.xml honestly declares 2 GiB - 1: refused before inflating. */
  bombHonestSize(): Uint8Array {
    return rawZip(
      docxEntries(GOOD_BODY).map((e) =>
        e.name === 'word/document.xml' ? { ...e, data: deflatedZeros(64), size: 0x7fffffff } : e,
      ),
    );
  },
  /** `count` unused parts of `mib` MiB each: never inflated, so memory stays small. */
  manyUnusedParts(count = 1000, mib = 10): Uint8Array {
    const zeros = deflatedZeros(mib);
    const extra = Array.from({ length: count }, (_, i) => ({
      name: `customXml/item${i}.xml`,
      data: zeros,
      size: mib * 1024 * 1024,
      crc: 0,
    }));
    return rawZip([...docxEntries(GOOD_BODY), ...extra]);
  },
  tooManyEntries(count = 20_000): Uint8Array {
    const empty = deflateRaw(new Uint8Array(0));
    const extra = Array.from({ length: count }, (_, i) => ({ name: `x/${i}.bin`, data: empty, size: 0, crc: 0 }));
    return rawZip([...docxEntries(GOOD_BODY), ...extra]);
  },
  notZip: (): Uint8Array => strToU8('Đây không phải tệp Word, chỉ là chữ.'),
  truncated: (): Uint8Array => buildDocx({ body: GOOD_BODY }).slice(0, 300),
  /** Central directory intact, one part's data flipped: the CRC check catches it. */
  corruptData(): Uint8Array {
    const entries = docxEntries(GOOD_BODY).map((e) =>
      e.name === 'word/document.xml' ? { ...e, crc: (e.crc ^ 0xffff) >>> 0 } : e,
    );
    return rawZip(entries);
  },
  legacyDoc: (): Uint8Array =>
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
  encrypted(): Uint8Array {
    const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(120).fill(0), ...name, 0, 0]);
  },
  noDocumentXml: (): Uint8Array => zipSync({ 'word/other.xml': strToU8('<a/>') }),
  malformedXml(): Uint8Array {
    return zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      // A crafted tag name carrying ESC and BEL, as the terminal-injection report used.
      'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p\u001b[31m\u0007></w:body>'),
    });
  },
  dtdEntity(): Uint8Array {
    return zipSync({
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
  },
  good: (text = 'Báo cáo kết quả công tác năm 2026.'): Uint8Array => buildDocx({ body: p(text) }),
};
