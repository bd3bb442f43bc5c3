import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** "Nơi nhận:" with its list, each item starting "- ", and the archive line ("- Lưu …") ending with ".". */
export const recipientsBlock: Rule = {
  meta: {
    id: 'recipients-block',
    category: 'format',
    defaultSeverity: 'error',
    description: { vi: 'Nơi nhận đúng thể thức', en: 'Recipients (Nơi nhận) are well formed' },
    messages: {
      missing: { vi: 'Thiếu phần “Nơi nhận:”.', en: 'The “Nơi nhận:” block is missing.' },
      colon: { vi: 'Sau “Nơi nhận” có dấu hai chấm.', en: '“Nơi nhận” is followed by a colon.' },
      empty: { vi: '“Nơi nhận:” chưa có danh sách nơi nhận.', en: '“Nơi nhận:” lists no recipient.' },
      dash: { vi: 'Mỗi nơi nhận bắt đầu bằng gạch ngang “- ”.', en: 'Each recipient starts with “- ”.' },
      noArchive: {
        vi: 'Thiếu dòng lưu văn bản ở cuối Nơi nhận ({example}).',
        en: 'The archive line at the end of Nơi nhận is missing ({example}).',
      },
      archiveEnd: { vi: 'Dòng lưu văn bản kết thúc bằng dấu chấm.', en: 'The archive line ends with a full stop.' },
    },
    source: 'HD 05-HD/VPTW điểm 9.2; NĐ 30/2020/NĐ-CP Phụ lục I',
  },
  checkDocument(ctx) {
    const { analysis, profile } = headerContext(ctx);
    if (!profile || analysis.appendix) return;
    const sig = analysis.signature;
    const label = sig.noiNhan;
    // Laws and ordinances are published, not sent: no "Nơi nhận" is normal for them.
    if (!label && analysis.header.typeTitle?.type.noRecipients) return;
    if (!label) {
      const anchor = sig.authority ?? sig.office;
      const paragraph = anchor ? anchor.paragraph : Math.max(0, ctx.doc.paragraphs.length - 1);
      ctx.report({ paragraph, start: 0, length: 0, messageId: 'missing' });
      return;
    }
    const labelText = /^Nơi\s+nhận\s*:?/u.exec(label.text)![0];
    if (!labelText.endsWith(':')) {
      const end = label.start + labelText.length;
      ctx.report({
        paragraph: label.paragraph,
        start: label.start,
        length: labelText.length,
        messageId: 'colon',
        fix: [{ start: end, length: 0, replacement: ':' }],
      });
    }
    if (!sig.noiNhanItems.length) {
      ctx.report({ paragraph: label.paragraph, start: label.start, length: labelText.length, messageId: 'empty' });
      return;
    }
    for (const item of sig.noiNhanItems) {
      if (item.dash) continue;
      const first = item.lines[0];
      ctx.report({
        paragraph: first.paragraph,
        start: first.start,
        length: first.text.length,
        messageId: 'dash',
        severity: 'warning',
        fix: [{ start: first.start, length: 0, replacement: '- ' }],
      });
    }
    const archive = sig.archive;
    if (!archive) {
      const last = sig.noiNhanItems[sig.noiNhanItems.length - 1].lines.slice(-1)[0];
      const example = profile === 'party' ? '- Lưu Văn phòng …' : '- Lưu: VT, …';
      ctx.report({
        paragraph: last.paragraph,
        start: last.start,
        length: last.text.length,
        messageId: 'noArchive',
        data: { example },
      });
      return;
    }
    const text = ctx.doc.paragraphs[archive.endParagraph].text;
    const lastChar = text.charAt(archive.endOffset - 1);
    if (lastChar !== '.') {
      const punct = /[,;:]/.test(lastChar);
      ctx.report({
        paragraph: archive.endParagraph,
        start: archive.endOffset - 1,
        length: 1,
        messageId: 'archiveEnd',
        severity: 'warning',
        fix: [
          punct
            ? { start: archive.endOffset - 1, length: 1, replacement: '.' }
            : { start: archive.endOffset, length: 0, replacement: '.' },
        ],
      });
    }
  },
};
