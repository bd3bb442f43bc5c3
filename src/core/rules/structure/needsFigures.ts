import { templateHold } from '../../conformance/chooseTemplate';
import { templateChoiceOf, comparisonOf, outlineOf } from '../../conformance/analysis';
import { flattenStatuses } from '../../conformance/compareOutline';
import { hasFigures } from '../../conformance/figures';
import { parseNumbering } from '../../outline/numbering';
import { shortTitle } from '../../conformance/text';
import { documentMemo, type Rule } from '../../rule';

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
      const texts: string[] = [];
      for (let i = node.paragraph + 1; i < node.end; i++) {
        const p = doc.paragraphs[i];
        if (!p.showsPlaceholder && !headingAt.has(i)) texts.push(p.text);
      }
      // Kept across checks while the section's text is the same (strings compare by value).
      const given = documentMemo(context, `structure:figures:${node.paragraph}`, texts, () => {
        const content = texts.map(withoutItemNumber).join('\n');
        // An empty section is empty-section's finding.
        return content.trim() === '' || hasFigures(content);
      });
      if (given) continue;
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
