import { join } from 'node:path';
import type { CliIO } from './main';

/** What a path on the command line turned into: files to check, or a reason it gives none. */
export type Input = { path: string } | { path: string; problem: 'missing' | 'emptyFolder' | 'notRegular' };

const DOCUMENT = /\.(docx|txt)$/i;
const MAX_DEPTH = 32;

/**
 * Files and folders as given, folders searched recursively for .docx and .txt (skipping Word's ~$ lock files,
 * hidden files and folders, and symbolic links to folders, which could loop). Folder contents are sorted by name.
 */
export async function expandInputs(paths: readonly string[], io: CliIO): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of paths) {
    const kind = io.pathKind ? await io.pathKind(path) : 'file';
    if (kind === 'file') out.push({ path });
    else if (kind === 'missing') out.push({ path, problem: 'missing' });
    else if (kind === 'other') out.push({ path, problem: 'notRegular' });
    else {
      const found: string[] = [];
      await walk(path, io, found, 0);
      if (found.length) out.push(...found.map((p) => ({ path: p })));
      else out.push({ path, problem: 'emptyFolder' });
    }
  }
  return out;
}

async function walk(dir: string, io: CliIO, found: string[], depth: number): Promise<void> {
  if (depth > MAX_DEPTH || !io.listDir) return;
  let entries;
  try {
    entries = await io.listDir(dir);
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.kind === 'dir') await walk(path, io, found, depth + 1);
    else if (e.kind === 'file' && DOCUMENT.test(e.name) && !e.name.startsWith('~$')) found.push(path);
  }
}
