import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { allRules } from '../../src/core/rules';
import { readDocx } from '../../src/docx';
import { buildDocx, p } from '../docx/buildDocx';
import { hostile } from '../reliability/hostile';
import { memoryIO } from './memoryIO';

const ALL_OFF = JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'off'])) });
const ONLY_DUPLICATES = JSON.stringify({
  rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === 'duplicated-word' ? 'error' : 'off'])),
});

/** A Party report header as units write it: issuer, number, place and date, type title. */
const REPORT = [
  'ĐẢNG BỘ KHỐI CÁC CƠ QUAN',
  'ĐẢNG ỦY BỘ TƯ PHÁP',
  'Số 10-BC/ĐU',
  'Hà Nội, ngày 15 tháng 11 năm 2026',
  'BÁO CÁO',
  'kết quả công tác năm 2026',
  'Trong năm, Đảng ủy đã lãnh đạo của của các chi bộ hoàn thành nhiệm vụ.',
].join('\n\n');

async function run(argv: string[], files: Record<string, Uint8Array | string>, tty = false) {
  const io = memoryIO(files, { tty });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), written: io.written };
}

describe('thethuc check on folders', () => {
  const files = {
    'off.json': ALL_OFF,
    'nop/a.txt': 'Nội dung.',
    'nop/sub/b.docx': buildDocx({ body: p('Nội dung.') }),
    'nop/~$b.docx': 'lock file',
    'nop/.git/c.txt': 'hidden',
    'nop/notes.md': 'not a document',
    'rong/readme.md': 'nothing to check',
  };

  it('searches folders recursively for .docx and .txt, skipping lock files and hidden folders', async () => {
    const r = await run(['check', '--config', 'off.json', '--format', 'json', 'nop'], files);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { files: Array<{ path: string }> };
    expect(json.files.map((f) => f.path)).toEqual(['nop/a.txt', 'nop/sub/b.docx']);
  });

  it('names a folder with no documents and a missing path, one line each, and still checks the rest', async () => {
    const r = await run(['check', '--config', 'off.json', 'rong', 'không có.txt', 'nop/a.txt'], files);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      'thethuc: Không đọc được tệp rong: thư mục không có tệp .docx hay .txt nào',
      'thethuc: Không đọc được tệp không có.txt: không tìm thấy tệp',
    ]);
    expect(r.out).toContain('── nop/a.txt');
    expect(r.out).not.toContain('EISDIR');
  });
});

describe('thethuc check: summary, --quiet, --out, --profile', () => {
  const files = {
    'cfg.json': ONLY_DUPLICATES,
    'don vi 1/bao cao.txt': REPORT,
    'don vi 2/sach.txt': 'Nội dung sạch.',
  };

  it('reads type and number, unit and date from the header into the summary table, worst first', async () => {
    const r = await run(
      ['check', '--config', 'cfg.json', '--quiet', 'don vi 2/sach.txt', 'don vi 1/bao cao.txt'],
      files,
    );
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('──');
    const rows = r.out.split('\n');
    expect(rows[1]).toMatch(
      /^don vi 1\/bao cao\.txt +Báo cáo số 10-BC\/ĐU +ĐẢNG ỦY BỘ TƯ PHÁP +15\/11\/2026 +Chưa đạt +1 +0 +0$/,
    );
    expect(rows[2]).toMatch(/^don vi 2\/sach\.txt +Sẵn sàng trình ký +0 +0 +0$/);
  });

  it('gives the header facts in JSON as an added field, version 1 unchanged', async () => {
    const r = await run(['check', '--config', 'cfg.json', '--format', 'json', 'don vi 1/bao cao.txt'], files);
    const json = JSON.parse(r.out) as { version: number; files: Array<Record<string, unknown>> };
    expect(json.version).toBe(1);
    expect(json.files[0].document).toEqual({
      type: 'Báo cáo',
      number: '10-BC/ĐU',
      unit: 'ĐẢNG ỦY BỘ TƯ PHÁP',
      date: '15/11/2026',
      missingSections: 0,
    });
  });

  it('writes the report to --out instead of stdout, without colour', async () => {
    const io = memoryIO(files, { tty: true });
    const code = await main(['check', '--config', 'cfg.json', '--out', 'ket-qua.txt', 'don vi 1/bao cao.txt'], io);
    expect(code).toBe(1);
    expect(io.out()).toBe('');
    const report = io.written.get('ket-qua.txt') as string;
    expect(report).toContain('Từ “của” bị lặp lại');
    expect(report).not.toContain('\x1b[');
  });

  it('passes --profile to the check and refuses an unknown one', async () => {
    const r = await run(['check', '--profile', 'state', '--format', 'json', 'don vi 1/bao cao.txt'], files);
    expect([0, 1]).toContain(r.code);
    const bad = await run(['check', '--profile', 'army', 'don vi 1/bao cao.txt'], files);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('party, state, auto');
  });

  it('puts the summary at the top of the HTML page, each file linking to its section', async () => {
    const r = await run(
      ['check', '--config', 'cfg.json', '--format', 'html', 'don vi 2/sach.txt', 'don vi 1/bao cao.txt'],
      files,
    );
    const top = r.out.indexOf('<table class="files summary">');
    expect(top).toBeGreaterThan(r.out.indexOf('</header>'));
    expect(top).toBeLessThan(r.out.indexOf('<section class="file"'));
    // Worst first in the table; the sections keep the input order and carry the anchors.
    expect(r.out.indexOf('href="#file-2"')).toBeLessThan(r.out.indexOf('href="#file-1"'));
    expect(r.out).toMatch(/<section class="file" id="file-1"><h2>don vi 2\/sach\.txt<\/h2>/);
    expect(r.out).toContain('Báo cáo số 10-BC/ĐU');
  });

  it('shows progress on stderr for more than a few files: a bar on a terminal, plain lines otherwise', async () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`d/${i}.txt`, 'Nội dung.']));
    const plain = await run(['check', '--quiet', 'd'], many);
    expect(plain.err).toContain('thethuc: Đã kiểm tra 8/8 tệp');
    expect(plain.err).not.toContain('\r');
    const tty = await run(['check', '--quiet', 'd'], many, true);
    expect(tty.err).toContain('\r[####################] Đã kiểm tra 8/8 tệp');
    const few = await run(['check', '--quiet', 'd/1.txt', 'd/2.txt'], many);
    expect(few.err).toBe('');
  });

  it('escapes control characters in file names and reasons written to stderr', async () => {
    const r = await run(['check', 'evil\x1b]0;owned\x07.docx'], {});
    expect(r.err).not.toContain('\x07');
    expect(r.err).not.toContain('\x1b');
    expect(r.err).toContain('evil�]0;owned�.docx');
    const config = await run(['check', '--config', 'c.json', 'a.txt'], { 'c.json': '{"\\u001b[2J": 1}', 'a.txt': 'x' });
    expect(config.code).toBe(2);
    expect(config.err).toContain('Khoá không hợp lệ: "�[2J"');
    expect(config.err).not.toContain('\x1b');
  });
});

