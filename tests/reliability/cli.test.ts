import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { hostile } from './hostile';

/**
 * The built CLI against hostile and broken files, each next to a good file: one clear line per bad file, exit 2,
 * the good file still reported, memory bounded. Files are generated into a temporary folder and removed after.
 */
const ROOT = path.join(__dirname, '..', '..');
const TIME = '/usr/bin/time';
let dir: string;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: path.join(ROOT, 'dist-cli/thethuc.js'),
    logLevel: 'warning',
  });
  dir = mkdtempSync(path.join(tmpdir(), 'thethuc-hostile-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** Runs the CLI; with GNU time at hand, also its peak memory in MB. */
function thethuc(...args: string[]) {
  const timed = existsSync(TIME);
  const bin = path.join(ROOT, 'bin/thethuc.js');
  const r = timed
    ? spawnSync(TIME, ['-f', '%M', process.execPath, bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      })
    : spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  let stderr = r.stderr;
  let peakMb: number | undefined;
  if (timed) {
    const lines = stderr
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('Command exited with non-zero status'));
    peakMb = Number(lines.pop()) / 1024;
    stderr = lines.length ? `${lines.join('\n')}\n` : '';
  }
  return { status: r.status, stdout: r.stdout, stderr, peakMb };
}

const cases: Array<[string, () => Uint8Array | string, RegExp]> = [
  ['không phải zip.docx', hostile.notZip, /không phải văn bản Word \.docx/],
  ['bị cắt.docx', hostile.truncated, /bị hỏng/],
  ['hỏng dữ liệu.docx', hostile.corruptData, /bị hỏng.*CRC/],
  ['văn bản cũ.doc', hostile.legacyDoc, /Word 97–2003.*\.docx/],
  ['có mật khẩu.docx', hostile.encrypted, /mật khẩu/],
  ['thiếu document.docx', hostile.noDocumentXml, /thiếu word\/document\.xml/],
  ['xml hỏng.docx', hostile.malformedXml, /bị hỏng/],
  ['thực thể ngoài.docx', hostile.dtdEntity, /DTD/],
  ['bom 2 GiB.docx', () => hostile.bombLyingSize(2048), /dài hơn khai báo/],
  ['bom khai thật.docx', hostile.bombHonestSize, /quá lớn.*bom nén/],
  ['quá nhiều mục.docx', () => hostile.tooManyEntries(20_000), /quá nhiều mục/],
  ['rỗng.docx', () => new Uint8Array(0), /tệp rỗng/],
];

describe('thethuc check with a hostile file next to a good one', () => {
  it.each(cases)('%s: one line, exit 2, the good file still checked', (name, make, reason) => {
    const good = file('báo cáo tốt.docx', hostile.good());
    const bad = file(name, make());
    const r = thethuc('check', '--quiet', good, bad);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(/\bat \w+ \(|Error:|EISDIR/);
    expect(r.stderr).not.toContain('\x1b');
    expect(r.stdout).toMatch(/báo cáo tốt\.docx +.*(Sẵn sàng trình ký|Cần xem lại|Chưa đạt)/);
    if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(400);
  });

  it('reads past 1,000 unused 10 MB parts without inflating them', () => {
    const r = thethuc('check', '--quiet', file('nhiều phần.docx', hostile.manyUnusedParts(1000, 10)));
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).toBe('');
    if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(400);
  });

  it('refuses /dev/zero at once instead of reading it without end', () => {
    if (!existsSync('/dev/zero')) return;
    const r = thethuc('check', '/dev/zero', file('tốt.txt', 'Nội dung.'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'thethuc: Không đọc được tệp /dev/zero: không phải tệp thông thường (thiết bị hoặc tệp đặc biệt)',
    );
    expect(r.stdout).toContain('tốt.txt');
  });

  it('names a directory with no documents and a missing path without a system message', () => {
    const empty = path.join(dir, 'thư mục rỗng');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty);
    const r = thethuc('check', empty, path.join(dir, 'không có.docx'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `thethuc: Không đọc được tệp ${empty}: thư mục không có tệp .docx hay .txt nào`,
      `thethuc: Không đọc được tệp ${path.join(dir, 'không có.docx')}: không tìm thấy tệp`,
    ]);
  });

  it('checks a folder in parallel and keeps the input order', () => {
    const folder = path.join(dir, 'nhiều tệp');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 6; i++)
      writeFileSync(path.join(folder, `tệp ${i}.txt`), i % 2 ? 'Nội dung của của tôi.' : 'Nội dung.');
    const r = thethuc('check', '--format', 'json', folder);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: unknown[] }> };
    expect(json.files.map((f) => path.basename(f.path))).toEqual([0, 1, 2, 3, 4, 5].map((i) => `tệp ${i}.txt`));
    expect(r.stderr).toContain('Đã kiểm tra 6/6 tệp');
  });
});
