import type { Rule } from '../../rule';
import { withToneStyle, type ToneStyle } from '../../vi/syllable';
import { infoOf, summaryOf, type ParagraphInfo } from './analysis';

/** A word whose tone placement shows a style (only open oa, oe, uy with a tone differ between the styles). */
interface Styled {
  /** Index of the word in the paragraph. */
  at: number;
  style: ToneStyle;
}

const NONE: Styled[] = [];

/** The styled words of one paragraph (from the shared syllable analysis of each word). */
function summarise(info: ParagraphInfo): Styled[] {
  let out: Styled[] | null = null;
  const { entries, words } = info;
  for (let i = 0; i < entries.length; i++) {
    const style = entries[i].info?.style;
    if (!style || words[i].text.length < 2) continue;
    (out ??= []).push({ at: i, style });
  }
  return out ?? NONE;
}

const STYLE_NAMES: Record<ToneStyle, { vi: string; en: string }> = {
  old: { vi: 'kiểu cũ (hòa, ủy)', en: 'old style (hòa, ủy)' },
  new: { vi: 'kiểu mới (hoà, uỷ)', en: 'new style (hoà, uỷ)' },
};

/**
 * Both tone placements (hòa/hoà, ủy/uỷ, khỏe/khoẻ) are correct; one document should use one. Flags the minority
 * placement, or every word not in CheckConfig.toneStyle when an office has chosen one. On a tie, the words the
 * document writes one way only decide (its other oa/oe/uy syllables), then the style used first.
 */
export const toneStyleMix: Rule = {
  meta: {
    id: 'tone-style-mix',
    category: 'spelling',
    defaultSeverity: 'info',
    description: { vi: 'Trộn hai kiểu đặt dấu thanh (hòa/hoà)', en: 'Two tone-mark placements mixed (hòa/hoà)' },
    messages: {
      mixed: {
        vi: 'Văn bản trộn hai kiểu đặt dấu: “{word}” khác với kiểu chủ đạo {style} ({majority} chỗ); nên viết “{replacement}”.',
        en: 'Tone placement mixed: “{word}” differs from the document’s {styleEn} ({majority} places); write “{replacement}”.',
      },
      preferred: {
        vi: 'Cơ quan chọn đặt dấu {style}: nên viết “{replacement}”.',
        en: 'The office uses the {styleEn}: write “{replacement}”.',
      },
    },
    source: 'HD 36-HD/VPTW, Phụ lục 3 (HUYỆN UỶ ĐỊNH HOÁ); hai kiểu đều đúng chính tả',
    bulkSafe: true,
  },
  checkDocument(context) {
    const found: Array<{ paragraph: number; start: number; end: number; text: string; style: ToneStyle; key: string }> =
      [];
    const counts: Record<ToneStyle, number> = { old: 0, new: 0 };
    /** Styles seen for each word (bit 1 old, bit 2 new). */
    const stylesOf = new Map<string, number>();
    const paragraphs = context.doc.paragraphs;
    for (let index = 0; index < paragraphs.length; index++) {
      const info = infoOf(context, index);
      for (const { at, style } of summaryOf(info, 'tone-style', summarise)) {
        const w = info.words[at];
        const key = info.keys[at];
        counts[style]++;
        found.push({ paragraph: index, start: w.start, end: w.end, text: w.text, style, key });
        stylesOf.set(key, (stylesOf.get(key) ?? 0) | (style === 'old' ? 1 : 2));
      }
    }
    const chosen = context.config.toneStyle;
    let target: ToneStyle;
    if (chosen === 'old' || chosen === 'new') target = chosen;
    else if (!counts.old || !counts.new) return;
    else if (counts.old !== counts.new) target = counts.old > counts.new ? 'old' : 'new';
    else {
      // A tie: the style of the words written one way only decides, then the style used first.
      const settled: Record<ToneStyle, number> = { old: 0, new: 0 };
      for (const f of found) if (stylesOf.get(f.key) !== 3) settled[f.style]++;
      target = settled.old !== settled.new ? (settled.old > settled.new ? 'old' : 'new') : found[0].style;
    }
    for (const f of found) {
      if (f.style === target) continue;
      const replacement = withToneStyle(f.text, target);
      if (!replacement) continue;
      context.report({
        paragraph: f.paragraph,
        start: f.start,
        length: f.end - f.start,
        messageId: chosen === target ? 'preferred' : 'mixed',
        data: {
          word: f.text,
          replacement,
          style: STYLE_NAMES[target].vi,
          styleEn: STYLE_NAMES[target].en,
          majority: counts[target],
        },
        fix: [{ start: f.start, length: f.end - f.start, replacement }],
      });
    }
  },
};
