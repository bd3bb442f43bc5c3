import { deflateSync, Inflate } from 'fflate';
import { DocxReadError } from './errors';

/** Bounds on what reading one package may cost; a hostile file is refused past them, never inflated whole. */
export interface ZipLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Uncompressed size of any one part that is read. */
  maxPartBytes: number;
  /** Uncompressed size of all the parts read from one package together. */
  maxTotalBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
};

/** One entry of the central directory; its data is inflated only when read. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
  /** Last-modified time and date in DOS form, kept when the entry is copied. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes pushed per step: one step can expand to at most ~1 KiB per byte (deflate's limit). */
const STEP = 16 * 1024;
const MB = 1024 * 1024;

const corrupt = (detail: string) => new DocxReadError('corrupt', detail);

/**
 * A zip archive read from its central directory. Nothing is inflated up front; `read` inflates one part in
 * steps, stopping as soon as it passes the part's declared size or a limit, and checks its CRC.
 */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    if (bytes.length > limits.maxFileBytes) throw new DocxReadError('too-large', mb(limits.maxFileBytes));
    this.entries = readCentralDirectory(bytes, limits);
    // Part names are case-insensitive in Open Packaging Conventions.
    for (const e of this.entries) this.byName.set(normalizeName(e.name), e);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalizeName(name));
  }

  has(name: string): boolean {
    return this.byName.has(normalizeName(name));
  }

  /** The part's bytes, or undefined when the archive has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const { limits } = this;
    if (entry.flags & 1) throw new DocxReadError('encrypted');
    if (entry.size > limits.maxPartBytes)
      throw new DocxReadError('too-large-part', `${entry.name} (${mb(entry.size)})`);
    if (this.inflated + entry.size > limits.maxTotalBytes)
      throw new DocxReadError('too-large-total', mb(limits.maxTotalBytes));
    const data = compressedData(this.bytes, entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length !== entry.size) throw corrupt(`${entry.name}: độ dài không khớp / length mismatch`);
      out = data;
    } else if (entry.method === 8) out = inflateBounded(data, entry);
    else throw corrupt(`${entry.name}: phương thức nén ${entry.method} / compression method ${entry.method}`);
    if (crc32(out) !== entry.crc) throw corrupt(`${entry.name}: sai CRC / CRC mismatch`);
    this.inflated += out.length;
    return out;
  }
}

function mb(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

function normalizeName(name: string): string {
  return name.replace(/^\//, '').toLowerCase();
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('không thấy mục lục của tệp nén (tệp bị cắt?) / no central directory (truncated?)');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new DocxReadError('too-large-entries', String(limits.maxEntries));
  if (count > limits.maxEntries) throw new DocxReadError('too-large-entries', String(limits.maxEntries));
  if (cdOffset + cdSize > eocd) throw corrupt('mục lục nằm ngoài tệp (tệp bị cắt?) / central directory out of range');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw corrupt('mục lục hỏng / bad central directory');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new DocxReadError('too-large-part', entry.name);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.offset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL)
    throw corrupt(`${entry.name}: tệp bị cắt hoặc hỏng / truncated or damaged`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name}: tệp bị cắt / truncated`);
  return bytes.subarray(start, end);
}

/** Inflates step by step into a buffer of the declared size; more output than declared is refused at once. */
function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > out.length)
      throw corrupt(`${entry.name}: dữ liệu dài hơn khai báo / more data than declared`);
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw corrupt(`${entry.name}: ${(e as Error).message}`);
  }
  if (length !== out.length) throw corrupt(`${entry.name}: dữ liệu ngắn hơn khai báo / less data than declared`);
  return out;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A copy of the archive with some parts replaced or added: every other entry is copied byte for byte (still
 * compressed, same name, date and order), so nothing the writer did not mean to change changes.
 */
export function rewriteZip(archive: ZipArchive, replace: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  const pending = new Map([...replace].map(([k, v]) => [normalizeName(k), { name: k, data: v }]));
  const write = (name: string, e: Omit<ZipEntry, 'name' | 'offset'>, data: Uint8Array) => {
    const nameBytes = encoder.encode(name);
    const flags = (e.flags & ~0x0008) | 0x0800; // sizes in the header, UTF-8 name
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, e.method, true);
    lv.setUint16(10, e.time, true);
    lv.setUint16(12, e.date, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.compressedSize, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const cd = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, e.method, true);
    cv.setUint16(12, e.time, true);
    cv.setUint16(14, e.date, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.compressedSize, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    chunks.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  };
  const fresh = (name: string, data: Uint8Array, time = 0, date = 0x21) => {
    const compressed = deflateSync(data, { level: 6 });
    write(
      name,
      { method: 8, flags: 0, crc: crc32(data), compressedSize: compressed.length, size: data.length, time, date },
      compressed,
    );
  };
  for (const entry of archive.entries) {
    const replacement = pending.get(normalizeName(entry.name));
    if (replacement) {
      pending.delete(normalizeName(entry.name));
      fresh(entry.name, replacement.data, entry.time, entry.date);
    } else write(entry.name, entry, compressedData(archive.bytes, entry));
  }
  for (const { name, data } of pending.values()) fresh(name, data);
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
