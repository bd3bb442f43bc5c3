import type { DocumentModel, FontInfo, Paragraph, RunInfo, TableCellPosition } from '../core/model';
import { isOwnTag } from '../core/tags';
import { DocxReadError } from './errors';
import { Numbering } from './numbering';
import { paragraphFormat } from './presentation';
import { readSections, type SectionBreak } from './sections';
import {
  mergeRunProps,
  readAlignment,
  readNumPr,
  readRunProps,
  StyleSheet,
  type RunProps,
  type ThemeFonts,
} from './styles';
import { parseLiteXml, XmlSyntaxError, type LiteElement as Element } from './liteXml';
import { child, childVal, elementChildren, isW, isWordElement, onOff, wAttr } from './xml';
import { ZipArchive, type ZipLimits } from './zip';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/**
 * Reads a .docx (Word 2007+) file into the document model: body paragraphs in document order, including those in
 * table cells and content controls, with the text Word shows, styles, list numbers, alignment and fonts.
 * Throws DocxReadError (Vietnamese + English message) for legacy .doc, encrypted, non-zip or non-Word files.
 */
export function readDocx(bytes: Uint8Array, name?: string, limits?: ZipLimits): DocumentModel {
  const pkg = openPackage(bytes, limits);
  const mainPath = mainDocumentPath(pkg);
  const mainXml = pkg.get(mainPath.toLowerCase());
  if (!mainXml) throw new DocxReadError('not-word');
  const related = relatedParts(pkg, mainPath);

  const theme = readTheme(pkg, related.theme);
  const styles = new StyleSheet(xmlRoot(pkg, related.styles ?? 'word/styles.xml'), theme);
  const numbering = new Numbering(xmlRoot(pkg, related.numbering ?? 'word/numbering.xml'), (id) =>
    styles.numIdOfStyle(id),
  );
  const document = parseRoot(mainXml, mainPath);
  const body = child(document, 'body');
  if (!body) throw new DocxReadError('not-word');

  const reader = new BodyReader(styles, numbering);
  reader.block(body, {});
  const sections = readSections(reader.sectionBreaks(child(body, 'sectPr')), partResolver(pkg, mainPath), styles);
  return {
    paragraphs: reader.paragraphs,
    meta: name ? { name } : {},
    sections,
    capabilities: { fonts: true, paragraphFormat: true, pageSetup: sections.length > 0, pageNumbers: true },
  };
}

/** Parts by name, inflated only when asked for (images, embedded objects and unused parts never are). */
interface Package {
  get(path: string): Uint8Array | undefined;
}

