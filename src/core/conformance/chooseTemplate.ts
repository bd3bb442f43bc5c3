import type { CheckConfig } from '../config';
import type { DocumentModel } from '../model';
import { parseGuideTag } from '../tags';
import { builtInTemplates, getTemplate } from '../templates';
import type { OutlineTemplate } from '../templates/types';
import { compareOutline } from './compareOutline';
import { readOutline, type DocumentOutline } from './documentOutline';
import { containment, foldText, foldedWords } from './text';
import type { OutlineComparison, TemplateChoice } from './types';

/** Below this a best match is a guess, not a choice: no template is checked against until the user picks one. */
export const MIN_MATCH_SCORE = 0.2;

/**
 * A template picked automatically is held to (warnings only) from this score. Measured on documents written from
 * each built-in template (headings only, no title): the right template scored 0.58–0.60, the best wrong one up to
 * 0.42 (a bao-cao-tong-ket document against bao-cao-chinh-tri-chi-bo); the two real seed reports 0.76 and 1.0;
 * the 16 published laws of tests/corpus/clean get no template.
 */
export const AUTO_CONFIDENCE = 0.5;

/**
 * How firmly the document is held to its template: 'required' when the user chose it or the document was
 * scaffolded from it (missing sections are errors where the rule says so), 'advised' for a confident automatic
 * pick (warnings at most), null for no template or a weak guess (no finding at all).
 */
export function templateHold(choice: TemplateChoice | null): 'required' | 'advised' | null {
  if (!choice) return null;
  if (choice.reason !== 'best-match') return 'required';
  return (choice.score ?? 0) >= AUTO_CONFIDENCE ? 'advised' : null;
}

/** Laws, decrees, circulars: articles ("Điều 1.", "Điều 2.") or a legislative type name; no report outline fits. */
export function isLegalDocument(doc: DocumentModel): boolean {
  const head = doc.paragraphs.slice(0, 15).map((p) => p.text.trim());
  if (head.some((t) => LEGAL_TITLES.test(t))) return true;
  let articles = 0;
  for (const p of doc.paragraphs) if (/^Điều\s+\d+[a-z]?\.\s/u.test(p.text.trim()) && ++articles >= 2) return true;
  return false;
}

export const LEGAL_TITLES = /^(?:HIẾN PHÁP|BỘ LUẬT|LUẬT|PHÁP LỆNH|LỆNH|NGHỊ ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?)$/u;

/**
 * The template to check the document against: the one named in the settings, else the one the document records
 * (its metadata or the template id inside its guidance tags), else the best match among the templates of the
 * settings and the built-in ones.
 */
export function chooseTemplate(
  doc: DocumentModel,
  config: CheckConfig = {},
  outline: DocumentOutline = readOutline(doc),
  templates: readonly OutlineTemplate[] = builtInTemplates,
  /** How the document compares with a template (a check passes one that keeps the comparisons for its rules). */
  compare: (template: OutlineTemplate) => OutlineComparison = (template) => compareOutline(doc, template, outline),
): TemplateChoice | null {
  const available = availableTemplates(config, templates);
  const named = config.templateId ? resolveTemplate(config.templateId, available) : undefined;
  if (named) return { template: named, reason: 'config' };
  const recordedId = recordedTemplateId(doc);
  const recorded = recordedId ? resolveTemplate(recordedId, available) : undefined;
  if (recorded) return { template: recorded, reason: 'document' };
  // Legal documents are not reports: no outline template is guessed for them.
  if (isLegalDocument(doc)) return null;

  const candidates = available
    .map((template) => ({ template, score: matchScore(doc, template, outline, compare(template)) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < MIN_MATCH_SCORE) return null;
  return {
    template: best.template,
    reason: 'best-match',
    score: best.score,
    candidates: candidates.map((c) => ({ id: c.template.id, score: c.score })),
  };
}

/** The templates of the settings (e.g. loaded from a file) first, then the given ones; one per id. */
export function availableTemplates(
  config: CheckConfig,
  templates: readonly OutlineTemplate[] = builtInTemplates,
): OutlineTemplate[] {
  const own = config.templates ?? [];
  return [...own, ...templates.filter((t) => !own.some((o) => o.id === t.id))];
}

export function resolveTemplate(
  id: string,
  templates: readonly OutlineTemplate[] = builtInTemplates,
): OutlineTemplate | undefined {
  return templates.find((t) => t.id === id) ?? getTemplate(id);
}

/** The template the document was scaffolded from, if it remembers: metadata first, then its guidance tags. */
export function recordedTemplateId(doc: DocumentModel): string | undefined {
  if (doc.meta.templateId) return doc.meta.templateId;
  for (const p of doc.paragraphs) {
    const guide = p.controlTag ? parseGuideTag(p.controlTag) : null;
    if (guide) return guide.templateId;
  }
  return undefined;
}

/**
 * How well a document fits a template, 0..1: half the outline (sections found against headings on both
 * sides), half the title (a template named like the document's title line); less when the document says it
 * is another type of document; 0 when no section of the template is found.
 */
export function matchScore(
  doc: DocumentModel,
  template: OutlineTemplate,
  outline: DocumentOutline = readOutline(doc),
  comparison: OutlineComparison = compareOutline(doc, template, outline),
): number {
  const sections = countSections(template.sections);
  const found = Math.round(comparison.score * sections);
  // A template none of whose sections the document has is not its outline, whatever its title says.
  if (found === 0) return 0;
  const outlineFit = sections + outline.nodes.length > 0 ? (2 * found) / (sections + outline.nodes.length) : 0;
  const title = titleBlock(doc, outline);
  const name = template.name.vi.replace(/\([^)]*\)/g, ' ');
  const titleFit = containment(name, title) * Math.min(1, foldedWords(name).length / 10);
  const statedType = statedDocumentType(doc, outline);
  const typeFactor = statedType && statedType !== foldText(template.documentType) ? 0.5 : 1;
  return (0.5 * outlineFit + 0.5 * titleFit) * typeFactor;
}

function countSections(sections: OutlineTemplate['sections']): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

/** The short lines before the first heading: the document type and its title. */
function titleBlock(doc: DocumentModel, outline: DocumentOutline): string {
  const first = outline.headings[0]?.paragraph ?? Math.min(doc.paragraphs.length, 12);
  return doc.paragraphs
    .slice(0, first)
    .map((p) => p.text.trim())
    .filter((t) => t.length > 0 && t.length <= 200)
    .join(' ');
}

/** "BÁO CÁO", "KẾ HOẠCH"… on a line of its own before the first heading, folded ("bao cao"). */
function statedDocumentType(doc: DocumentModel, outline: DocumentOutline): string | undefined {
  const first = outline.headings[0]?.paragraph ?? Math.min(doc.paragraphs.length, 12);
  for (const p of doc.paragraphs.slice(0, first)) {
    const text = p.text.trim();
    if (
      text.length >= 4 &&
      text.length <= 20 &&
      text === text.toLocaleUpperCase('vi') &&
      /^\p{Lu}[\p{Lu} ]+$/u.test(text)
    ) {
      const folded = foldText(text);
      if (KNOWN_TYPES.has(folded)) return folded;
    }
  }
  return undefined;
}

const KNOWN_TYPES = new Set(
  [
    'Báo cáo',
    'Kế hoạch',
    'Nghị quyết',
    'Quyết định',
    'Chỉ thị',
    'Tờ trình',
    'Thông báo',
    'Hướng dẫn',
    'Chương trình',
    'Đề án',
    'Quy chế',
    'Quy định',
    'Kết luận',
  ].map(foldText),
);