describe('thethuc check --annotate', () => {
  const docx = buildDocx({ body: p('Báo cáo của của Đảng ủy.') });
  const files = { 'cfg.json': ONLY_DUPLICATES, 'in/bao cao.docx': docx, 'in/ghi chu.txt': 'Nội dung của của tôi.' };

  it('writes a commented copy of each .docx and a .checked.txt of each text file; originals untouched', async () => {
    const r = await run(['check', '--config', 'cfg.json', '--quiet', '--annotate', 'ra', 'in'], files);
    expect(r.code).toBe(1);
    expect([...r.written.keys()].sort()).toEqual(['ra/bao cao.docx', 'ra/ghi chu.checked.txt']);
    const copy = r.written.get('ra/bao cao.docx') as Uint8Array;
    const comments = strFromU8(unzipSync(copy)['word/comments.xml']);
    expect(comments).toContain('w:author="Thể thức"');
    expect(comments).toContain('Từ “của” bị lặp lại');
    expect(comments).toContain('Đề xuất: «của»');
    expect(readDocx(copy).paragraphs[0].text).toBe('Báo cáo của của Đảng ủy.');
    expect(files['in/bao cao.docx']).toBe(docx);
    const text = r.written.get('ra/ghi chu.checked.txt') as string;
    expect(text.startsWith('Nội dung của của tôi.\n\n--- Thể thức: 1 phát hiện ---\n')).toBe(true);
    expect(text).toContain('Đoạn 1, cột 10: Lỗi: Từ “của” bị lặp lại.');
  });

  it('never writes over the original when the annotate folder is the input folder', async () => {
    const r = await run(['check', '--config', 'cfg.json', '--quiet', '--annotate', 'in', 'in/bao cao.docx'], files);
    expect([...r.written.keys()]).toEqual(['in/bao cao (2).docx']);
  });
});

describe('thethuc fix --safe', () => {
  const bytes = buildDocx({ body: p(['Báo cáo  kết quả', ' công tác .']) });

  it('applies the bulk-safe fixes to a copy and reports how many', async () => {
    const r = await run(['fix', '--safe', 'a.docx', '--out', 'b.docx'], { 'a.docx': bytes });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã sửa [1-9]\d* lỗi, bỏ qua \d+; đã ghi b\.docx\n$/);
    const fixed = readDocx(r.written.get('b.docx') as Uint8Array).paragraphs[0].text;
    expect(fixed).not.toContain('  ');
    expect(fixed.length).toBeLessThan('Báo cáo  kết quả công tác .'.length);
  });

  it('needs --safe and --out, a .docx, and never the original as the output', async () => {
    expect((await run(['fix', 'a.docx', '--out', 'b.docx'], { 'a.docx': bytes })).err).toContain('--safe');
    expect((await run(['fix', '--safe', 'a.docx'], { 'a.docx': bytes })).err).toContain('--out');
    const same = await run(['fix', '--safe', 'a.docx', '--out', './a.docx'], { 'a.docx': bytes });
    expect(same.code).toBe(2);
    expect(same.written.size).toBe(0);
    const txt = await run(['fix', '--safe', 'a.txt', '--out', 'b.docx'], { 'a.txt': 'x' });
    expect(txt.code).toBe(2);
    expect(txt.err).toContain('.docx');
  });

  it('gives a one-line reason for an unreadable .docx', async () => {
    const r = await run(['fix', '--safe', 'a.docx', '--out', 'b.docx'], { 'a.docx': hostile.truncated() });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('bị hỏng');
  });
});
