import { constants } from 'node:fs';
import { mkdir, open, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DirEntry, PathKind } from './main';

/** The input file limit (the .docx reader's maxFileBytes), so a device or a huge file is never read whole. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** An I/O failure with a code the CLI turns into a one-line Vietnamese reason (never the raw message). */
export function ioError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/**
 * Reads a regular file without trusting its size: at most MAX_INPUT_BYTES + 1 bytes are read, and a file whose
 * size or time changed, or that disappeared, while it was read is reported rather than checked half-written.
 */
export async function readFileBounded(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const before = await handle.stat();
    if (before.isDirectory()) throw ioError('EISDIR');
    if (!before.isFile()) throw ioError('ENOTREG');
    if (before.size > limit) throw ioError('ETOOBIG');
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw ioError('ETOOBIG');
    }
    const after = await handle.stat();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || total !== after.size)
      throw ioError('ECHANGED');
    try {
      const now = await stat(path);
      if (now.ino !== after.ino || now.mtimeMs !== after.mtimeMs) throw ioError('ECHANGED');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw ioError('EVANISHED');
      throw e;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } finally {
    await handle.close();
  }
}

export async function pathKind(path: string): Promise<PathKind> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'other';
  }
}

export async function listDir(path: string): Promise<DirEntry[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.map((e) => ({
    name: e.name,
    kind: e.isDirectory() ? 'dir' : e.isFile() || e.isSymbolicLink() ? 'file' : 'other',
  }));
}

export async function writeFileMakingDir(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}
