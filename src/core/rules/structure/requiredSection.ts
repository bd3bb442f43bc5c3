import {
  comparisonOf,
  isLegalDocumentIn,
  outlineOf,
  templateChoiceOf,
  templateMatchOf,
} from '../../conformance/analysis';
import { templateHold } from '../../conformance/chooseTemplate';
import { coreOf, flattenStatuses } from '../../conformance/compareOutline';
import { coreSections, coreSectionsOf, isReportType } from '../../conformance/coreSections';
import type { SectionStatus } from '../../conformance/types';
import type { DocumentModel } from '../../model';
import { describeChanges, numberChanges } from '../../outline/renumber';
import { buildInsertSection } from '../../outline/scaffold';
import { shortTitle } from '../../conformance/text';
import { documentMemo, type Rule, type RuleContext } from '../../rule';
import type { OutlineTemplate } from '../../templates/types';

/**
 * Required sections are there: the four every report has (Ưu điểm, Hạn chế, Bài học kinh nghiệm, Nhiệm vụ) and
 * those the outline template marks required. A section counts whatever its numbering or wording variant.
 */
export const requiredSection: Rule = {
  meta: {
    id: 'required-section',
    category: 'structure',
    defaultSeverity: 'warning',
    severities: [
      { severity: 'warning' },
      {
        severity: 'error',
        when: {
          vi: 'khi báo cáo theo mẫu bắt buộc thiếu phần chính',
          en: 'when a report following a required template lacks a core section',
        },
      },
    ],
    description: {
      vi: 'Văn bản có đủ các phần bắt buộc của đề cương (báo cáo: ưu điểm, hạn chế, bài học kinh nghiệm, nhiệm vụ).',
      en: 'The document has every required section of its outline (reports: strengths, shortcomings, lessons, tasks).',
    },
    messages: {
      missing: {
        vi: 'Thiếu phần “{title}” (mục {label} của đề cương).',
        en: 'Missing section “{title}” (item {label} of the outline).',
      },
      missingWithChildren: {
        vi: 'Thiếu phần “{title}” (mục {label} của đề cương, gồm các mục {children}).',
        en: 'Missing section “{title}” (item {label} of the outline, with items {children}).',
      },
      missingRenumber: {
        vi: 'Thiếu phần “{title}” (mục {label} của đề cương). Khi chèn, các mục sau nó được đánh lại số: {renumber}.',
        en: 'Missing section “{title}” (item {label} of the outline). Inserting it renumbers the sections after it: {renumber}.',
      },
      missingWithChildrenRenumber: {
        vi: 'Thiếu phần “{title}” (mục {label} của đề cương, gồm các mục {children}). Khi chèn, các mục sau nó được đánh lại số: {renumber}.',
        en: 'Missing section “{title}” (item {label} of the outline, with items {children}). Inserting it renumbers the sections after it: {renumber}.',
      },
      missingCore: {
        vi: 'Báo cáo thiếu phần “{title}”.',
        en: 'The report has no “{titleEn}” section.',
      },
    },
    source: 'Đề cương mẫu (thực tiễn soạn thảo, không phải quy định)',
  },
  checkDocument(context) {
    const { doc } = context;
    const outline = outlineOf(context);
    const present = new Set(outline.headings.flatMap((h) => coreSectionsOf(h.title).map((c) => c.id)));
    // Errors only for a template the user chose or the document was scaffolded from; a confident automatic pick
    // gives warnings; a weak guess, nothing.
    const hold = templateHold(templateChoiceOf(context));
    const comparison = hold ? comparisonOf(context) : null;
    const template = comparison?.template;
    const isReport = template
      ? isReportType(template.documentType)
      : !isLegalDocumentIn(context) && statesReportIn(context, outline.headings[0]?.paragraph);
    const allowError = hold === 'required';

    if (comparison && template) {
      reportMissing(context, template, comparison.sections, present, isReport, allowError);
    }
    // The core sections a report must have even when its template does not list them (or none was chosen). A
    // report with no headings at all (a short note-style report) is not held to them without a template.
    if (!isReport || (!template && outline.headings.length === 0)) return;
    const inTemplate = new Set(
      comparison ? flattenStatuses(comparison.sections).flatMap((s) => coreOf(s.section).map((c) => c.id)) : [],
    );
    // Where a forgotten closing section goes: the end of the body (before "Trên đây…", "Nơi nhận"), or the end.
    const end = outline.tree.length ? Math.max(...outline.tree.map((n) => n.end)) : doc.paragraphs.length;
    for (const core of coreSections) {
      if (present.has(core.id) || inTemplate.has(core.id)) continue;
      context.report({
        ...at(doc, end),
        messageId: 'missingCore',
        data: { title: core.title.vi, titleEn: core.title.en },
        severity: allowError ? 'error' : 'warning',
      });
    }
  },
};

