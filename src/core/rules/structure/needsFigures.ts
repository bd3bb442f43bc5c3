import { templateHold } from '../../conformance/chooseTemplate';
import { templateChoiceOf, comparisonOf, outlineOf } from '../../conformance/analysis';
import { flattenStatuses } from '../../conformance/compareOutline';
import { hasFigures } from '../../conformance/figures';
import { parseNumbering } from '../../outline/numbering';
import { shortTitle } from '../../conformance/text';
import type { Rule } from '../../rule';

/**
 * Sections whose guidance asks for figures (number of sessions, participants, rates…) give at least one number
 * or percentage.
 */
export const needsFigures: Rule = {
  meta: {
    id: 'needs-figures',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      vi: 'Phần mà đề cương yêu cầu số liệu có nêu số liệu cụ thể.',
      en: 'Sections whose guidance asks for figures give some.',
    },
    messages: {
      noFigures: {
        vi: 'Phần “{title}” chưa có số liệu cụ thể; đề cương (mục {label}) yêu cầu: {request}',
        en: 'Section “{title}” gives no figures; the outline (item {label}) asks for: {request}',
      },
    },
    source: 'Đề cương mẫu (thực tiễn soạn thảo, không phải quy định)',
  },
  checkDocument(context) {
    // Only against a template the user chose, the document records, or a confident automatic pick.
    if (!templateHold(templateChoiceOf(context))) return;
    const comparison = comparisonOf(context);
    if (!comparison) return;
    const { doc } = context;
    const nodes = outlineOf(context).nodes;
    const headingAt = new Set(nodes.map((n) => n.paragraph));
    for (const status of flattenStatuses(comparison.sections)) {
      if (!status.section.needsFigures || !status.heading) continue;
      const node = nodes.find((n) => n.paragraph === status.heading!.paragraph);
      if (!node) continue;
      const content = doc.paragraphs
        .slice(node.paragraph + 1, node.end)
        .filter((p, i) => !p.showsPlaceholder && !headingAt.has(node.paragraph + 1 + i))
        .map((p) => withoutItemNumber(p.text))
        .join('\n');
      // An empty section is empty-section's finding.
      if (content.trim() === '' || hasFigures(content)) continue;
      const text = doc.paragraphs[node.paragraph].text;
      context.report({
        paragraph: node.paragraph,
        start: node.titleStart,
        length: text.trimEnd().length - node.titleStart,
        messageId: 'noFigures',
        data: {
          title: shortTitle(node.title),
          label: status.label,
          request: figureRequest(status.section.guidance ?? []),
        },
      });
    }
  },
};

/** "1. Tăng cường …": an item's number is not a figure. */
function withoutItemNumber(text: string): string {
  const numbering = parseNumbering(text);
  return numbering ? text.slice(numbering.titleStart) : text;
}

/** What the guidance asks for: its bracketed instruction about figures, else a generic wording. */
function figureRequest(guidance: readonly string[]): string {
  for (const line of guidance) {
    const bracket = /\(([^()]*(?:số|tỷ lệ|tỉ lệ)[^()]*)\)/iu.exec(line);
    if (bracket) return bracket[1];
  }
  return 'số lần, số lượng, tỷ lệ…';
}
