import type { LiteElement as Element } from './liteXml';
import type { Alignment, SectionInfo } from '../core/model';
import { twipsToMm } from './presentation';
import { readAlignment, type StyleSheet } from './styles';
import { child, childVal, children, isW, onOff, wAttr } from './xml';

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A section's properties and the index of its first paragraph. */
export interface SectionBreak {
  sectPr: Element;
  firstParagraph: number;
}

/** Finds a header/footer part by relationship id (already parsed), or null. */
export type PartResolver = (relationshipId: string) => Element | null;

type HfType = 'default' | 'first' | 'even';
type HfRefs = Partial<Record<HfType, string>>;

interface PageNumberSpot {
  alignment: Alignment;
}

/**
 * Page setup of each section (w:sectPr: pgSz, pgMar, titlePg) and where its page numbers are: a PAGE field in
 * the header or footer parts the section uses (a section without a reference inherits the previous section's).
 */
export function readSections(breaks: SectionBreak[], resolve: PartResolver, styles: StyleSheet): SectionInfo[] {
  const cache = new Map<string, PageNumberSpot | null>();
  const pageNumberIn = (id: string | undefined): PageNumberSpot | null => {
    if (!id) return null;
    if (!cache.has(id)) cache.set(id, findPageField(resolve(id), styles));
    return cache.get(id)!;
  };
  let headers: HfRefs = {};
  let footers: HfRefs = {};
  return breaks.map(({ sectPr, firstParagraph }) => {
    headers = { ...headers, ...references(sectPr, 'headerReference') };
    footers = { ...footers, ...references(sectPr, 'footerReference') };
    const info: SectionInfo = { firstParagraph };
    const pgSz = child(sectPr, 'pgSz');
    const width = Number(wAttr(pgSz, 'w'));
    const height = Number(wAttr(pgSz, 'h'));
    if (width > 0 && height > 0) {
      info.paperWidthMm = twipsToMm(width);
      info.paperHeightMm = twipsToMm(height);
    }
    const orient = wAttr(pgSz, 'orient');
    info.orientation = orient === 'landscape' || (!orient && width > height) ? 'landscape' : 'portrait';
    const pgMar = child(sectPr, 'pgMar');
    const margin = (name: string) => {
      const v = Number(wAttr(pgMar, name));
      return pgMar && Number.isFinite(v) && wAttr(pgMar, name) !== null ? twipsToMm(Math.abs(v)) : undefined;
    };
    const fields: Array<[keyof SectionInfo, string]> = [
      ['marginTopMm', 'top'],
      ['marginBottomMm', 'bottom'],
      ['marginLeftMm', 'left'],
      ['marginRightMm', 'right'],
      ['headerDistanceMm', 'header'],
      ['footerDistanceMm', 'footer'],
    ];
    for (const [key, attr] of fields) {
      const v = margin(attr);
      if (v !== undefined) (info as unknown as Record<string, number>)[key] = v;
    }
    const titlePage = onOff(sectPr, 'titlePg') === true;
    const inHeader = pageNumberIn(headers.default);
    const inFooter = inHeader ? null : pageNumberIn(footers.default);
    const spot = inHeader ?? inFooter;
    if (!spot) info.pageNumbers = { present: false };
    else {
      const first = inHeader ? headers.first : footers.first;
      info.pageNumbers = {
        present: true,
        place: inHeader ? 'header' : 'footer',
        alignment: spot.alignment,
        hiddenOnFirstPage: titlePage && !pageNumberIn(first),
      };
    }
    return info;
  });
}

function references(sectPr: Element, local: string): HfRefs {
  const out: HfRefs = {};
  for (const ref of children(sectPr, local)) {
    const type = (wAttr(ref, 'type') ?? 'default') as HfType;
    const id = ref.getAttributeNS(R_NS, 'id') || ref.getAttribute('r:id');
    if (id && ['default', 'first', 'even'].includes(type)) out[type] = id;
  }
  return out;
}

/** The first paragraph of a header/footer part holding a PAGE field (simple or complex), with its alignment. */
function findPageField(root: Element | null, styles: StyleSheet): PageNumberSpot | null {
  if (!root) return null;
  for (const p of Array.from(root.getElementsByTagNameNS('*', 'p'))) {
    if (!isW(p, 'p') || !hasPageField(p)) continue;
    // A text box's paragraph inside this one: take the innermost.
    if (Array.from(p.getElementsByTagNameNS('*', 'p')).some((inner) => isW(inner, 'p'))) continue;
    const pPr = child(p, 'pPr');
    const alignment = readAlignment(pPr) ?? styles.alignment(childVal(pPr, 'pStyle') ?? undefined) ?? 'left';
    return { alignment };
  }
  return null;
}

const PAGE_INSTR = /^\s*PAGE(?![A-Z])/i;

function hasPageField(p: Element): boolean {
  for (const el of Array.from(p.getElementsByTagNameNS('*', 'fldSimple')))
    if (PAGE_INSTR.test(wAttr(el, 'instr') ?? '')) return true;
  for (const el of Array.from(p.getElementsByTagNameNS('*', 'instrText')))
    if (PAGE_INSTR.test(el.textContent ?? '')) return true;
  return false;
}
