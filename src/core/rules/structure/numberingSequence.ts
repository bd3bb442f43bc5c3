import { outlineOf } from '../../conformance/analysis';
import { findNumberingIssues, type NumberingIssue } from '../../conformance/numbering';
import { shortTitle } from '../../conformance/text';
import type { DocumentModel } from '../../model';
import type { Heading } from '../../outline/types';
import type { ReportDescriptor, Rule } from '../../rule';

/** Heading numbers at each level run 1, 2, 3… in one style (I, II, III / 1., 2. / a), b)). */
export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      vi: 'Số thứ tự đề mục ở mỗi cấp liên tục, không trùng, cùng một kiểu.',
      en: 'Heading numbers at each level run on without gaps or repeats, in one style.',
    },
    messages: {
      gap: {
        vi: 'Đánh số “{numbering}” bị nhảy cóc: thiếu {missing}.',
        en: 'Numbering jumps to “{numbering}”: {missing} is missing.',
      },
      repeated: {
        vi: 'Số “{numbering}” bị lặp (mục trước cũng là “{previous}”); số đúng là {expected}.',
        en: 'Number “{numbering}” repeats the previous “{previous}”; expected {expected}.',
      },
      duplicate: {
        vi: 'Số “{numbering}” trùng với mục “{other}” ở trên, cùng cấp; số đúng là {expected}.',
        en: 'Number “{numbering}” is also the number of “{other}” above, at the same level; expected {expected}.',
      },
      backwards: {
        vi: 'Số “{numbering}” đứng sau “{previous}”: sai thứ tự (số đúng là {expected}).',
        en: 'Number “{numbering}” comes after “{previous}”: out of sequence (expected {expected}).',
      },
      mixedStyle: {
        vi: 'Kiểu đánh số “{numbering}” khác với các mục cùng cấp (“{example}”).',
        en: 'Numbering style “{numbering}” differs from its sibling headings (“{example}”).',
      },
      wrongParent: {
        vi: 'Mục “{numbering}” nằm trong mục “{parent}”: số không khớp.',
        en: 'Section “{numbering}” sits under “{parent}”: the numbers do not agree.',
      },
    },
  },
  checkDocument(context) {
    const { doc } = context;
    // A table ends a list: numbering after it may start again at 1.
    const tableBefore: number[] = [];
    doc.paragraphs.forEach((p, i) => tableBefore.push((tableBefore[i - 1] ?? 0) + (p.cell ? 1 : 0)));
    const tableBetween = (from: number, to: number) => tableBefore[to] - tableBefore[from] > 0;
    for (const issue of findNumberingIssues(outlineOf(context).tree, tableBetween))
      context.report(describe(doc, issue));
  },
};

function describe(doc: DocumentModel, issue: NumberingIssue): ReportDescriptor {
  const h = issue.heading;
  const { typed, ...at } = numberSpan(doc, h);
  const numbering = h.numbering!.raw;
  const base = { paragraph: h.paragraph, ...at };
  switch (issue.kind) {
    case 'gap':
      return { ...base, messageId: 'gap', data: { numbering, missing: issue.missing.join(', ') } };
    case 'repeated':
      return {
        ...base,
        messageId: 'repeated',
        data: { numbering, previous: issue.previous.numbering!.raw, expected: issue.expected },
      };
    case 'duplicate': {
      const title = shortTitle(issue.other.title, 50);
      return {
        ...base,
        messageId: 'duplicate',
        data: { numbering, other: `${issue.other.numbering!.raw} ${title}`.trim(), expected: issue.expected },
      };
    }
    case 'backwards':
      return {
        ...base,
        messageId: 'backwards',
        data: { numbering, previous: issue.previous.numbering!.raw, expected: issue.expected },
      };
    case 'wrong-parent':
      return { ...base, messageId: 'wrongParent', data: { numbering, parent: issue.parent.numbering!.raw } };
    case 'mixed-style': {
      // Typed numbering can be rewritten in place; Word's list numbering is not part of the text.
      return {
        ...base,
        messageId: 'mixedStyle',
        data: { numbering, example: issue.example },
        ...(issue.replacement ? { suggestions: [issue.replacement] } : {}),
        ...(typed && issue.replacement
          ? { fix: [{ start: at.start, length: at.length, replacement: issue.replacement }] }
          : {}),
      };
    }
  }
}

/** The typed number in the paragraph, or (for Word list numbering, not part of the text) the heading's title. */
function numberSpan(doc: DocumentModel, h: Heading): { start: number; length: number; typed: boolean } {
  const text = doc.paragraphs[h.paragraph]?.text ?? '';
  const raw = h.numbering?.raw ?? '';
  const start = raw ? text.slice(0, h.titleStart).indexOf(raw) : -1;
  if (start >= 0) return { start, length: raw.length, typed: true };
  return { start: h.titleStart, length: text.trimEnd().length - h.titleStart, typed: false };
}
