import type { LiteElement as Element } from './liteXml';
import type { ParagraphFormat } from '../core/model';
import { child, wAttr } from './xml';

/** Twentieths of a point (twips) to millimetres and points, rounded to 0.01. */
const round = (n: number) => Math.round(n * 100) / 100;
export const twipsToMm = (twips: number) => round((twips * 25.4) / 1440);
const twipsToPt = (twips: number) => round(twips / 20);

function num(el: Element | null, name: string): number | undefined {
  const v = wAttr(el, name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Word's "auto" spacing before/after (HTML-style): 14 pt. */
const AUTO_SPACING_PT = 14;

/**
 * Paragraph layout with full inheritance: docDefaults, the paragraph style chain (root first), then direct
 * formatting; each property is taken from the last layer that sets it. Unset everywhere = Word's defaults
 * (no indents, no spacing, single line spacing).
 */
export function paragraphFormat(layers: Array<Element | null>): ParagraphFormat {
  let firstLine = 0;
  let left = 0;
  let right = 0;
  let before = 0;
  let after = 0;
  let lineSpacing: NonNullable<ParagraphFormat['lineSpacing']> = { rule: 'multiple', value: 1 };
  for (const pPr of layers) {
    if (!pPr) continue;
    const ind = child(pPr, 'ind');
    if (ind) {
      const hanging = num(ind, 'hanging');
      const first = num(ind, 'firstLine');
      if (hanging !== undefined) firstLine = -hanging;
      else if (first !== undefined) firstLine = first;
      left = num(ind, 'left') ?? num(ind, 'start') ?? left;
      right = num(ind, 'right') ?? num(ind, 'end') ?? right;
    }
    const spacing = child(pPr, 'spacing');
    if (spacing) {
      const isOn = (name: string) => ['1', 'true', 'on'].includes(wAttr(spacing, name) ?? '');
      before = isOn('beforeAutospacing') ? AUTO_SPACING_PT * 20 : (num(spacing, 'before') ?? before);
      after = isOn('afterAutospacing') ? AUTO_SPACING_PT * 20 : (num(spacing, 'after') ?? after);
      const line = num(spacing, 'line');
      if (line !== undefined) {
        const rule = wAttr(spacing, 'lineRule') ?? 'auto';
        lineSpacing =
          rule === 'exact' || rule === 'atLeast'
            ? { rule, value: twipsToPt(line) }
            : { rule: 'multiple', value: round(line / 240) };
      }
    }
  }
  return {
    firstLineIndentMm: twipsToMm(firstLine),
    leftIndentMm: twipsToMm(left),
    rightIndentMm: twipsToMm(right),
    spaceBeforePt: twipsToPt(before),
    spaceAfterPt: twipsToPt(after),
    lineSpacing,
  };
}
