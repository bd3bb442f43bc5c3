import type { ListItem } from '../../header/parse';
import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

/** HD 05: each name after "Kính gửi"/"Kính trình" and each "Nơi nhận" item ends with ";" (HD 36 practice: ","). */
export const hd05RecipientSeparator: Rule = {
  meta: {
    id: 'hd05-recipient-separator',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Sau mỗi nơi nhận có dấu chấm phẩy (HD 05)', en: 'Each recipient ends with “;” (HD 05)' },
    messages: {
      comma: {
        vi: 'Sau mỗi nơi nhận dùng dấu chấm phẩy (;), không dùng dấu phẩy.',
        en: 'Each recipient ends with “;”, not “,”.',
      },
      missing: { vi: 'Sau mỗi nơi nhận có dấu chấm phẩy (;).', en: 'Each recipient ends with “;”.' },
    },
    source: 'HD 05-HD/VPTW điểm 9.2.5',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const { header, signature } = headerContext(ctx).analysis;
    // HD 05 sets no end mark for the last name after "Kính gửi"; its example uses ";" there too, so only "," is flagged.
    const lastAddressee = header.recipients[header.recipients.length - 1];
    const items: ListItem[] = [...header.recipients, ...signature.noiNhanItems.filter((i) => i !== signature.archive)];
    for (const item of items) {
      const text = ctx.doc.paragraphs[item.endParagraph].text;
      const last = text.charAt(item.endOffset - 1);
      if (last === ';') continue;
      if (last === ',') {
        ctx.report({
          paragraph: item.endParagraph,
          start: item.endOffset - 1,
          length: 1,
          messageId: 'comma',
          fix: [{ start: item.endOffset - 1, length: 1, replacement: ';' }],
        });
      } else if (item !== lastAddressee && /[\p{L}\p{N})”"]/u.test(last)) {
        const first = item.lines[item.lines.length - 1];
        ctx.report({
          paragraph: item.endParagraph,
          start: first.start,
          length: item.endOffset - first.start,
          messageId: 'missing',
          fix: [{ paragraph: item.endParagraph, start: item.endOffset, length: 0, replacement: ';' }],
        });
      }
    }
  },
};
