import type { CheckConfig } from '../../src/core/config';
import { createDocument } from '../../src/core/model';
import { findRule } from '../../src/core/rules';
import { runRules } from '../../src/core/runner';
import { defaultSeverityLabel, fixedSeverityLabel, withRuleChoice } from '../../src/taskpane/settings';

const leftover = findRule('leftover-guidance')!;
const required = findRule('required-section')!;
const doubleSpace = findRule('double-space')!;

describe('severities shown as they will apply', () => {
  it('names the usual severity and when a finding is raised, not only the default', () => {
    expect(defaultSeverityLabel(leftover, 'vi')).toBe('Cảnh báo; Lỗi khi văn bản theo mẫu bắt buộc (mặc định)');
    expect(defaultSeverityLabel(leftover, 'en')).toBe(
      'Warning; Error when the document follows a required template (default)',
    );
    expect(defaultSeverityLabel(required, 'vi')).toMatch(/^Cảnh báo; Lỗi khi /);
    expect(defaultSeverityLabel(doubleSpace, 'vi')).toBe(`Cảnh báo (mặc định)`);
    expect(fixedSeverityLabel('error', 'vi')).toBe('Luôn là lỗi');
  });

  it('tells the truth: the same rule reports a warning or an error depending on the template', () => {
    const doc = createDocument([
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN',
      'Nêu kết quả đạt được, số liệu cụ thể.',
      'II. ĐÁNH GIÁ CHUNG',
    ]);
    const severities = (config: CheckConfig) => new Set(runRules(doc, [leftover], config).map((f) => f.severity));
    const labelled = new Set(leftover.meta.severities!.map((s) => s.severity));
    for (const config of [{}, { templateId: 'bao-cao-tong-ket' }])
      for (const s of severities(config)) expect(labelled).toContain(s);
  });

  it('stores a chosen severity even when it is the default, since it then applies to every finding', () => {
    expect(withRuleChoice({}, leftover, { enabled: true, severity: 'error' })).toEqual({
      rules: { 'leftover-guidance': 'error' },
    });
    expect(withRuleChoice({ rules: { 'leftover-guidance': 'error' } }, leftover, { enabled: true })).toEqual({});
    // A rule whose findings all take its default still stores nothing for it.
    expect(withRuleChoice({}, doubleSpace, { enabled: true, severity: doubleSpace.meta.defaultSeverity })).toEqual({});
  });
});
