import type { PageSetupEdit } from '../../edit';
import { formatNumber, presentationContext } from '../../presentation/helpers';
import { severityOf } from '../../presentation/settings';
import type { SectionInfo } from '../../model';
import type { Rule, RuleContext } from '../../rule';

type MarginKey = 'marginTopMm' | 'marginBottomMm' | 'marginLeftMm' | 'marginRightMm';
const MARGINS: Array<[MarginKey, 'top' | 'bottom' | 'left' | 'right', string, string]> = [
  ['marginTopMm', 'top', 'trên', 'top'],
  ['marginBottomMm', 'bottom', 'dưới', 'bottom'],
  ['marginLeftMm', 'left', 'trái', 'left'],
  ['marginRightMm', 'right', 'phải', 'right'],
];

/** A4 portrait (landscape only for a section holding a table) and margins within the rule set's ranges. */
export const pageSetup: Rule = {
  meta: {
    id: 'page-setup',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['pageSetup'],
    description: { vi: 'Khổ giấy A4, hướng dọc, lề trang', en: 'A4 paper, portrait, page margins' },
    messages: {
      paper: {
        vi: 'Khổ giấy {actual} mm, quy định A4 (210 × 297 mm).',
        en: 'Paper is {actual} mm; the rule is A4 (210 × 297 mm).',
      },
      orientation: {
        vi: 'Trang nằm ngang; chỉ được dùng cho bảng, còn lại trình bày theo chiều dọc.',
        en: 'The page is landscape; that is only for tables, the rest is portrait.',
      },
      margins: {
        vi: 'Lề trang chưa đúng: {detailVi} — theo {ruleSet}.',
        en: 'Page margins: {detailEn} — per {ruleSet}.',
      },
    },
    source: 'HD 05-HD/VPTW mục IV.3, IV.4; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    const { candidates, settings } = presentationContext(ctx);
    const sections = ctx.doc.sections ?? [];
    sections.forEach((section, index) => {
      const at = anchor(ctx, section);
      const page = candidates[0].page;
      const { widthMm: w, heightMm: h } = page.paper;
      const tol = candidates[0].tolerance.paperMm;
      const pw = section.paperWidthMm;
      const ph = section.paperHeightMm;
      if (pw !== undefined && ph !== undefined) {
        const a4 =
          (Math.abs(pw - w) <= tol && Math.abs(ph - h) <= tol) || (Math.abs(pw - h) <= tol && Math.abs(ph - w) <= tol);
        if (!a4) {
          const fix: PageSetupEdit = {
            kind: 'setPageSetup',
            section: index,
            expected: { paperWidthMm: pw, paperHeightMm: ph },
            set:
              section.orientation === 'landscape'
                ? { paperWidthMm: h, paperHeightMm: w }
                : { paperWidthMm: w, paperHeightMm: h },
          };
          ctx.report({
            ...at,
            messageId: 'paper',
            data: { actual: `${formatNumber(pw)} × ${formatNumber(ph)}` },
            severity: severityOf(page.paper.confidence),
            fix: [fix],
          });
        }
      }
      const landscape = section.orientation === 'landscape';
      if (landscape && !holdsTable(ctx, sections, index)) {
        ctx.report({ ...at, messageId: 'orientation', severity: 'warning' });
      }
      // A landscape page for a table keeps its own margins; with no profile the margins are not judged.
      if (landscape || !settings) return;
      const margins = settings.page.margins;
      const mtol = settings.tolerance.marginMm;
      const expected: PageSetupEdit['expected'] = {};
      const set: PageSetupEdit['set'] = {};
      const vi: string[] = [];
      const en: string[] = [];
      for (const [key, side, sideVi, sideEn] of MARGINS) {
        const actual = section[key];
        const range = rangeOption(ctx, side) ?? margins[side];
        if (actual === undefined || (actual >= range[0] - mtol && actual <= range[1] + mtol)) continue;
        expected[key] = actual;
        set[key] = actual < range[0] ? range[0] : range[1];
        const want =
          range[0] === range[1] ? `${formatNumber(range[0])}` : `${formatNumber(range[0])}–${formatNumber(range[1])}`;
        vi.push(`lề ${sideVi} ${formatNumber(actual)} mm (quy định ${want} mm)`);
        en.push(`${sideEn} ${formatNumber(actual)} mm (the rule is ${want} mm)`);
      }
      if (!vi.length) return;
      ctx.report({
        ...at,
        messageId: 'margins',
        data: { detailVi: vi.join(', '), detailEn: en.join(', '), ruleSet: settings.name },
        severity: severityOf(margins.confidence),
        fix: [{ kind: 'setPageSetup', section: index, expected, set }],
      });
    });
  },
};

/** Option `margins: { top: [20, 25], … }` overrides a range. */
function rangeOption(ctx: RuleContext, side: string): [number, number] | undefined {
  const margins = ctx.options.margins as Record<string, unknown> | undefined;
  const v = margins?.[side];
  return Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number')
    ? (v as [number, number])
    : undefined;
}

/** The section holds a table of content (the header's and signature's layout tables do not count). */
function holdsTable(ctx: RuleContext, sections: SectionInfo[], index: number): boolean {
  const { analysis } = presentationContext(ctx);
  const layout = new Set(
    [...analysis.lines.slice(0, analysis.bodyStart), ...analysis.lines.slice(analysis.bodyEnd)]
      .map((l) => ctx.doc.paragraphs[l.paragraph].cell?.table)
      .filter((t) => t !== undefined),
  );
  const from = sections[index].firstParagraph;
  const to = sections[index + 1]?.firstParagraph ?? ctx.doc.paragraphs.length;
  return ctx.doc.paragraphs.slice(from, to).some((p) => p.cell && !layout.has(p.cell.table));
}

export function anchor(ctx: RuleContext, section: SectionInfo): { paragraph: number; start: number; length: number } {
  const paragraphs = ctx.doc.paragraphs;
  let i = Math.min(section.firstParagraph, Math.max(0, paragraphs.length - 1));
  while (i < paragraphs.length - 1 && !paragraphs[i].text.trim()) i++;
  const text = paragraphs[i]?.text ?? '';
  const start = text.length - text.trimStart().length;
  return { paragraph: i, start, length: text.trim().length };
}
