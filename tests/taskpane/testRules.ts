import type { Rule } from '../../src/core/rule';

/** Small rules the component tests control, independent of the real rule set. */
export const duplicatedWord: Rule = {
  meta: {
    id: 'test-duplicated-word',
    category: 'spelling',
    defaultSeverity: 'error',
    description: { vi: 'Lặp từ', en: 'Repeated word' },
    messages: { dup: { vi: 'Lặp từ “{word}”', en: 'Repeated word “{word}”' } },
    bulkSafe: true,
  },
  checkParagraph(p, index, context) {
    for (const m of p.text.matchAll(/(\p{L}+) \1(?!\p{L})/gu)) {
      const start = m.index!;
      context.report({
        paragraph: index,
        start,
        length: m[0].length,
        messageId: 'dup',
        data: { word: m[1] },
        fix: [{ start, length: m[0].length, replacement: m[1] }],
      });
    }
  },
};

export const doubleSpace: Rule = {
  meta: {
    id: 'test-double-space',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Thừa dấu cách', en: 'Extra space' },
    messages: { space: { vi: 'Thừa dấu cách', en: 'Extra space' } },
    source: 'Thử nghiệm',
  },
  checkParagraph(p, index, context) {
    for (const m of p.text.matchAll(/ {2,}/g)) {
      context.report({
        paragraph: index,
        start: m.index!,
        length: m[0].length,
        messageId: 'space',
        fix: [{ start: m.index!, length: m[0].length, replacement: ' ' }],
      });
    }
  },
};

/** A structure finding without a fix. */
export const shortDocument: Rule = {
  meta: {
    id: 'test-short',
    category: 'structure',
    defaultSeverity: 'error',
    description: { vi: 'Quá ngắn', en: 'Too short' },
    messages: { short: { vi: 'Văn bản quá ngắn', en: 'Document too short' } },
  },
  checkDocument(context) {
    if (context.doc.paragraphs.length < 3) context.report({ paragraph: 0, start: 0, length: 0, messageId: 'short' });
  },
};

export const testRules = [duplicatedWord, doubleSpace, shortDocument];
