import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { version } from '../../package.json';
import { main } from '../../src/cli/main';
import { checkDocument } from '../../src/core/check';
import { readPlainText } from '../../src/core/plainText';
import { allRules, findRule } from '../../src/core/rules';
import { typoRules } from '../../src/core/rules/typo';
import { builtInTemplates } from '../../src/core/templates';
import { buildDocx, p } from '../docx/buildDocx';
import { memoryIO } from './memoryIO';

const SEED = path.join(__dirname, '..', '..', '..', 'shared', 'seeds', '000_e4afd91083a3c978.txt');
const itIfSeed = existsSync(SEED) ? it : it.skip;

/** Every rule off: a document checked with this has no findings at all. */
const ALL_OFF = JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'off'])) });
/** Every rule reporting errors: any finding makes the check fail. */
const ALL_ERRORS = JSON.stringify({ rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'error'])) });

const MESSY = 'Báo cáo của của Đảng uỷ  cơ quan về việc thực hiện .\n\nCăn cứ Nghị quyết số 23-NQ/TW.';
const OLE_DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

interface JsonOutput {
  version: number;
  files: Array<{ path: string; error: string | null; findings: Array<Record<string, unknown>> }>;
}

async function run(
  argv: string[],
  files: Record<string, Uint8Array | string> = {},
  options?: Parameters<typeof memoryIO>[1],
) {
  const io = memoryIO(files, options);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('thethuc usage', () => {
  it('prints help in Vietnamese by default and in English with --lang en', async () => {
    const vi = await run(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Cách dùng');
    expect(vi.out).toContain('thethuc check');
    const en = await run(['--help', '--lang', 'en']);
    expect(en.out).toContain('Usage');
    expect((await run([])).out).toContain('Cách dùng');
  });

  it('prints the package version', async () => {
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, out: `${version}\n` });
  });

  it.each([
    [['check', '--frobnicate', 'a.txt'], '--frobnicate'],
    [['check', '-x', 'a.txt'], '-x'],
    [['lint', 'a.txt'], 'lint'],
    [['check'], 'tệp'],
    [['check', '--format', 'pdf', 'a.txt'], 'pdf'],
    [['check', '--today', '2022-02-30', 'a.txt'], '2022-02-30'],
    [['check', 'a.txt', '--format'], '--format'],
    [['templates', 'extra'], 'extra'],
  ])('rejects %j with the usage on stderr and exit 2', async (argv, named) => {
    const r = await run(argv, { 'a.txt': 'x' });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(named);
    expect(r.err).toContain('Cách dùng');
  });

  it('explains usage errors in English with --lang en', async () => {
    const r = await run(['check', '--bogus', '--lang', 'en', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown option: "--bogus"');
    expect(r.err).toContain('Usage');
  });
});

describe('thethuc templates', () => {
  it('lists every built-in template with id, type and name', async () => {
    const r = await run(['templates']);
    expect(r.code).toBe(0);
    for (const t of builtInTemplates) {
      const line = r.out.split('\n').find((l) => l.startsWith(`${t.id} `));
      expect(line).toBeDefined();
      expect(line).toContain(t.name.vi);
      expect(line).toContain(t.documentType);
    }
  });

  it('lists them as JSON, in English names with --lang en', async () => {
    const r = await run(['templates', '--format', 'json', '--lang', 'en']);
    expect(JSON.parse(r.out)).toEqual(
      builtInTemplates.map((t) => ({ id: t.id, name: t.name.en, documentType: t.documentType, profile: t.profile })),
    );
  });
});

describe('thethuc check: formats and exit codes', () => {
  it('exits 0 with the ready verdict when nothing is found', async () => {
    const r = await run(['check', '--config', 'off.json', 'a.txt'], { 'off.json': ALL_OFF, 'a.txt': MESSY });
    expect(r.code).toBe(0);
    expect(r.out).toContain('── a.txt (2 đoạn)');
    expect(r.out).toContain('Sẵn sàng trình ký');
    expect(r.err).toBe('');
  });

  it('exits 1 when an error-severity finding is there, and prints one line per finding', async () => {
    const expected = checkDocument(readPlainText(MESSY, 'a.txt'), JSON.parse(ALL_ERRORS)).findings;
    const r = await run(['check', '--config', 'err.json', 'a.txt'], { 'err.json': ALL_ERRORS, 'a.txt': MESSY });
    expect(r.code).toBe(expected.length > 0 ? 1 : 0);
    if (findRule('duplicated-word')) expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.startsWith('a.txt:'));
    expect(lines).toHaveLength(expected.length);
    expected.forEach((f, i) => {
      expect(lines[i]).toMatch(new RegExp(`^a\\.txt:${f.paragraph + 1}:${f.start + 1}  Lỗi +`));
      expect(lines[i]).toContain(f.message.vi);
      expect(lines[i]).toContain(`[${f.ruleId}]`);
      if (f.text) expect(lines[i]).toContain(`«${f.text}»`);
    });
    expect(r.out).toContain(`Chưa đạt: ${expected.length} lỗi, 0 cảnh báo`);
  });

  it('gives JSON with the stable shape, exact flagged slices and messages in the chosen language', async () => {
    const r = await run(['check', '--format', 'json', '--lang', 'en', 'a.txt'], { 'a.txt': MESSY });
    const json = JSON.parse(r.out) as JsonOutput;
    expect(json.version).toBe(1);
    expect(json.files).toHaveLength(1);
    expect(json.files[0]).toMatchObject({ path: 'a.txt', error: null });
    const doc = readPlainText(MESSY, 'a.txt');
    const expected = checkDocument(doc, { lang: 'en' }).findings;
    expect(json.files[0].findings).toHaveLength(expected.length);
    json.files[0].findings.forEach((f, i) => {
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'category',
        'message',
        'paragraph',
        'start',
        'length',
        'text',
        'suggestions',
        'source',
      ]);
      const text = doc.paragraphs[f.paragraph as number].text;
      expect(f.text).toBe(text.slice(f.start as number, (f.start as number) + (f.length as number)));
      expect(f.message).toBe(expected[i].message.en);
    });
    expect(r.code).toBe(expected.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('checks the readable files and exits 2 when one cannot be read', async () => {
    const r = await run(['check', '--format', 'json', 'missing.txt', 'old.doc', 'a.txt'], {
      'old.doc': OLE_DOC,
      'a.txt': MESSY,
    });
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as JsonOutput;
    expect(json.files.map((f) => f.path)).toEqual(['missing.txt', 'old.doc', 'a.txt']);
    expect(json.files[0].error).toContain('không tìm thấy tệp');
    expect(json.files[1].error).toBe('Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu thành .docx.');
    expect(json.files[2].error).toBeNull();
    expect(json.files[0].findings).toEqual([]);
    expect(json.files[2].findings.length).toBe(checkDocument(readPlainText(MESSY)).findings.length);
    expect(r.err).toContain('missing.txt');
    expect(r.err).toContain('old.doc');
  });

  it('refuses text that is not UTF-8 with a clear message', async () => {
    const r = await run(['check', 'latin1.txt'], { 'latin1.txt': new Uint8Array([0x42, 0xe1, 0x6f, 0x20, 0xff]) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('UTF-8');
  });

  it('reads .docx files', async () => {
    const docx = buildDocx({ body: p('BÁO CÁO') + p(['Căn cứ của', ' của Đảng uỷ.']) });
    const r = await run(['check', '--format', 'json', 'bc.docx'], { 'bc.docx': docx });
    const json = JSON.parse(r.out) as JsonOutput;
    expect(json.files[0].error).toBeNull();
    if (findRule('duplicated-word'))
      expect(json.files[0].findings).toContainEqual(
        expect.objectContaining({ rule: 'duplicated-word', paragraph: 1, text: 'của của' }),
      );
  });

  it('colours text output only on a terminal without NO_COLOR', async () => {
    const files = { 'err.json': ALL_ERRORS, 'a.txt': MESSY };
    const argv = ['check', '--config', 'err.json', 'a.txt'];
    expect((await run(argv, files)).out).not.toContain('\x1b[');
    expect((await run(argv, files, { tty: true })).out).toContain('\x1b[');
    expect((await run(argv, files, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b[');
  });

  it('ends with a summary table when several files are checked, unreadable first', async () => {
    const r = await run(['check', '--config', 'off.json', 'a.txt', 'b.txt', 'gone.txt'], {
      'off.json': ALL_OFF,
      'a.txt': MESSY,
      'b.txt': 'Nội dung.',
    });
    expect(r.code).toBe(2);
    const tail = r.out.slice(r.out.lastIndexOf('Tệp '));
    const rows = tail.split('\n');
    expect(rows[0]).toMatch(/^Tệp +Văn bản +Đơn vị +Ngày +Kết luận +Lỗi +Cảnh báo +Thiếu mục$/);
    expect(rows[1]).toMatch(/^gone\.txt +Không đọc được +- +- +-$/);
    expect(rows[2]).toMatch(/^a\.txt +Sẵn sàng trình ký +0 +0 +0$/);
    expect(rows[3]).toMatch(/^b\.txt +Sẵn sàng trình ký +0 +0 +0$/);
    expect(tail).toContain('Tổng: 3 tệp — 2 sẵn sàng trình ký, 0 cần xem lại, 0 chưa đạt, 1 không đọc được');
  });

  it('makes control characters in document text visible instead of sending them to the terminal', async () => {
    const r = await run(['check', '--config', 'err.json', 'a.txt'], {
      'err.json': ALL_ERRORS,
      'a.txt': 'Của của \x1b[31m đỏ.',
    });
    expect(r.out).not.toContain('\x1b');
  });

  it('writes one printable HTML page for all files', async () => {
    const r = await run(['check', '--format', 'html', 'a.txt', 'b.txt', 'old.doc'], {
      'a.txt': MESSY,
      'b.txt': '<script>alert(1)</script>',
      'old.doc': OLE_DOC,
    });
    expect(r.code).toBe(2);
    expect(r.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.out).toContain('a.txt');
    expect(r.out).toContain('old.doc');
    expect(r.out).toContain('2026-11-22T08:00:00.000Z');
    expect(r.out).not.toContain('<script>');
  });
});

describe('thethuc check: settings', () => {
  const template = { ...builtInTemplates[0], id: 'mau-rieng', name: { vi: 'Mẫu riêng', en: 'Own template' } };

  it('takes --today, --template <id> and a template file', async () => {
    const files = { 'a.txt': MESSY, 'mau.json': JSON.stringify(template) };
    expect(
      (await run(['check', '--today', '2022-10-20', '--template', builtInTemplates[0].id, 'a.txt'], files)).code,
    ).not.toBe(2);
    const r = await run(['check', '--template', 'mau.json', 'a.txt'], files);
    expect(r.code).not.toBe(2);
    expect(r.err).toBe('');
  });

  it('rejects an unknown template id, naming the available ones', async () => {
    const r = await run(['check', '--template', 'khong-co', 'a.txt'], { 'a.txt': MESSY });
    expect(r.code).toBe(2);
    expect(r.err).toContain('khong-co');
    expect(r.err).toContain(builtInTemplates[0].id);
  });

  it('rejects an invalid template file with the reasons', async () => {
    const r = await run(['check', '--template', 'bad.json', 'a.txt'], {
      'a.txt': MESSY,
      'bad.json': JSON.stringify({ ...template, sections: 'none' }),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json');
    expect(r.err).toContain('/sections');
  });

  it('rejects an invalid configuration, naming each problem', async () => {
    const config = JSON.stringify({
      rulez: {},
      rules: { 'no-such-rule': 'error' },
      profile: 'church',
      today: 'hôm nay',
    });
    const r = await run(['check', '--config', 'c.json', 'a.txt'], { 'a.txt': MESSY, 'c.json': config });
    expect(r.code).toBe(2);
    for (const part of ['c.json', '"rulez"', 'no-such-rule', '"profile"', '"today"']) expect(r.err).toContain(part);
    expect((await run(['check', '--config', 'c.json', 'a.txt'], { 'a.txt': MESSY, 'c.json': '{ nope' })).code).toBe(2);
    expect((await run(['check', '--config', 'none.json', 'a.txt'], { 'a.txt': MESSY })).err).toContain('none.json');
  });

  it('uses the language of the configuration when --lang is not given', async () => {
    const r = await run(['check', '--config', 'c.json', 'a.txt'], {
      'a.txt': 'Nội dung.',
      'c.json': JSON.stringify({ lang: 'en', rules: JSON.parse(ALL_OFF).rules }),
    });
    expect(r.out).toContain('Ready for signature');
  });
});

describe('thethuc check on seed 000 (a unit’s real report)', () => {
  itIfSeed('lists findings whose text is the exact flagged slice, including the known slips', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const r = await run(['check', '--format', 'json', 'seed.txt'], { 'seed.txt': bytes });
    const json = JSON.parse(r.out) as JsonOutput;
    const doc = readPlainText(new TextDecoder().decode(bytes), 'seed.txt');
    const findings = json.files[0].findings as Array<{
      rule: string;
      paragraph: number;
      start: number;
      length: number;
      text: string;
    }>;
    for (const f of findings) expect(f.text).toBe(doc.paragraphs[f.paragraph].text.slice(f.start, f.start + f.length));

    /** A finding covering `[start, start+length)` of the first paragraph containing `phrase`, offset by `within`. */
    const covered = (phrase: string, within: number, length: number) => {
      const index = doc.paragraphs.findIndex((p) => p.text.includes(phrase));
      expect(index).toBeGreaterThanOrEqual(0);
      const start = doc.paragraphs[index].text.indexOf(phrase) + within;
      return findings.some((f) => f.paragraph === index && f.start <= start && f.start + f.length >= start + length);
    };
    // Strict as soon as the typo rules are registered, whatever their ids.
    if (typoRules.length > 0) {
      expect(findings.filter((f) => f.text === 'Đoàn đoàn')).toHaveLength(2);
      expect(findings.filter((f) => f.text === 'của của')).toHaveLength(1);
      expect(covered('Mặt  trận', 3, 2)).toBe(true);
      expect(covered('quan,  Thanh', 5, 2)).toBe(true);
      expect(covered('thực hiện .', 9, 2)).toBe(true);
      expect(r.code).toBe(1);
    }
  });
});
