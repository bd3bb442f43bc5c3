/**
 * Presentation in the playground's DOM: fonts as inline styles on spans, paragraph layout as inline styles on the
 * paragraph element, page setup as a data attribute on the root (shown as its padding). What no element states
 * comes from the document stylesheet (pageStyles.ts), the playground's "Normal" style, mirrored here.
 */
import type { TextFormat } from '../core/edit';
import type { Alignment, FontInfo, ParagraphFormat, SectionInfo } from '../core/model';

/** pageStyles.ts: Times New Roman 14 pt, 6 pt after each paragraph, line-height 1.45; headings bold. */
export const NORMAL = { font: 'Times New Roman', size: 14, spaceAfterPt: 6, lineHeight: 1.45 };
/** A single line of Times New Roman is about 1.15 × its size (as the presentation rules count it). */
const SINGLE = 1.15;
/** The page the playground shows by default: A4 portrait, its padding as margins. */
export const DEFAULT_PAGE: Omit<SectionInfo, 'firstParagraph'> = {
  paperWidthMm: 210,
  paperHeightMm: 297,
  orientation: 'portrait',
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 20,
};

const PT_PER_MM = 72 / 25.4;

/** A CSS length in points (pt, px, mm, cm, in), or undefined. */
function toPt(value: string): number | undefined {
  const m = /^(-?[\d.]+)(pt|px|mm|cm|in)$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const factor: Record<string, number> = { pt: 1, px: 0.75, mm: PT_PER_MM, cm: 10 * PT_PER_MM, in: 72 };
  return n * factor[m[2]];
}
const round = (n: number) => Math.round(n * 100) / 100;

function explicitBold(el: HTMLElement): boolean | undefined {
  const w = el.style.fontWeight;
  if (w === 'bold' || Number(w) >= 600) return true;
  if (w === 'normal' || (w && Number(w) < 600)) return false;
  if (el.tagName === 'B' || el.tagName === 'STRONG' || el.hasAttribute('data-heading-level')) return true;
  return undefined;
}
function explicitItalic(el: HTMLElement): boolean | undefined {
  if (el.style.fontStyle === 'italic') return true;
  if (el.style.fontStyle === 'normal') return false;
  return el.tagName === 'I' || el.tagName === 'EM' ? true : undefined;
}
function explicitUnderline(el: HTMLElement): boolean | undefined {
  if (el.style.textDecoration.includes('underline')) return true;
  if (el.style.textDecoration === 'none') return false;
  return el.tagName === 'U' ? true : undefined;
}

