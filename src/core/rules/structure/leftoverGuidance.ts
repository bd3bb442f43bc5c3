import { outlineOf, summariesOf, templateChoiceOf } from '../../conformance/analysis';
import { templateHold } from '../../conformance/chooseTemplate';
import { availableTemplates, resolveTemplate } from '../../conformance/chooseTemplate';
import { containment, foldedWords, shortTitle, wordSimilarity } from '../../conformance/text';
import { LineIndex } from '../../conformance/wordIndex';
import { paragraphMemo, type Rule } from '../../rule';
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
    const choice = templateChoiceOf(context);
    const template = choice?.template;
    // Guidance copied into a document that was scaffolded from the template, or checked against one the user chose,
    // is certainly unfinished (an error); against a template picked by resemblance it may be the writer's own
    // wording, or a letter quoting an outline (a warning).
    const certain = templateHold(choice) === 'required' ? {} : { severity: 'warning' as const };
    const summaries = summariesOf(context);
    const isHeading = new Uint8Array(summaries.length);
    for (const h of outlineOf(context).headings) isHeading[h.paragraph] = 1;
    const guidance = template ? guidanceOf(template) : null;
    // Per paragraph and template (kept across checks by text): which guidance line it copies, which instruction it keeps.
    const tag = template ? templateTag(template) : '';
    const copiedKey = `structure.copied:${tag}`;
    const instructionKey = `structure.instruction:${tag}`;
    const written = (index: number) => summaries[index].written && isHeading[index] === 0;
    // The guidance line each written paragraph repeats, if any.
    const copied = new Map<number, GuidanceLine>();
    if (guidance?.copyable.length) {
      for (let index = 0; index < summaries.length; index++) {
        if (!written(index)) continue;
        const line = paragraphMemo(context, index, copiedKey, () =>
          copiedLine(guidance, foldedWords(withoutBullet(doc.paragraphs[index].text))),
        );
        if (line) copied.set(index, line);
      }
    }
    /** Something of the writer's own follows before the next heading (the copied line is then a lead-in). */
    const followedByContent = (index: number) => {
      for (let i = index + 1; i < doc.paragraphs.length && isHeading[i] === 0; i++) {
        if (written(i)) return !copied.has(i);
      }
      return false;
    };

    for (let index = 0; index < summaries.length; index++) {
      const { guide, showsPlaceholder } = summaries[index];
      const p = doc.paragraphs[index];
      if (guide && showsPlaceholder) {
        const owner = resolveTemplate(guide.templateId, availableTemplates(context.config));
        const section = findSection(owner?.sections ?? [], guide.sectionId);
        context.report({
          paragraph: index,
          start: 0,
          length: p.text.length,
          messageId: 'placeholder',
          data: { section: section ? shortTitle(section.title) : guide.sectionId },
        });
        continue;
      }
      if (!written(index)) continue;
      const line = copied.get(index);
      if (line && !followedByContent(index)) {
        context.report({
          paragraph: index,
          start: 0,
          length: p.text.trimEnd().length,
          messageId: 'copiedLine',
          data: { label: line.label },
          ...certain,
        });
        continue;
      }
      if (!guidance?.instructions.length) continue;
      const span = paragraphMemo(context, index, instructionKey, () =>
        p.text.includes('(') ? instructionSpan(p.text, guidance) : null,
      );
      if (span) {
        context.report({
          paragraph: index,
          start: span.start,
          length: span.length,
          messageId: 'instruction',
          data: { instruction: p.text.slice(span.start, span.start + span.length) },
          fix: [{ start: span.removeFrom, length: span.start + span.length - span.removeFrom, replacement: '' }],
          ...certain,
        });
      }
    }
  },
};

/** A short tag per template object, for per-paragraph memo keys (two templates may share an id). */
const templateTags = new WeakMap<OutlineTemplate, string>();
let nextTemplateTag = 0;
function templateTag(template: OutlineTemplate): string {
  let tag = templateTags.get(template);
  if (!tag) templateTags.set(template, (tag = String(nextTemplateTag++)));
  return tag;
}

