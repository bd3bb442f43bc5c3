import { commonFont, fontEdit, fontsIn, presentationContext } from '../../presentation/helpers';
import { checkBodyRuns } from '../../presentation/bodyRule';
import type { Rule } from '../../rule';

/** Every paragraph in Times New Roman (or the office's font, option `font`), in black. */
export const presentationFont: Rule = {
  meta: {
    id: 'presentation-font',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['fonts'],
    description: { vi: 'Phông chữ Times New Roman, màu đen', en: 'Times New Roman font, in black' },
    messages: {
      font: {
        vi: 'Phông chữ {actual}, quy định {font} (đoạn {span}).',
        en: 'Font {actual}; the rule is {font} (paragraphs {span}).',
      },
      color: {
        vi: 'Chữ màu {actual}, quy định màu đen (đoạn {span}).',
        en: 'Text colour {actual}; the rule is black (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW mục IV.1; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    const { candidates } = presentationContext(ctx);
    const wanted = typeof ctx.options.font === 'string' ? ctx.options.font : candidates[0].font.name;
    const order = ctx.doc.paragraphs
      .map((p, i) => (!p.showsPlaceholder && /[\p{L}\p{N}]/u.test(p.text) ? i : -1))
      .filter((i) => i >= 0);
    checkBodyRuns(
      ctx,
      order,
      (doc, i, settings) => {
        const fonts = fontsIn(doc.paragraphs[i]);
        const other = fonts.find((f) => typeof f.name === 'string' && !sameFamily(f.name, wanted));
        if (!other) return null;
        return {
          fix: fontEdit(doc, i, { font: wanted }),
          data: { actual: commonFont(fonts).name ?? other.name!, font: wanted },
          confidence: settings.font.confidence,
        };
      },
      'font',
    );
    checkBodyRuns(
      ctx,
      order,
      (doc, i, settings) => {
        const fonts = fontsIn(doc.paragraphs[i]);
        const black = settings.font.color;
        const other = fonts.find((f) => typeof f.color === 'string' && f.color !== black);
        if (!other) return null;
        return {
          fix: fontEdit(doc, i, { color: black }),
          data: { actual: other.color! },
          confidence: settings.font.confidence,
        };
      },
      'color',
    );
  },
};

/** "Times New Roman Bold" (a face some converters name) is Times New Roman. */
function sameFamily(name: string, wanted: string): boolean {
  const a = name.toLowerCase().trim();
  const b = wanted.toLowerCase().trim();
  return a === b || (a.startsWith(`${b} `) && /^(bold|italic|regular|bold italic)$/.test(a.slice(b.length + 1)));
}
