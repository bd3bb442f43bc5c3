/**
 * The playground's document lives in a contenteditable element: one block element per paragraph, tables as
 * <table>, content controls as elements carrying data-tag, guidance placeholders as empty paragraphs carrying
 * data-placeholder. These functions convert between that DOM and the document model, and carry out edits on it.
 * They use only standard DOM APIs, so they run under jsdom as well as in the browser.
 */
import type { BlockItem, ParagraphSpec, RunSpec, TableSpec, TextFormat } from '../core/edit';
import type {
  Alignment,
  DocumentMeta,
  DocumentModel,
  FontInfo,
  Paragraph,
  RunInfo,
  TableCellPosition,
} from '../core/model';
import { fontAt, NORMAL, pageOf, paragraphFormatOf, setParagraphFormat } from './presentation';

/** One paragraph of the editable document and where it sits. */
export interface ParagraphBlock {
  element: HTMLElement;
  cell?: TableCellPosition;
}

const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'UL', 'OL', 'MAIN', 'HEADER', 'FOOTER']);
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'DIV', 'BLOCKQUOTE']);
const BLOCK_TAGS = new Set([...CONTAINER_TAGS, ...PARAGRAPH_TAGS, 'TABLE', 'HR']);

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.childNodes).some(isBlock);
}

/** A leftover run of inline content (typed straight into a container) becomes its own paragraph. */
export function normalizeBlocks(container: HTMLElement): void {
  const doc = container.ownerDocument;
  let pending: Node[] = [];
  const flush = (before: Node | null) => {
    if (pending.some((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '' || isElement(n))) {
      const p = doc.createElement('p');
      container.insertBefore(p, before);
      for (const n of pending) p.appendChild(n);
    }
    pending = [];
  };
  for (const child of Array.from(container.childNodes)) {
    if (isBlock(child)) {
      flush(child);
      if (isElement(child) && child.tagName !== 'TABLE' && CONTAINER_TAGS.has(child.tagName) && hasBlockChild(child)) {
        normalizeBlocks(child);
      }
    } else if (child.nodeType === 3 || isElement(child)) {
      pending.push(child);
    }
  }
  flush(null);
}

/** The paragraphs of the editable document in reading order, with their table-cell positions. */
export function collectParagraphs(root: HTMLElement): ParagraphBlock[] {
  const blocks: ParagraphBlock[] = [];
  let tableIndex = 0;
  const walk = (container: Element) => {
    for (const child of Array.from(container.children) as HTMLElement[]) {
      if (child.tagName === 'TABLE') {
        collectTable(child as HTMLTableElement, tableIndex++, blocks);
      } else if (PARAGRAPH_TAGS.has(child.tagName) && !hasBlockChild(child)) {
        blocks.push({ element: child });
      } else if (BLOCK_TAGS.has(child.tagName)) {
        walk(child);
      }
    }
  };
  walk(root);
  return blocks;
}

function collectTable(table: HTMLTableElement, index: number, out: ParagraphBlock[]): void {
  Array.from(table.rows).forEach((row, r) => {
    Array.from(row.cells).forEach((cell, c) => {
      const position = { table: index, row: r, cell: c };
      const paragraphs = Array.from(cell.children).filter(
        (el): el is HTMLElement => PARAGRAPH_TAGS.has(el.tagName) && !hasBlockChild(el),
      );
      // A cell without paragraph elements is one paragraph itself (Word has at least one per cell).
      if (paragraphs.length === 0) out.push({ element: cell, cell: position });
      else for (const p of paragraphs) out.push({ element: p, cell: position });
    });
  });
}

/**
 * Text pieces of a paragraph element in order: text nodes, and <br> as a line break. The last <br> is the
 * browser's filler for an empty or line-ending paragraph and is not text.
 */
function textPieces(el: HTMLElement): Array<{ node: Node; text: string }> {
  const pieces: Array<{ node: Node; text: string }> = [];
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 | 0x4 /* elements | text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) pieces.push({ node, text: (node as Text).data });
    else if ((node as Element).tagName === 'BR') pieces.push({ node, text: '\n' });
  }
  const last = pieces[pieces.length - 1];
  if (last && last.node.nodeType === 1) last.text = '';
  return pieces;
}

/** The text the user sees in a paragraph element, exactly (no trimming, no whitespace collapsing). */
export function elementText(el: HTMLElement): string {
  return textPieces(el)
    .map((p) => p.text)
    .join('');
}

/** A guidance placeholder still showing: the paragraph is empty and carries data-placeholder. */
export function showsPlaceholder(el: HTMLElement): boolean {
  return el.hasAttribute('data-placeholder') && elementText(el) === '';
}

/** Maps an offset in a paragraph's text to a DOM position (node, offset) for a Range. */
export function domPosition(el: HTMLElement, offset: number): { node: Node; offset: number } {
  let consumed = 0;
  for (const piece of textPieces(el)) {
    if (piece.node.nodeType === 3) {
      if (offset <= consumed + piece.text.length) return { node: piece.node, offset: offset - consumed };
    } else if (offset <= consumed) {
      const parent = piece.node.parentNode!;
      return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, piece.node) };
    }
    consumed += piece.text.length;
  }
  return { node: el, offset: el.childNodes.length };
}

