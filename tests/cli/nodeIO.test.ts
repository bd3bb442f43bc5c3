import { appendFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { listDir, pathKind, readFileBounded } from '../../src/cli/nodeIO';
import { memoryIO } from './memoryIO';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'thethuc-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: NodeJS.ErrnoException) => e.code,
  );

describe('readFileBounded', () => {
  it('reads a file whole, with Vietnamese names and spaces', async () => {
    const file = path.join(dir, 'báo cáo quý 3.txt');
    writeFileSync(file, 'Nội dung.');
    expect(new TextDecoder().decode(await readFileBounded(file))).toBe('Nội dung.');
  });

  it('refuses a file past the limit without reading it, and a device', async () => {
    const file = path.join(dir, 'lớn.txt');
    writeFileSync(file, 'x'.repeat(1000));
    expect(await codeOf(readFileBounded(file, 999))).toBe('ETOOBIG');
    expect(await codeOf(readFileBounded('/dev/zero'))).toBe('ENOTREG');
    expect(await codeOf(readFileBounded(dir))).toBe('EISDIR');
  });

  it('notices a file that grows while it is being read', async () => {
    const file = path.join(dir, 'đang ghi.txt');
    writeFileSync(file, 'x'.repeat(8 * 1024 * 1024));
    let reading = true;
    const writer = async () => {
      // Appends between the reader's chunks, as a program still saving the file would.
      while (reading) {
        appendFileSync(file, 'y');
        await new Promise((r) => setImmediate(r));
      }
    };
    const result = codeOf(readFileBounded(file)).finally(() => (reading = false));
    await Promise.all([writer(), result]);
    expect(await result).toBe('ECHANGED');
  });

  it('reports a file that disappears between listing the folder and reading it', async () => {
    const file = path.join(dir, 'sắp xoá.txt');
    writeFileSync(file, 'Nội dung.');
    const io = memoryIO({});
    io.pathKind = pathKind;
    io.listDir = async (p) => {
      const entries = await listDir(p);
      unlinkSync(file);
      return entries;
    };
    io.readFile = (p) => readFileBounded(p);
    const code = await main(['check', dir], io);
    expect(code).toBe(2);
    expect(io.err().trim()).toBe(`thethuc: Không đọc được tệp ${file}: không tìm thấy tệp`);
  });
});
