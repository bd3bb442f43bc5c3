import { templateHold } from '../../conformance/chooseTemplate';
import { templateChoiceOf, comparisonOf } from '../../conformance/analysis';
import { flattenStatuses } from '../../conformance/compareOutline';
import type { SectionStatus } from '../../conformance/types';
import { shortTitle } from '../../conformance/text';
import type { Rule } from '../../rule';

/** Sections come in the order of the outline template. */
export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      vi: 'Các phần theo đúng thứ tự của đề cương.',
      en: 'Sections follow the order of the outline template.',
    },
    messages: {
      after: {
        vi: 'Phần “{title}” (mục {label} của đề cương) không đúng thứ tự: đề cương đặt phần này sau “{other}”.',
        en: 'Section “{title}” (item {label} of the outline) is out of order: the outline puts it after “{other}”.',
      },
      before: {
        vi: 'Phần “{title}” (mục {label} của đề cương) không đúng thứ tự: đề cương đặt phần này trước “{other}”.',
        en: 'Section “{title}” (item {label} of the outline) is out of order: the outline puts it before “{other}”.',
      },
    },
    source: 'Đề cương mẫu (thực tiễn soạn thảo, không phải quy định)',
  },
  checkDocument(context) {
    // Only against a template the user chose, the document records, or a confident automatic pick.
    if (!templateHold(templateChoiceOf(context))) return;
    const comparison = comparisonOf(context);
    if (!comparison) return;
    const all = flattenStatuses(comparison.sections);
    const parentOf = new Map<SectionStatus, SectionStatus>();
    for (const s of all) for (const c of s.children) parentOf.set(c, s);
    all.forEach((status, i) => {
      // A section moved with its parent is reported once, on the parent.
      if (status.state !== 'out-of-order' || parentOf.get(status)?.state === 'out-of-order') return;
      const heading = status.heading!;
      const text = context.doc.paragraphs[heading.paragraph]?.text ?? '';
      const before = all
        .slice(0, i)
        .reverse()
        .find((s) => s.state === 'present' && !isAncestorOf(s, status, parentOf));
      const after = all.slice(i + 1).find((s) => s.state === 'present' && !isAncestorOf(status, s, parentOf));
      const other = before ?? after;
      context.report({
        paragraph: heading.paragraph,
        start: heading.titleStart,
        length: text.trimEnd().length - heading.titleStart,
        messageId: before ? 'after' : 'before',
        data: {
          title: shortTitle(status.section.title),
          label: status.label,
          other: other ? `${other.label}. ${shortTitle(other.section.title)}` : '',
        },
      });
    });
  },
};

function isAncestorOf(
  ancestor: SectionStatus,
  s: SectionStatus,
  parentOf: ReadonlyMap<SectionStatus, SectionStatus>,
): boolean {
  for (let p = parentOf.get(s); p; p = parentOf.get(p)) if (p === ancestor) return true;
  return false;
}