export function textRange(el: HTMLElement, start: number, length: number): Range {
  const range = el.ownerDocument.createRange();
  const from = domPosition(el, start);
  const to = domPosition(el, start + length);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Replaces a stretch of a paragraph's text; the new text takes the formatting of where it starts. */
export function replaceText(el: HTMLElement, start: number, length: number, replacement: string): void {
  const before = elementText(el);
  const intended = before.slice(0, start) + replacement + before.slice(start + length);
  const range = textRange(el, start, length);
  range.deleteContents();
  if (replacement) {
    const from = domPosition(el, start);
    if (from.node.nodeType === 3) {
      const text = from.node as Text;
      text.insertData(from.offset, replacement);
    } else {
      range.insertNode(el.ownerDocument.createTextNode(replacement));
    }
  }
  el.normalize();
  // Now ending in a line break, the paragraph needs the browser's filler <br> (see paragraphElement), or reading it
  // back would take its last break for the filler and lose it.
  if (/[\v\n]$/.test(intended) && elementText(el) !== intended) el.appendChild(el.ownerDocument.createElement('br'));
}

const ALIGN_FROM_CSS: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'centered',
  right: 'right',
  end: 'right',
  justify: 'justified',
};
const ALIGN_TO_CSS: Record<Alignment, string> = {
  left: 'left',
  centered: 'center',
  right: 'right',
  justified: 'justify',
};

/** Character formatting as runs (see presentation.ts fontAt), and the paragraph's font (null where runs differ). */
function readFormatting(el: HTMLElement): { font?: FontInfo; runs?: RunInfo[] } {
  const runs: RunInfo[] = [];
  let offset = 0;
  for (const piece of textPieces(el)) {
    if (!piece.text) continue;
    const font = fontAt(piece.node.parentElement, el);
    const last = runs[runs.length - 1];
    if (last && sameFont(last.font, font)) last.length += piece.text.length;
    else runs.push({ start: offset, length: piece.text.length, font });
    offset += piece.text.length;
  }
  // An empty paragraph has the font its element states.
  if (!runs.length) return { font: fontAt(el, el) };
  const font: FontInfo = {};
  for (const key of ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const) {
    const values = new Set(runs.map((r) => r.font[key]));
    (font as Record<string, unknown>)[key] = values.size > 1 ? null : runs[0].font[key];
  }
  return { font, ...(runs.length > 1 ? { runs } : {}) };
}

function sameFont(a: FontInfo, b: FontInfo): boolean {
  return (['name', 'size', 'bold', 'italic', 'underline', 'color'] as const).every((k) => a[k] === b[k]);
}

function headingLevel(el: HTMLElement): number | undefined {
  const fromAttr = Number(el.getAttribute('data-heading-level'));
  if (fromAttr >= 1 && fromAttr <= 9) return fromAttr;
  const m = /^H([1-6])$/.exec(el.tagName);
  return m ? Number(m[1]) : undefined;
}

/** Reads one paragraph element into the model. */
export function readParagraph(block: ParagraphBlock, root: HTMLElement): Paragraph {
  const el = block.element;
  const placeholder = showsPlaceholder(el);
  const paragraph: Paragraph = { text: placeholder ? (el.getAttribute('data-placeholder') ?? '') : elementText(el) };
  const level = headingLevel(el);
  const style = el.getAttribute('data-style') ?? (level ? `Heading ${level}` : undefined);
  if (style) paragraph.styleName = style;
  if (level) paragraph.headingLevel = level;
  const listString = el.getAttribute('data-list-string');
  if (el.tagName === 'LI' || el.hasAttribute('data-list') || listString) paragraph.isListItem = true;
  if (listString) paragraph.listString = listString;
  paragraph.alignment = ALIGN_FROM_CSS[el.style.textAlign] ?? 'left';
  if (block.cell) paragraph.cell = block.cell;
  Object.assign(paragraph, placeholder ? {} : readFormatting(el));
  paragraph.format = paragraphFormatOf(el, paragraph.font?.size ?? NORMAL.size);
  const control = el.closest('[data-tag]');
  if (control && root.contains(control)) paragraph.controlTag = control.getAttribute('data-tag')!;
  if (placeholder) paragraph.showsPlaceholder = true;
  return paragraph;
}