export function openPackage(bytes: Uint8Array, limits?: ZipLimits): Package & { archive: ZipArchive } {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new DocxReadError(containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacy-doc');
  }
  const isZip =
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  if (!isZip) throw new DocxReadError('not-zip');
  const archive = new ZipArchive(bytes, limits);
  const cache = new Map<string, Uint8Array | undefined>();
  return {
    archive,
    get(path) {
      const key = path.toLowerCase();
      if (!cache.has(key)) cache.set(key, archive.read(key));
      return cache.get(key);
    },
  };
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const decoder = new TextDecoder('utf-8');

/** A DTD could declare entities that expand without bound or point outside the file: never parsed. */
const DTD = /<!(DOCTYPE|ENTITY)/i;

function parseRoot(data: Uint8Array, path: string): Element {
  const text = decoder.decode(data);
  const dtd = DTD.exec(text);
  if (dtd) throw new DocxReadError('dtd', `${path}: <!${dtd[1]}`);
  try {
    return parseLiteXml(text).documentElement;
  } catch (e) {
    // The parser's reason is one line with a line:column and none of the document's text.
    if (!(e instanceof XmlSyntaxError)) throw e;
    throw new DocxReadError('corrupt', `${path}: XML sai cú pháp / malformed XML (${e.message.slice(0, 160)})`);
  }
}

function xmlRoot(pkg: Package, path: string | undefined): Element | null {
  const data = path ? pkg.get(path.toLowerCase()) : undefined;
  return data ? parseRoot(data, path!) : null;
}

function relationships(
  pkg: Package,
  relsPath: string,
  baseDir: string,
): Array<{ id: string; type: string; target: string }> {
  const root = xmlRoot(pkg, relsPath);
  if (!root) return [];
  return elementChildren(root)
    .filter((r) => r.localName === 'Relationship' && r.getAttribute('TargetMode') !== 'External')
    .map((r) => ({
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      target: resolvePath(baseDir, r.getAttribute('Target') ?? ''),
    }));
}

/** Header and footer parts of the main document by relationship id (for page numbers). */
function partResolver(pkg: Package, mainPath: string): (id: string) => Element | null {
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/')) : '';
  const file = mainPath.slice(mainPath.lastIndexOf('/') + 1);
  const rels = relationships(pkg, `${dir ? `${dir}/` : ''}_rels/${file}.rels`, dir);
  return (id) => {
    const rel = rels.find((r) => r.id === id && /\/(header|footer)$/.test(r.type));
    if (!rel) return null;
    try {
      return xmlRoot(pkg, rel.target);
    } catch {
      return null; // a broken header part does not make the document unreadable
    }
  };
}

function resolvePath(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function mainDocumentPath(pkg: Package): string {
  const main = relationships(pkg, '_rels/.rels', '').find((r) => /\/officeDocument$/.test(r.type));
  return main?.target ?? 'word/document.xml';
}

function relatedParts(pkg: Package, mainPath: string): { styles?: string; numbering?: string; theme?: string } {
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/')) : '';
  const file = mainPath.slice(mainPath.lastIndexOf('/') + 1);
  const rels = relationships(pkg, `${dir ? `${dir}/` : ''}_rels/${file}.rels`, dir);
  const find = (kind: string) => rels.find((r) => r.type.endsWith(`/${kind}`))?.target;
  return { styles: find('styles'), numbering: find('numbering'), theme: find('theme') };
}

function readTheme(pkg: Package, path: string | undefined): ThemeFonts {
  const root = xmlRoot(pkg, path ?? 'word/theme/theme1.xml');
  if (!root) return {};
  const latin = (scheme: string) => {
    const font = root.getElementsByTagNameNS('*', scheme)[0];
    const el = font ? elementChildren(font).find((c) => c.localName === 'latin') : undefined;
    return el?.getAttribute('typeface') || undefined;
  };
  return { major: latin('majorFont'), minor: latin('minorFont') };
}

interface BlockContext {
  cell?: TableCellPosition;
  /** Innermost content control of this add-in around the block. */
  controlTag?: string;
  /** The innermost content control around the block shows its placeholder. */
  showsPlaceholder?: boolean;
}

interface Segment {
  text: string;
  props: RunProps;
}

interface InlineState {
  segments: Segment[];
  paragraphStyle?: string;
  controlTag?: string;
  showsPlaceholder?: boolean;
}

/** Symbol-font characters (w:sym) with a common Unicode equivalent. */
const SYMBOL_CHARS: Record<number, string> = {
  0xf0b7: '•',
  0xf0a7: '▪',
  0xf02d: '-',
  0xf0fc: '✓',
  0xf0e0: '→',
  0xf0d8: '➢',
};

class BodyReader {
  readonly paragraphs: Paragraph[] = [];
  private tableCount = 0;
  /** Sections ended by a paragraph's w:sectPr. */
  private readonly breaks: SectionBreak[] = [];
  private sectionStart = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
  ) {}

  block(container: Element, ctx: BlockContext): void {
    for (const el of elementChildren(container)) {
      if (isW(el, 'p')) this.paragraph(el, ctx);
      else if (isW(el, 'tbl')) this.table(el, ctx);
      else if (isW(el, 'sdt')) this.block(child(el, 'sdtContent') ?? el, controlContext(el, ctx));
      else if (isW(el, 'customXml') || isW(el, 'ins') || isW(el, 'moveTo')) this.block(el, ctx);
    }
  }

  /** Every section in order; the body's final w:sectPr closes the last one. */
  sectionBreaks(finalSectPr: Element | null): SectionBreak[] {
    return finalSectPr ? [...this.breaks, { sectPr: finalSectPr, firstParagraph: this.sectionStart }] : this.breaks;
  }

  private table(tbl: Element, ctx: BlockContext): void {
    const table = this.tableCount++;
    let row = 0;
    for (const [tr, rowCtx] of wrapped(tbl, 'tr', ctx)) {
      let cell = 0;
      for (const [tc, cellCtx] of wrapped(tr, 'tc', rowCtx)) {
        this.block(tc, { ...cellCtx, cell: { table, row, cell } });
        cell++;
      }
      row++;
    }
  }

  private paragraph(p: Element, ctx: BlockContext): void {
    const pPr = child(p, 'pPr');
    const paragraphStyle = childVal(pPr, 'pStyle') ?? undefined;
    const state: InlineState = { segments: [], paragraphStyle };
    this.inline(p, state);

    const text = state.segments.map((s) => s.text).join('');
    const runs = toRuns(state.segments);
    const markProps = mergeRunProps(
      this.styles.runProps(paragraphStyle, undefined),
      readRunProps(child(pPr, 'rPr'), this.styles.theme),
    );
    const paragraph: Paragraph = { text };
    const styleName = this.styles.paragraphStyleName(paragraphStyle);
    if (styleName) paragraph.styleName = styleName;
    const headingLevel = this.styles.headingLevel(paragraphStyle);
    if (headingLevel) paragraph.headingLevel = headingLevel;

    const direct = readNumPr(pPr);
    const fromStyle = this.styles.numPr(paragraphStyle);
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId !== undefined) {
      const listString = this.numbering.next(numId, direct?.ilvl ?? fromStyle?.ilvl ?? 0);
      if (listString !== undefined) {
        paragraph.isListItem = true;
        paragraph.listString = listString;
      }
    }
    paragraph.alignment = readAlignment(pPr) ?? this.styles.alignment(paragraphStyle) ?? 'left';
    paragraph.format = paragraphFormat([...this.styles.paragraphPropsLayers(paragraphStyle), pPr]);
    if (ctx.cell) paragraph.cell = ctx.cell;
    paragraph.font = runs.length ? uniformFont(runs.map((r) => r.font)) : toFont(markProps);
    paragraph.runs = runs;
    const controlTag = ctx.controlTag ?? state.controlTag;
    if (controlTag) paragraph.controlTag = controlTag;
    if (ctx.showsPlaceholder || state.showsPlaceholder) paragraph.showsPlaceholder = true;
    this.paragraphs.push(paragraph);
    const sectPr = child(pPr, 'sectPr');
    if (sectPr) {
      this.breaks.push({ sectPr, firstParagraph: this.sectionStart });
      this.sectionStart = this.paragraphs.length;
    }
  }

  /** Collects the visible text of a paragraph's content: runs, hyperlinks, insertions, inline controls. */
  private inline(container: Element, state: InlineState): void {
    for (const el of elementChildren(container)) {
      if (isW(el, 'r')) this.run(el, state);
      else if (isW(el, 'sdt')) {
        const sdtPr = child(el, 'sdtPr');
        const tag = wAttr(child(sdtPr, 'tag'), 'val');
        if (isOwnTag(tag ?? undefined)) state.controlTag = tag!;
        if (onOff(sdtPr, 'showingPlcHdr')) state.showsPlaceholder = true;
        this.inline(child(el, 'sdtContent') ?? el, state);
      } else if (isW(el, 'del') || isW(el, 'moveFrom')) {
        // Tracked deletions are not part of the text Word shows in its final view.
      } else if (
        isWordElement(el) &&
        ['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo'].includes(el.localName ?? '')
      ) {
        this.inline(el, state);
      } else if (el.namespaceURI === MATH_NS && (el.localName === 'oMath' || el.localName === 'oMathPara')) {
        const mathText = Array.from(el.getElementsByTagNameNS(MATH_NS, 't'))
          .map((t) => t.textContent ?? '')
          .join('');
        if (mathText)
          state.segments.push({ text: mathText, props: this.styles.runProps(state.paragraphStyle, undefined) });
      }
    }
  }

  private run(r: Element, state: InlineState): void {
    const rPr = child(r, 'rPr');
    const props = mergeRunProps(
      this.styles.runProps(state.paragraphStyle, childVal(rPr, 'rStyle') ?? undefined),
      readRunProps(rPr, this.styles.theme),
    );
    let text = '';
    for (const el of elementChildren(r)) {
      if (!isWordElement(el)) continue;
      switch (el.localName) {
        case 't':
          text += el.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          text += '\t';
          break;
        case 'br': {
          const type = wAttr(el, 'type');
          // Page and column breaks move text without adding a character a reader sees as part of the sentence.
          if (type !== 'page' && type !== 'column') text += '\v';
          break;
        }
        case 'cr':
          text += '\v';
          break;
        case 'noBreakHyphen':
          // Shown as an ordinary hyphen; rules look for "-" in numbers such as "30/2020/NĐ-CP".
          text += '-';
          break;
        case 'sym': {
          const code = parseInt(wAttr(el, 'char') ?? '', 16);
          if (Number.isFinite(code))
            text += SYMBOL_CHARS[code] ?? String.fromCharCode(code >= 0xf020 && code <= 0xf07e ? code - 0xf000 : code);
          break;
        }
      }
    }
    if (text) state.segments.push({ text, props });
  }
}