function cssColorToHex(color: string): string | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()}`;
  return color === 'black' ? '#000000' : undefined;
}

/** The font inside element `from` (within paragraph `block`): the nearest element stating each property, else Normal. */
export function fontAt(from: HTMLElement | null, block: HTMLElement): FontInfo {
  const found: FontInfo = {};
  let headingLevel: number | undefined;
  for (let el = from; el; el = el === block ? null : el.parentElement) {
    found.bold ??= explicitBold(el);
    found.italic ??= explicitItalic(el);
    found.underline ??= explicitUnderline(el);
    if (found.name === undefined && el.style.fontFamily)
      found.name = el.style.fontFamily.replace(/["']/g, '').split(',')[0].trim();
    if (found.size === undefined && el.style.fontSize) found.size = toPt(el.style.fontSize);
    if (found.color === undefined && el.style.color) found.color = cssColorToHex(el.style.color);
    headingLevel ??= Number(el.getAttribute('data-heading-level')) || undefined;
    if (el === block) break;
  }
  return {
    name: found.name ?? NORMAL.font,
    size: round(found.size ?? NORMAL.size * (headingLevel === 1 ? 1.1 : 1)),
    bold: found.bold ?? false,
    italic: found.italic ?? false,
    underline: found.underline ?? false,
    color: found.color ?? '#000000',
  };
}

/** Paragraph layout as the element shows it. */
export function paragraphFormatOf(el: HTMLElement, size: number): ParagraphFormat {
  const stated = el.getAttribute('data-line-spacing');
  const m = stated ? /^(multiple|exact|atLeast):([\d.]+)$/.exec(stated) : null;
  const lineHeight = toPt(el.style.lineHeight);
  return {
    firstLineIndentMm: round((toPt(el.style.textIndent) ?? 0) / PT_PER_MM),
    leftIndentMm: round((toPt(el.style.marginLeft) ?? 0) / PT_PER_MM),
    rightIndentMm: round((toPt(el.style.marginRight) ?? 0) / PT_PER_MM),
    spaceBeforePt: round(toPt(el.style.marginTop) ?? 0),
    spaceAfterPt: round(toPt(el.style.marginBottom) ?? NORMAL.spaceAfterPt),
    lineSpacing: m
      ? { rule: m[1] as 'multiple' | 'exact' | 'atLeast', value: Number(m[2]) }
      : { rule: 'exact', value: round(lineHeight ?? NORMAL.lineHeight * size) },
  };
}

/** Writes paragraph layout as inline styles (line spacing also as data, so "1.5 lines" reads back as such). */
export function setParagraphFormat(el: HTMLElement, format: ParagraphFormat): void {
  const mm = (v: number) => `${round(v)}mm`;
  if (typeof format.firstLineIndentMm === 'number') el.style.textIndent = mm(format.firstLineIndentMm);
  if (typeof format.leftIndentMm === 'number') el.style.marginLeft = mm(format.leftIndentMm);
  if (typeof format.rightIndentMm === 'number') el.style.marginRight = mm(format.rightIndentMm);
  if (typeof format.spaceBeforePt === 'number') el.style.marginTop = `${round(format.spaceBeforePt)}pt`;
  if (typeof format.spaceAfterPt === 'number') el.style.marginBottom = `${round(format.spaceAfterPt)}pt`;
  const spacing = format.lineSpacing;
  if (spacing) {
    el.setAttribute('data-line-spacing', `${spacing.rule}:${spacing.value}`);
    el.style.lineHeight = spacing.rule === 'multiple' ? String(round(spacing.value * SINGLE)) : `${spacing.value}pt`;
  }
}

const ALIGN_TO_CSS: Record<Alignment, string> = {
  left: 'left',
  centered: 'center',
  right: 'right',
  justified: 'justify',
};

export function setAlignment(el: HTMLElement, alignment: Alignment): void {
  el.style.textAlign = ALIGN_TO_CSS[alignment];
}

function styleSpan(span: HTMLElement, set: TextFormat): void {
  if (set.font !== undefined) span.style.fontFamily = `"${set.font}"`;
  if (set.size !== undefined) span.style.fontSize = `${set.size}pt`;
  if (set.bold !== undefined) span.style.fontWeight = set.bold ? 'bold' : 'normal';
  if (set.italic !== undefined) span.style.fontStyle = set.italic ? 'italic' : 'normal';
  if (set.underline !== undefined) span.style.textDecoration = set.underline ? 'underline' : 'none';
  if (set.color !== undefined) span.style.color = set.color;
}

/**
 * Sets character formatting on a stretch of a paragraph (text never changes): each text node in the stretch is
 * split at its edges and wrapped in a span stating the properties, which wins over anything around it.
 */
export function setRangeFont(el: HTMLElement, start: number, length: number, set: TextFormat): void {
  const end = start + length;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* text */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let offset = 0;
  for (let node of nodes) {
    const from = offset;
    offset += node.data.length;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, offset) - from;
    if (b <= a) continue;
    if (b < node.data.length) node.splitText(b);
    if (a > 0) node = node.splitText(a);
    const span = el.ownerDocument.createElement('span');
    styleSpan(span, set);
    node.parentNode!.replaceChild(span, node);
    span.appendChild(node);
  }
}

/** The root's page setup (the playground has one section). */
export function pageOf(root: HTMLElement): Omit<SectionInfo, 'firstParagraph'> {
  const raw = root.getAttribute('data-page');
  try {
    return raw ? { ...DEFAULT_PAGE, ...(JSON.parse(raw) as Partial<SectionInfo>) } : { ...DEFAULT_PAGE };
  } catch {
    return { ...DEFAULT_PAGE };
  }
}

/** Stores the page setup and shows the margins as the root's padding. */
export function setPage(root: HTMLElement, page: Partial<SectionInfo>): void {
  const next = { ...pageOf(root), ...page };
  const { firstParagraph: _ignored, pageNumbers: _none, ...stored } = next as SectionInfo;
  root.setAttribute('data-page', JSON.stringify(stored));
  const mm = (v: number | undefined) => `${v ?? 0}mm`;
  root.style.padding = `${mm(next.marginTopMm)} ${mm(next.marginRightMm)} ${mm(next.marginBottomMm)} ${mm(next.marginLeftMm)}`;
}