export function readDocument(root: HTMLElement, meta: DocumentMeta): DocumentModel {
  normalizeBlocks(root);
  return readBlocks(collectParagraphs(root), root, meta);
}

/** The model of paragraph blocks already collected (and normalised) from `root`. */
export function readBlocks(blocks: readonly ParagraphBlock[], root: HTMLElement, meta: DocumentMeta): DocumentModel {
  return {
    paragraphs: blocks.map((b) => readParagraph(b, root)),
    meta: { ...meta },
    sections: [{ firstParagraph: 0, ...pageOf(root) }],
    // No page headers in the playground: page numbers cannot be told.
    capabilities: { fonts: true, paragraphFormat: true, pageSetup: true, pageNumbers: false },
  };
}

// ---- Rendering: model and block specs → DOM ----

function setAlignment(el: HTMLElement, alignment: Alignment | undefined): void {
  if (alignment) el.style.textAlign = ALIGN_TO_CSS[alignment];
}

function setHeading(el: HTMLElement, level: number | undefined): void {
  if (level) el.setAttribute('data-heading-level', String(level));
}

/** Times New Roman where installed, else its metric-compatible stand-ins, so documents look as in Word. */
const SERIF_FALLBACKS = '"Tinos", "Liberation Serif", serif';

function fontStack(name: string): string {
  const quoted = `"${name.replace(/["\\]/g, '')}"`;
  return /times new roman/i.test(name) ? `${quoted}, ${SERIF_FALLBACKS}` : quoted;
}

function applyFont(el: HTMLElement, font: FontInfo | TextFormat | undefined): void {
  if (!font) return;
  const name = 'name' in font ? font.name : 'font' in font ? font.font : undefined;
  if (name) el.style.fontFamily = fontStack(name);
  if (font.size) el.style.fontSize = `${font.size}pt`;
  if (font.bold) el.style.fontWeight = 'bold';
  if (font.italic) el.style.fontStyle = 'italic';
  if (font.underline) el.style.textDecoration = 'underline';
  if ('color' in font && font.color) el.style.color = font.color;
}

/** Appends text, turning line breaks (Word's "\v" or "\n") into <br>. */
function appendText(parent: HTMLElement, text: string): void {
  const doc = parent.ownerDocument;
  text.split(/\v|\n/).forEach((line, i) => {
    if (i > 0) parent.appendChild(doc.createElement('br'));
    if (line) parent.appendChild(doc.createTextNode(line));
  });
}

function runElement(doc: Document, text: string, font: FontInfo | TextFormat | undefined): HTMLElement {
  const span = doc.createElement('span');
  applyFont(span, font);
  appendText(span, text);
  return span;
}

/** A model paragraph as an element (its table cell and content control are handled by the caller). */
export function paragraphElement(doc: Document, p: Paragraph): HTMLElement {
  const el = doc.createElement('p');
  if (p.styleName) el.setAttribute('data-style', p.styleName);
  setHeading(el, p.headingLevel);
  if (p.isListItem) el.setAttribute('data-list', '');
  if (p.listString) el.setAttribute('data-list-string', p.listString);
  setAlignment(el, p.alignment);
  if (p.format) setParagraphFormat(el, p.format);
  if (p.showsPlaceholder) {
    el.setAttribute('data-placeholder', p.text);
    return el;
  }
  const uniformFont = p.font && !Object.values(p.font).includes(null) ? p.font : undefined;
  if (p.runs?.length && !uniformFont) {
    let covered = 0;
    for (const run of [...p.runs].sort((a, b) => a.start - b.start)) {
      if (run.start > covered) appendText(el, p.text.slice(covered, run.start));
      const start = Math.max(run.start, covered);
      const end = run.start + run.length;
      if (end > start) el.appendChild(runElement(doc, p.text.slice(start, end), run.font));
      covered = Math.max(covered, end);
    }
    if (covered < p.text.length) appendText(el, p.text.slice(covered));
  } else {
    applyFont(el, uniformFont);
    appendText(el, p.text);
  }
  // A paragraph ending in a line break needs the browser's filler <br> after it, or reading it back (which
  // drops the last <br> as filler) would lose the user's break.
  if (/[\v\n]$/.test(p.text)) el.appendChild(doc.createElement('br'));
  return el;
}

function controlElement(doc: Document, tag: string): HTMLElement {
  const el = doc.createElement('div');
  el.className = 'tt-control';
  el.setAttribute('data-tag', tag);
  return el;
}

function tableElement(doc: Document, columnWidths?: number[]): HTMLTableElement {
  const table = doc.createElement('table');
  table.className = 'tt-table';
  if (columnWidths?.length) {
    const total = columnWidths.reduce((a, b) => a + b, 0) || 1;
    const group = doc.createElement('colgroup');
    for (const w of columnWidths) {
      const col = doc.createElement('col');
      col.style.width = `${((w / total) * 100).toFixed(2)}%`;
      group.appendChild(col);
    }
    table.appendChild(group);
  }
  table.appendChild(doc.createElement('tbody'));
  return table;
}