function reportMissing(
  context: RuleContext,
  template: OutlineTemplate,
  sections: readonly SectionStatus[],
  presentCore: ReadonlySet<string>,
  isReport: boolean,
  allowError: boolean,
): void {
  for (const status of sections) {
    if (status.state !== 'missing') {
      reportMissing(context, template, status.children, presentCore, isReport, allowError);
      continue;
    }
    // An error when the report lacks one of its core sections (here or below) altogether; otherwise the template's wish.
    const core = [status, ...flattenStatuses(status.children)].flatMap((s) => coreOf(s.section));
    const coreMissing = isReport && core.some((c) => !presentCore.has(c.id));
    // Partly there (some sub-sections found): report what is missing inside it instead.
    const partlyThere = flattenStatuses(status.children).some((c) => c.state !== 'missing');
    if ((!status.section.required && !coreMissing) || partlyThere) {
      reportMissing(context, template, status.children, presentCore, isReport, allowError);
      continue;
    }
    const children = flattenStatuses(status.children).map((c) => c.label);
    // The "insert it" fix: the section's heading and guidance where the template puts it.
    const fix = buildInsertSection(context.doc, template, status.section.id, {
      match: templateMatchOf(context, template),
    });
    // The fix renumbers the sections after the inserted one: the message says so before anyone applies it.
    const renumber = describeChanges(numberChanges(fix));
    const messageId = (children.length ? 'missingWithChildren' : 'missing') + (renumber ? 'Renumber' : '');
    context.report({
      ...at(context.doc, status.paragraph),
      messageId,
      data: {
        title: shortTitle(status.section.title),
        label: status.label,
        children: children.join(', '),
        ...(renumber ? { renumber } : {}),
      },
      // Not the text fix's slice: the fix inserts a section (and may renumber others), it replaces nothing here.
      suggestions: [],
      ...(coreMissing && allowError ? { severity: 'error' as const } : {}),
      ...(fix.length ? { fix } : {}),
    });
  }
}

/** A zero-length mark at the start of the paragraph where something belongs (the last one past the end). */
function at(doc: DocumentModel, paragraph: number): { paragraph: number; start: number; length: number } {
  const last = Math.max(0, doc.paragraphs.length - 1);
  return paragraph <= last
    ? { paragraph, start: 0, length: 0 }
    : { paragraph: last, start: doc.paragraphs[last]?.text.length ?? 0, length: 0 };
}

/** statesReport, kept across checks while the title block is the same. */
function statesReportIn(context: RuleContext, firstHeading: number | undefined): boolean {
  const { doc } = context;
  const limit = firstHeading ?? Math.min(doc.paragraphs.length, 12);
  const texts = doc.paragraphs.slice(0, limit).map((p) => p.text);
  return documentMemo(context, 'structure:statesReport', texts, () => statesReport(doc, firstHeading));
}

/** Without a template: does the title block say "BÁO CÁO"? */
function statesReport(doc: DocumentModel, firstHeading: number | undefined): boolean {
  const limit = firstHeading ?? Math.min(doc.paragraphs.length, 12);
  return doc.paragraphs.slice(0, limit).some((p) => {
    const text = p.text.trim();
    return text.length <= 20 && text === text.toLocaleUpperCase('vi') && isReportType(text) && /\p{Lu}/u.test(text);
  });
}
