import { outlineOf } from '../../conformance/analysis';
import type { Paragraph } from '../../model';
import type { OutlineNode } from '../../outline/types';
import { shortTitle } from '../../conformance/text';
import type { Rule } from '../../rule';

/** A heading with nothing under it before the next heading of the same or a higher level. */
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

/** A numbered item written as a long full sentence is content itself, not an empty heading. */
function carriesContent(node: OutlineNode): boolean {
  return node.title.split(/\s+/u).length >= 20 && /[^.][.!?]$/u.test(node.title);
}