function cellAt(table: HTMLTableElement, row: number, cell: number): HTMLTableCellElement {
  const body = table.tBodies[0];
  while (body.rows.length <= row) body.insertRow();
  const tr = body.rows[row];
  while (tr.cells.length <= cell) tr.insertCell();
  return tr.cells[cell];
}

/** Renders a whole model into the editable root, replacing what was there. */
export function renderDocument(root: HTMLElement, model: DocumentModel): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  let control: HTMLElement | null = null;
  let table: { index: number; element: HTMLTableElement } | null = null;
  for (const p of model.paragraphs) {
    if ((p.controlTag ?? null) !== (control?.getAttribute('data-tag') ?? null)) {
      control = p.controlTag ? controlElement(doc, p.controlTag) : null;
      if (control) root.appendChild(control);
      table = null;
    }
    const container = control ?? root;
    const el = paragraphElement(doc, p);
    if (p.cell) {
      if (!table || table.index !== p.cell.table) {
        table = { index: p.cell.table, element: tableElement(doc) };
        container.appendChild(table.element);
      }
      cellAt(table.element, p.cell.row, p.cell.cell).appendChild(el);
    } else {
      table = null;
      container.appendChild(el);
    }
  }
}

function runsElement(doc: Document, el: HTMLElement, runs: RunSpec[]): void {
  for (const run of runs) {
    if (run.format) el.appendChild(runElement(doc, run.text, run.format));
    else appendText(el, run.text);
  }
}

/** A paragraph spec as DOM: a paragraph, or a tagged control holding a guidance placeholder. */
export function paragraphSpecElement(doc: Document, spec: ParagraphSpec): HTMLElement {
  const el = doc.createElement('p');
  setAlignment(el, spec.alignment);
  setHeading(el, spec.headingLevel);
  if (spec.headingLevel) el.setAttribute('data-style', `Heading ${spec.headingLevel}`);
  applyFont(el, spec.format);
  if (spec.spaceAfter !== undefined) el.style.marginBottom = `${spec.spaceAfter}pt`;
  if (spec.firstLineIndent !== undefined) el.style.textIndent = `${spec.firstLineIndent}pt`;
  if (spec.leftIndent !== undefined) el.style.marginLeft = `${spec.leftIndent}pt`;
  if (spec.rule) {
    // A real line, as Word draws the paragraph's bottom border: centred, as long as the text above it.
    el.setAttribute('data-rule', '');
    el.contentEditable = 'false';
    el.style.borderBottom = '0.75pt solid currentColor';
    el.style.width = `${spec.rule.width}pt`;
    el.style.maxWidth = '100%';
    el.style.marginLeft = 'auto';
    el.style.marginRight = 'auto';
    el.style.lineHeight = '0';
    return el;
  }
  if (spec.placeholder) {
    el.setAttribute('data-placeholder', spec.placeholder.text);
    const control = controlElement(doc, spec.placeholder.tag);
    control.appendChild(el);
    return control;
  }
  if (spec.runs) runsElement(doc, el, spec.runs);
  else appendText(el, spec.text ?? '');
  return el;
}

export function tableSpecElement(doc: Document, spec: TableSpec): HTMLTableElement {
  const table = tableElement(doc, spec.columnWidths);
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const td = cellAt(table, r, c);
      const paragraphs = cell.length ? cell : [{ kind: 'paragraph' as const, text: '' }];
      for (const p of paragraphs) td.appendChild(paragraphSpecElement(doc, p));
    }),
  );
  return table;
}

export function blockItemElements(doc: Document, items: readonly BlockItem[]): HTMLElement[] {
  return items.map((item) => (item.kind === 'table' ? tableSpecElement(doc, item) : paragraphSpecElement(doc, item)));
}

/** The first content control carrying exactly this tag. */
export function findControl(root: HTMLElement, tag: string): HTMLElement | null {
  return (
    Array.from(root.querySelectorAll<HTMLElement>('[data-tag]')).find((el) => el.getAttribute('data-tag') === tag) ??
    null
  );
}

/**
 * Once the user types into a guidance paragraph it is ordinary text; a paragraph split off a guidance paragraph
 * (Enter) must not show the same guidance again.
 */
export function tidyPlaceholders(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-placeholder]'))) {
    const previous = el.previousElementSibling;
    if (elementText(el) !== '' || previous?.getAttribute('data-placeholder') === el.getAttribute('data-placeholder')) {
      el.removeAttribute('data-placeholder');
    }
  }
}