/** Children named `local` of a table or row, looking through row/cell-level content controls and custom XML. */
function wrapped(container: Element, local: string, ctx: BlockContext): Array<[Element, BlockContext]> {
  const out: Array<[Element, BlockContext]> = [];
  for (const el of elementChildren(container)) {
    if (isW(el, local)) out.push([el, ctx]);
    else if (isW(el, 'sdt')) out.push(...wrapped(child(el, 'sdtContent') ?? el, local, controlContext(el, ctx)));
    else if (isW(el, 'customXml')) out.push(...wrapped(el, local, ctx));
  }
  return out;
}

function controlContext(sdt: Element, ctx: BlockContext): BlockContext {
  const sdtPr = child(sdt, 'sdtPr');
  const tag = wAttr(child(sdtPr, 'tag'), 'val') ?? undefined;
  return {
    ...ctx,
    controlTag: isOwnTag(tag) ? tag : ctx.controlTag,
    showsPlaceholder: onOff(sdtPr, 'showingPlcHdr') === true,
  };
}

function toFont(props: RunProps): FontInfo {
  const font: FontInfo = {
    bold: props.bold ?? false,
    italic: props.italic ?? false,
    underline: props.underline ?? false,
  };
  if (props.name !== undefined) font.name = props.name;
  if (props.size !== undefined) font.size = props.size;
  if (props.color !== undefined) font.color = props.color;
  return font;
}

function sameFont(a: FontInfo, b: FontInfo): boolean {
  return (
    a.name === b.name &&
    a.size === b.size &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.color === b.color
  );
}

/** Adjacent segments with the same formatting become one run. */
function toRuns(segments: Segment[]): RunInfo[] {
  const runs: RunInfo[] = [];
  let offset = 0;
  for (const s of segments) {
    const font = toFont(s.props);
    const last = runs[runs.length - 1];
    if (last && sameFont(last.font, font)) last.length += s.text.length;
    else runs.push({ start: offset, length: s.text.length, font });
    offset += s.text.length;
  }
  return runs;
}

/** One value per property when every run agrees, null when they differ (as Word reports a mixed range). */
function uniformFont(fonts: FontInfo[]): FontInfo {
  const keys: Array<keyof FontInfo> = ['name', 'size', 'bold', 'italic', 'underline', 'color'];
  const out: FontInfo = {};
  for (const key of keys) {
    const values = new Set(fonts.map((f) => f[key]));
    const [only] = values;
    if (values.size > 1) (out as Record<string, unknown>)[key] = null;
    else if (only !== undefined) (out as Record<string, unknown>)[key] = only;
  }
  return out;
}
