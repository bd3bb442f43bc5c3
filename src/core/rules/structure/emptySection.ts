import { outlineOf } from '../../conformance/analysis';
import type { Paragraph } from '../../model';
import type { OutlineNode } from '../../outline/types';
import { shortTitle } from '../../conformance/text';
import type { Rule } from '../../rule';

/**
 * A real heading with nothing under it before the next heading of the same or a higher level. A numbered line
 * that is a sentence (a khoản ending in "." or ";"), a lead-in ending in ":", a form field ("Họ và tên: …") or a
 * person's name in a list is content, not a heading.
 */
export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      vi: 'Đề mục có nội dung bên dưới.',
      en: 'Every heading has content under it.',
    },
    messages: {
      empty: { vi: 'Mục “{title}” chưa có nội dung.', en: 'Section “{title}” has no content.' },
    },
  },
  checkDocument(context) {
    const { doc } = context;
    for (const node of outlineOf(context).nodes) {
      if (node.children.length > 0 || carriesContent(node)) continue;
      const content = doc.paragraphs.slice(node.paragraph + 1, node.end);
      // A guidance placeholder still showing is reported by leftover-guidance: once is enough.
      if (content.some((p) => isWritten(p) || p.showsPlaceholder)) continue;
      const text = doc.paragraphs[node.paragraph].text;
      context.report({
        paragraph: node.paragraph,
        start: node.titleStart,
        length: text.trimEnd().length - node.titleStart,
        messageId: 'empty',
        data: { title: shortTitle(node.title) },
      });
    }
  },
};

function isWritten(p: Paragraph): boolean {
  return p.text.trim() !== '' && !p.showsPlaceholder;
}

function carriesContent(node: OutlineNode): boolean {
  const title = node.title.trim();
  if (/[^.][.!?;:,…]$/u.test(title) || /\.{3}$/u.test(title)) return true;
  if (/[_…]{3,}|\.{4,}|:\s*\S/u.test(title)) return true;
  return !node.numbering && /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u.test(title.normalize('NFC'));
}
