import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Finding } from '../../src/core/finding';
import { createDocument } from '../../src/core/model';
import { findingsToComments } from '../../src/taskpane/comments';
import { DismissalStore, dismissalKey } from '../../src/taskpane/dismissals';
import { groupFindings, showWhitespace } from '../../src/taskpane/display';
import { isEmptyDocument } from '../../src/core/verdict';
import { describeError } from '../../src/taskpane/errors';
import { themeFromOffice } from '../../src/taskpane/theme';
import { MemorySettings } from './memoryHost';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'r',
    severity: 'warning',
    category: 'spelling',
    messageId: 'm',
    message: { vi: 'Thông điệp', en: 'Message' },
    paragraph: 0,
    start: 0,
    length: 0,
    text: '',
    suggestions: [],
    ...over,
  };
}

describe('showWhitespace', () => {
  it('marks double, leading and trailing spaces but leaves single inner spaces', () => {
    expect(showWhitespace('của của')).toBe('của của');
    expect(showWhitespace('a  b')).toBe('a␣␣b');
    expect(showWhitespace(' ')).toBe('␣');
    expect(showWhitespace('x\t')).toBe('x⇥');
  });
});

describe('groupFindings', () => {
  it('orders categories format, structure, spelling and findings by severity then position', () => {
    const groups = groupFindings([
      finding({ category: 'spelling', severity: 'info', paragraph: 0, ruleId: 'a' }),
      finding({ category: 'spelling', severity: 'error', paragraph: 5, ruleId: 'b' }),
      finding({ category: 'format', severity: 'warning', paragraph: 2, ruleId: 'c' }),
      finding({ category: 'spelling', severity: 'error', paragraph: 1, ruleId: 'd' }),
    ]);
    expect(groups.map((g) => [g.category, g.findings.map((f) => f.ruleId)])).toEqual([
      ['format', ['c']],
      ['spelling', ['d', 'b', 'a']],
    ]);
  });
});

describe('isEmptyDocument', () => {
  it('treats blank and placeholder-only documents as empty', () => {
    expect(isEmptyDocument([])).toBe(true);
    expect(isEmptyDocument([{ text: ' ' }, { text: 'Hướng dẫn', showsPlaceholder: true }])).toBe(true);
    expect(isEmptyDocument([{ text: 'a' }])).toBe(false);
  });
});

describe('dismissals', () => {
  it('keys a finding by rule, flagged text and paragraph text', () => {
    const doc = createDocument(['Báo cáo của của đơn vị']);
    const f = finding({ ruleId: 'dup', text: 'của của', start: 8, length: 7 });
    const moved = finding({ ruleId: 'dup', text: 'của của', start: 9, length: 7 });
    expect(dismissalKey(f, doc)).toBe(dismissalKey(moved, doc));
    expect(dismissalKey(f, doc)).not.toBe(dismissalKey(f, createDocument(['Báo cáo của của các đơn vị'])));
    expect(dismissalKey(f, doc)).not.toBe(dismissalKey({ ...f, ruleId: 'other' }, doc));
  });

  it('stores per document name in settings, keeps unnamed documents in memory, survives damaged entries', async () => {
    const settings = new MemorySettings();
    const store = new DismissalStore(settings);
    await store.save('a.docx', new Set(['k1']));
    await store.save(undefined, new Set(['k2']));
    expect(store.load('a.docx')).toEqual(new Set(['k1']));
    expect(store.load('b.docx')).toEqual(new Set());
    expect(store.load(undefined)).toEqual(new Set(['k2']));
    expect([...settings.values.keys()]).toEqual(['thethuc.dismissed:a.docx']);
    await settings.set('thethuc.dismissed:c.docx', '{oops');
    expect(store.load('c.docx')).toEqual(new Set());
  });
});

describe('findingsToComments', () => {
  it('anchors each comment at the finding and says category, severity, message, suggestions and source', () => {
    const [comment] = findingsToComments(
      [
        finding({
          paragraph: 3,
          start: 4,
          length: 2,
          category: 'format',
          severity: 'error',
          suggestions: ['x', ''],
          source: 'NĐ 30',
        }),
      ],
      'vi',
    );
    expect(comment).toEqual({
      paragraph: 3,
      start: 4,
      length: 2,
      text: '[Thể thức] Thể thức – Lỗi: Thông điệp\nGợi ý: “x”, “”\nCăn cứ: NĐ 30',
    });
  });
});

describe('describeError', () => {
  it('prefers a bilingual message, maps Office read-only codes, and never shows nothing', () => {
    expect(describeError({ vi: 'Lỗi A', en: 'Error A' }, 'en')).toBe('Error A');
    expect(describeError(Object.assign(new Error('x'), { localized: { vi: 'Lỗi B', en: 'Error B' } }), 'vi')).toBe(
      'Lỗi B',
    );
    expect(describeError({ code: 'AccessDenied', message: 'no' }, 'vi')).toMatch(/chỉ đọc/);
    expect(describeError(new Error('GeneralException'), 'vi')).toBe(
      'Word báo lỗi: GeneralException. Văn bản chưa bị thay đổi.',
    );
    expect(describeError(undefined, 'vi')).toBe('Có lỗi không xác định. Văn bản chưa bị thay đổi.');
  });
});

describe('themeFromOffice', () => {
  it('is the light theme without Office colours, follows a dark body and lays Office colours over it', () => {
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
    const dark = themeFromOffice({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff' });
    expect(dark.colorNeutralBackground1).toBe('#262626');
    expect(dark.colorNeutralForeground1).toBe('#ffffff');
    expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    const light = themeFromOffice({ bodyBackgroundColor: 'FFFFFF' });
    expect(light.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(light.colorNeutralBackground1).toBe('#FFFFFF');
  });
});
