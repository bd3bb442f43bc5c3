import { outlineOf, templateChoiceOf } from '../../conformance/analysis';
import { resolveTemplate } from '../../conformance/chooseTemplate';
import { containment, foldedWords, wordSimilarity, shortTitle } from '../../conformance/text';
import type { DocumentModel } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { parseGuideTag } from '../../tags';
import type { OutlineTemplate, TemplateSection } from '../../templates/types';

/** A paragraph this close to a whole guidance line (word for word, 0..1) is the line copied. */
const COPIED = 0.9;
/** Shorter guidance lines are topics a writer may fairly reuse as a lead-in. */
const MIN_LINE_WORDS = 8;
/** An instruction in brackets inside a guidance line ("(nêu cụ thể … số lượng, tỷ lệ …)") of at least this many words. */
const MIN_INSTRUCTION_WORDS = 4;

/**
 * Guidance left in the document: a guidance placeholder still showing, a guidance line of the template copied
 * in and nothing written under it, or the template's bracketed instruction kept in the text.
 */
export const leftoverGuidance: Rule = {
  meta: {
    id: 'leftover-guidance',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      vi: 'Không còn sót lời hướng dẫn của đề cương trong văn bản.',
      en: 'No guidance text of the outline template is left in the document.',
    },
    messages: {
      placeholder: {
        vi: 'Phần “{section}” còn lời hướng dẫn, chưa viết nội dung.',
        en: 'Section “{section}” still shows its guidance instead of content.',
      },
      copiedLine: {
        vi: 'Đoạn này chép nguyên lời gợi ý của đề cương (mục {label}) mà chưa có nội dung.',
        en: 'This paragraph repeats a guidance line of the outline (item {label}) with no content under it.',
      },
      instruction: {
        vi: 'Còn sót lời hướng dẫn của đề cương: “{instruction}”.',
        en: 'Guidance of the outline left in the text: “{instruction}”.',
      },
    },
  },
  checkDocument(context) {
    const { doc } = context;
    const template = templateChoiceOf(context)?.template;
    const headingAt = new Set(outlineOf(context).headings.map((h) => h.paragraph));
    const lines = template ? guidanceLines(template) : [];

    doc.paragraphs.forEach((p, index) => {
      const guide = p.controlTag ? parseGuideTag(p.controlTag) : null;
      if (guide && p.showsPlaceholder) {
        const section = findSection(resolveTemplate(guide.templateId)?.sections ?? [], guide.sectionId);
        context.report({
          paragraph: index,
          start: 0,
          length: p.text.length,
          messageId: 'placeholder',
          data: { section: section ? shortTitle(section.title) : guide.sectionId },
        });
        return;
      }
      if (p.showsPlaceholder || p.text.trim() === '' || headingAt.has(index)) return;
      checkCopied(context, doc, index, lines, headingAt);
    });
  },
};

interface GuidanceLine {
  text: string;
  label: string;
  /** Bracketed instructions inside the line. */
  instructions: string[];
}

function checkCopied(
  context: RuleContext,
  doc: DocumentModel,
  index: number,
  lines: readonly GuidanceLine[],
  headingAt: ReadonlySet<number>,
): void {
  const text = doc.paragraphs[index].text;
  const body = text.replace(/^[\s\u00a0]*[-–•+*]\s*/u, '');
  for (const line of lines) {
    for (const instruction of line.instructions) {
      const span = findInstruction(text, instruction);
      if (!span) continue;
      // The whole line copied with nothing else: one finding for the line, not one for its bracket.
      if (isCopiedLine(body, line) && !followedByContent(doc, index, headingAt, lines)) break;
      const removeFrom = /\s$/u.test(text.slice(0, span.start))
        ? text.slice(0, span.start).trimEnd().length
        : span.start;
      context.report({
        paragraph: index,
        start: span.start,
        length: span.length,
        messageId: 'instruction',
        data: { instruction: text.slice(span.start, span.start + span.length) },
        fix: [{ start: removeFrom, length: span.start + span.length - removeFrom, replacement: '' }],
      });
      return;
    }
    if (isCopiedLine(body, line) && !followedByContent(doc, index, headingAt, lines)) {
      context.report({
        paragraph: index,
        start: 0,
        length: text.trimEnd().length,
        messageId: 'copiedLine',
        data: { label: line.label },
      });
      return;
    }
  }
}

/** The paragraph is the guidance line, near word for word, with next to nothing of its own. */
function isCopiedLine(body: string, line: GuidanceLine): boolean {
  return (
    foldedWords(line.text).length >= MIN_LINE_WORDS &&
    wordSimilarity(body, line.text) >= COPIED &&
    containment(body, line.text) >= COPIED
  );
}

/** Something of the writer's own follows before the next heading (the copied line then serves as a lead-in). */
function followedByContent(
  doc: DocumentModel,
  index: number,
  headingAt: ReadonlySet<number>,
  lines: readonly GuidanceLine[],
): boolean {
  for (let i = index + 1; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (headingAt.has(i)) return false;
    if (p.text.trim() === '' || p.showsPlaceholder) continue;
    const body = p.text.replace(/^[\s\u00a0]*[-–•+*]\s*/u, '');
    if (lines.some((l) => isCopiedLine(body, l))) return false;
    return true;
  }
  return false;
}

/** The bracketed instruction in the paragraph, brackets included, if its words are there almost verbatim. */
function findInstruction(text: string, instruction: string): { start: number; length: number } | null {
  const re = /\([^()]*\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[0].slice(1, -1);
    if (wordSimilarity(inner, instruction) >= COPIED || containment(instruction, inner) >= COPIED)
      return { start: m.index, length: m[0].length };
  }
  return null;
}

function guidanceLines(template: OutlineTemplate): GuidanceLine[] {
  const out: GuidanceLine[] = [];
  const walk = (sections: readonly TemplateSection[]) =>
    sections.forEach((s) => {
      for (const text of s.guidance ?? []) {
        const instructions = [...text.matchAll(/\(([^()]+)\)/gu)]
          .map((m) => m[1])
          .filter((i) => foldedWords(i).length >= MIN_INSTRUCTION_WORDS);
        out.push({ text, label: s.id, instructions });
      }
      walk(s.children);
    });
  walk(template.sections);
  return out;
}

function findSection(sections: readonly TemplateSection[], id: string): TemplateSection | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}
