import type { CliIO } from '../../src/cli/main';

export interface MemoryIO extends CliIO {
  out(): string;
  err(): string;
}

/** In-memory files and streams for running main() in-process; a missing file fails like fs does (ENOENT). */
export function memoryIO(
  files: Record<string, Uint8Array | string>,
  options: { tty?: boolean; env?: Record<string, string> } = {},
): MemoryIO {
  let stdout = '';
  let stderr = '';
  return {
    stdout: { write: (t) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t) => void (stderr += t) },
    env: options.env ?? {},
    now: () => new Date('2026-11-22T08:00:00Z'),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    out: () => stdout,
    err: () => stderr,
  };
}