interface GuidanceLine {
  text: string;
  words: readonly string[];
  label: string;
  /** Bracketed instructions inside the line. */
  instructions: string[];
}

/** A bracketed instruction of the guidance kept in a written paragraph, and where the fix removing it starts. */
function instructionSpan(
  text: string,
  guidance: Guidance,
): { start: number; length: number; removeFrom: number } | null {
  const groups = [...text.matchAll(/\([^()]*\)/gu)];
  if (groups.length === 0) return null;
  for (const instruction of guidance.instructions) {
    const span = findInstruction(groups, instruction);
    if (!span) continue;
    const before = text.slice(0, span.start);
    const removeFrom = /\s$/u.test(before) ? before.trimEnd().length : span.start;
    return { ...span, removeFrom };
  }
  return null;
}

function withoutBullet(text: string): string {
  return text.replace(/^[\s\u00a0]*[-–•+*]\s*/u, '');
}

/** The first guidance line the paragraph is, near word for word, with next to nothing of its own. */
function copiedLine(guidance: Guidance, words: readonly string[]): GuidanceLine | undefined {
  const { index } = guidance;
  const ids = index.ids(words);
  for (const n of index.candidates(ids)) {
    const line = index.lines[n];
    // Both scores ≥ COPIED need the paragraph within these lengths of the line (2·lcs/(p+l) ≥ 0.9, lcs ≤ min).
    if (ids.length > line.length * (2 / COPIED - 1) || line.length > ids.length * (2 / COPIED - 1)) continue;
    // The shared words bound the LCS: a pair that fails with them fails with it (same arithmetic, larger value).
    const shared = index.shared(ids, line);
    if ((2 * shared) / (ids.length + line.length) < COPIED || shared / ids.length < COPIED) continue;
    const lcs = index.lcs(ids, line);
    if ((2 * lcs) / (ids.length + line.length) >= COPIED && lcs / ids.length >= COPIED) return guidance.copyable[n];
  }
  return undefined;
}

/** The bracketed instruction among the paragraph's bracket groups, brackets included, if its words are there almost verbatim. */
function findInstruction(
  groups: readonly RegExpMatchArray[],
  instruction: string,
): { start: number; length: number } | null {
  for (const m of groups) {
    const inner = m[0].slice(1, -1);
    if (wordSimilarity(inner, instruction) >= COPIED || containment(instruction, inner) >= COPIED)
      return { start: m.index!, length: m[0].length };
  }
  return null;
}

interface Guidance {
  lines: GuidanceLine[];
  /** Lines long enough to count as copied, in template order, and their index. */
  copyable: GuidanceLine[];
  index: LineIndex;
  /** Every bracketed instruction, in template order. */
  instructions: string[];
}

/** The guidance of a template, indexed once per template object. */
const guidanceCache = new WeakMap<OutlineTemplate, Guidance>();

function guidanceOf(template: OutlineTemplate): Guidance {
  let guidance = guidanceCache.get(template);
  if (!guidance) {
    const lines = guidanceLines(template);
    const copyable = lines.filter((l) => l.words.length >= MIN_LINE_WORDS);
    // Similarity ≥ COPIED holds only when the paragraph has at least COPIED / (2 − COPIED) of the line's words.
    const index = new LineIndex(
      copyable.map((l) => l.words),
      COPIED / (2 - COPIED),
    );
    guidance = { lines, copyable, index, instructions: lines.flatMap((l) => l.instructions) };
    guidanceCache.set(template, guidance);
  }
  return guidance;
}

function guidanceLines(template: OutlineTemplate): GuidanceLine[] {
  const out: GuidanceLine[] = [];
  const walk = (sections: readonly TemplateSection[]) =>
    sections.forEach((s) => {
      for (const text of s.guidance ?? []) {
        const instructions = [...text.matchAll(/\(([^()]+)\)/gu)]
          .map((m) => m[1])
          .filter((i) => foldedWords(i).length >= MIN_INSTRUCTION_WORDS);
        out.push({ text, words: foldedWords(text), label: s.id, instructions });
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
