import { outlineOf, templateChoiceOf } from '../../conformance/analysis';
import { templateHold } from '../../conformance/chooseTemplate';
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
    // An error only against a template the user chose or the document was made from; a warning otherwise.
    severities: [
      { severity: 'warning' },
      {
        severity: 'error',
        when: { vi: 'khi văn bản theo mẫu bắt buộc', en: 'when the document follows a required template' },
      },
    ],
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
    // Certainly unfinished (an error) in a document scaffolded from, or checked against, a template the user chose;
    // elsewhere a numbered line with nothing under it may be a list item (a warning).
    const certain = templateHold(templateChoiceOf(context)) === 'required' ? {} : { severity: 'warning' as const };
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
        ...certain,
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
