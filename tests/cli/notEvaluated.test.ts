import { checkDocument } from '../../src/core/check';
import { readPlainText } from '../../src/core/plainText';
import type { Rule } from '../../src/core/rule';
import { formatJson, formatText } from '../../src/cli/output';

/** A rule that needs fonts, which a .txt file cannot report. */
const fontRule: Rule = {
  meta: {
    id: 'font-rule',
    category: 'format',
    defaultSeverity: 'error',
    description: { vi: 'Phông chữ Times New Roman', en: 'Times New Roman font' },
    messages: { m: { vi: 'm', en: 'm' } },
    requires: ['fonts'],
  },
  checkParagraph() {},
};

describe('CLI output: verdict and what was not evaluated', () => {
  const result = checkDocument(readPlainText('Báo cáo  tổng kết', 'a.txt'), {}, [fontRule]);

  it('JSON keeps version 1 and adds the verdict and the rules not evaluated per file', () => {
    const out = JSON.parse(formatJson([{ path: 'a.txt', result }], 'vi'));
    expect(out.version).toBe(1);
    expect(out.files[0]).toMatchObject({
      path: 'a.txt',
      error: null,
      verdict: 'ready',
      notEvaluated: [{ rule: 'font-rule', description: 'Phông chữ Times New Roman', missing: ['fonts'] }],
      findings: [],
    });
    const unreadable = JSON.parse(formatJson([{ path: 'b.docx', error: 'hỏng' }], 'vi'));
    expect(unreadable.files[0]).toMatchObject({ verdict: null, notEvaluated: [] });
  });

  it('text output says what could not be checked, and why', () => {
    const text = formatText([{ path: 'a.txt', result }], 'vi', false);
    expect(text).toContain('Sẵn sàng trình ký');
    expect(text).toContain('Không kiểm tra được: phông chữ (tệp .txt)');
    const all = checkDocument(readPlainText('Báo cáo', 'a.txt'), {}, []);
    expect(formatText([{ path: 'a.txt', result: all }], 'vi', false)).not.toContain('Không kiểm tra được');
  });

  it('an empty file is not passed', () => {
    const empty = checkDocument(readPlainText('', 'e.txt'));
    const text = formatText([{ path: 'e.txt', result: empty }], 'vi', false);
    expect(text).toContain('Văn bản trống');
    expect(text).toContain('Chưa đạt: 1 lỗi, 0 cảnh báo — còn 1 chỗ chưa hoàn thành');
    expect(JSON.parse(formatJson([{ path: 'e.txt', result: empty }], 'en')).files[0].verdict).toBe('notPassed');
  });
});
