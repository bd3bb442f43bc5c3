import { summarize, type CheckResult } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import { escapeHtml, renderHtmlReport } from '../../../src/core/report/html';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'duplicated-word',
    severity: 'error',
    category: 'spelling',
    messageId: 'm',
    message: { vi: 'Từ “của” bị lặp lại.', en: 'The word “của” is repeated.' },
    paragraph: 0,
    start: 0,
    length: 7,
    text: 'của của',
    suggestions: ['của'],
    ...over,
  };
}

const result = (findings: Finding[]): CheckResult => ({ findings, summary: summarize(findings), notEvaluated: [] });

const FINDINGS = [
  finding({ paragraph: 4 }),
  finding({
    ruleId: 'double-space',
    severity: 'warning',
    paragraph: 7,
    start: 3,
    length: 2,
    text: '  ',
    suggestions: [' '],
    message: { vi: 'Thừa dấu cách.', en: 'Extra space.' },
  }),
  finding({
    ruleId: 'required-section',
    category: 'structure',
    severity: 'error',
    paragraph: 0,
    start: 0,
    length: 0,
    text: '',
    suggestions: [],
    message: { vi: 'Thiếu mục “Bài học kinh nghiệm”.', en: 'Missing section.' },
    source: 'Công văn 694-CV/ĐUK',
  }),
  finding({
    ruleId: 'header-date',
    category: 'format',
    severity: 'info',
    paragraph: 2,
    text: 'ngày 5',
    suggestions: [''],
    message: { vi: 'Ngày dưới 10 thêm số 0.', en: 'Pad days below 10.' },
  }),
];

describe('renderHtmlReport', () => {
  const html = renderHtmlReport({
    documentName: 'BC Thanh tra.docx',
    result: result(FINDINGS),
    lang: 'vi',
    generatedAt: '2026-11-22 15:00',
  });

  it('is a self-contained page with print styles and no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)=|url\(|@import|https?:\/\//i);
  });

  it('shows the verdict, the document name and the time', () => {
    expect(html).toContain('Chưa đạt: 2 lỗi, 1 cảnh báo');
    expect(html).toContain('BC Thanh tra.docx');
    expect(html).toContain('2026-11-22 15:00');
    const review = renderHtmlReport({ result: result([FINDINGS[1]]), lang: 'vi', generatedAt: 'x' });
    expect(review).toContain('<p class="verdict warn">Cần xem lại: 1 cảnh báo</p>');
    const ready = renderHtmlReport({ result: result([FINDINGS[3]]), lang: 'vi', generatedAt: 'x' });
    expect(ready).toContain('<p class="verdict ok">Sẵn sàng trình ký</p>');
    expect(renderHtmlReport({ result: result([]), lang: 'en', generatedAt: 'x' })).toContain('No findings.');
  });

  it('counts per category and severity', () => {
    const row = (label: string) =>
      new RegExp(`<th scope="row">${label}</th>((?:<td class="num">\\d+</td>)+)</tr>`).exec(html)?.[1].match(/\d+/g);
    expect(row('Thể thức')).toEqual(['0', '0', '1', '1']);
    expect(row('Bố cục')).toEqual(['1', '0', '0', '1']);
    expect(row('Chính tả')).toEqual(['1', '1', '0', '2']);
    expect(row('Tổng')).toEqual(['2', '1', '1', '4']);
  });

  it('groups findings by category, then severity, with 1-based paragraph, message, flagged text and suggestion', () => {
    const order = [
      '<h3>Thể thức (1)</h3>',
      '<h3>Bố cục (1)</h3>',
      '<h3>Chính tả (2)</h3>',
      '>Lỗi (1)</h4>',
      '>Cảnh báo (1)</h4>',
    ];
    const positions = order.map((s) => html.lastIndexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain(
      '<td class="num">5</td><td>Từ “của” bị lặp lại.</td><td class="text"><mark>của của</mark></td><td class="text"><span class="suggestion">của</span></td><td class="rule">duplicated-word</td>',
    );
    expect(html).toContain('<mark>  </mark>');
    expect(html).toContain('<div class="source">Công văn 694-CV/ĐUK</div>');
    expect(html).toContain('(xoá)');
  });

  it('speaks English when asked', () => {
    const en = renderHtmlReport({ result: result(FINDINGS), lang: 'en', generatedAt: 'x' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Not passed: 2 error(s), 1 warning(s)');
    expect(en).toContain('The word “của” is repeated.');
    expect(en).toContain('<h3>Spelling (2)</h3>');
    expect(en).not.toContain('Từ “của”');
  });

  it('escapes everything that comes from documents, paths and settings', () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    const page = renderHtmlReport({
      documentName: evil,
      result: result([
        finding({ text: evil, suggestions: [evil], message: { vi: evil, en: evil }, source: evil, ruleId: evil }),
      ]),
      lang: 'vi',
      generatedAt: evil,
      files: [{ path: evil, error: evil }],
    });
    expect(page).not.toContain('<img');
    expect(page).not.toContain('onerror="');
    expect(page).toContain(escapeHtml(evil));
    expect(escapeHtml(evil)).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;');
  });

  it('lists several files with their own verdicts and unreadable files with the reason', () => {
    const a = result([FINDINGS[0]]);
    const b = result([]);
    const page = renderHtmlReport({
      result: result([FINDINGS[0]]),
      lang: 'vi',
      generatedAt: 'x',
      files: [
        { path: 'chi-bo-1.docx', result: a },
        { path: 'chi-bo-2.txt', result: b },
        { path: 'chi-bo-3.doc', error: 'Tệp .doc (Word 97–2003) không được hỗ trợ' },
      ],
    });
    expect(page).toContain('Các tệp đã kiểm tra');
    expect(page).toMatch(
      /<tr><td>chi-bo-1\.docx<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="bad">Chưa đạt: 1 lỗi, 0 cảnh báo<\/td><\/tr>/,
    );
    expect(page).toMatch(/<tr><td>chi-bo-2\.txt<\/td>.*?Sẵn sàng trình ký/);
    expect(page).toContain(
      '<h2>chi-bo-3.doc</h2><p class="verdict bad">Không đọc được: Tệp .doc (Word 97–2003) không được hỗ trợ</p>',
    );
    expect(page.match(/<section class="file">/g)).toHaveLength(3);
  });
});
