import type { CliIO, DirEntry, PathKind } from '../../src/cli/main';

export interface MemoryIO extends CliIO {
  out(): string;
  err(): string;
  /** Files written by the run (annotated copies, --out reports). */
  written: Map<string, Uint8Array | string>;
}

/**
 * In-memory files and streams for running main() in-process; a missing file fails like fs does (ENOENT).
 * Folders exist implicitly: "dir/a.txt" makes "dir" a folder.
 */
export function memoryIO(
  files: Record<string, Uint8Array | string>,
  options: { tty?: boolean; env?: Record<string, string> } = {},
): MemoryIO {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array | string>();
  const isDir = (path: string) => Object.keys(files).some((k) => k.startsWith(`${path.replace(/\/$/, '')}/`));
  return {
    stdout: { write: (t) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t) => void (stderr += t), isTTY: options.tty ?? false },
    env: options.env ?? {},
    now: () => new Date('2026-11-22T08:00:00Z'),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    pathKind: async (path): Promise<PathKind> => (files[path] !== undefined ? 'file' : isDir(path) ? 'dir' : 'missing'),
    listDir: async (path): Promise<DirEntry[]> => {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = new Map<string, DirEntry['kind']>();
      for (const key of Object.keys(files)) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'dir');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    writeFile: async (path, data) => void written.set(path, data),
    written,
    out: () => stdout,
    err: () => stderr,
  };
}
