// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
// ---------------------------------------------------------------- errors

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

// ---------------------------------------------------------------- document nodes

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}

export const HEADING_THEME_COLOR = '#2F5496';

export const DEFAULT_FONT: FakeFont = {
  name: 'Times New Roman',
  size: 14,
  bold: false,
  italic: false,
  underline: 'None',
  color: '#000000',
};

export interface RunNode {
  text: string;
  font: FakeFont;
  /** A tracked deletion: still in `paragraph.text`, not in getReviewedText('Current') (office-js#1267). */
  deleted?: boolean;
}
export interface ParaNode {
  kind: 'paragraph';
  /** Created through Range.insertParagraph: setting styleBuiltIn on it fails (office-js#1656). */
  viaRange?: boolean;
  runs: RunNode[];
  styleBuiltIn: string;
  style: string;
  alignment: string;
  listString?: string;
  spaceAfter: number;
  firstLineIndent: number;
  /** Points, like Word (WordApi 1.3); lineSpacing 12 = single line. */
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  lineSpacing: number;
  /** Paragraph bottom border, set only through insertOoxml (w:pBdr): WordApi 1.3 has no border property. */
  borderBottom?: { type: string; width: number; color: string };
  parent: ContainerNode;
}
export interface CellNode {
  kind: 'cell';
  blocks: BlockNode[];
  table: TableNode;
  columnWidth?: number;
}
export interface TableNode {
  kind: 'table';
  rows: CellNode[][];
  borders: Record<string, { type: string; color: string; width: number }>;
  parent: ContainerNode;
}
export interface ControlNode {
  kind: 'control';
  /** Cleared while it held a table: on the web, inserting into it fails (office-js#6330, #3183, #3685). */
  clearedTable?: boolean;
  id: number;
  blocks: BlockNode[];
  tag: string;
  title: string;
  placeholderText: string;
  appearance: string;
  parent: ContainerNode;
}
export interface BodyNode {
  kind: 'body';
  blocks: BlockNode[];
}
export type ContainerNode = BodyNode | CellNode | ControlNode;
export type BlockNode = ParaNode | TableNode | ControlNode;

/** A live stretch of one paragraph. */
export interface RangeNode {
  para: ParaNode;
  start: number;
  end: number;
}
export interface CommentNode {
  id: number;
  content: string;
  range: RangeNode;
}

export const BORDER_LOCATIONS = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'];

export function paraText(p: ParaNode): string {
  return p.runs.map((r) => r.text).join('');
}

/** The paragraph's text without tracked deletions. */
export function reviewedText(p: ParaNode): string {
  return p.runs
    .filter((r) => !r.deleted)
    .map((r) => r.text)
    .join('');
}

export function styleNameOf(styleBuiltIn: string): string {
  const m = /^Heading(\d)$/.exec(styleBuiltIn);
  return m ? `Heading ${m[1]}` : styleBuiltIn;
}

export function paragraphsIn(blocks: readonly BlockNode[]): ParaNode[] {
  const out: ParaNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'control') out.push(...paragraphsIn(b.blocks));
    else for (const row of b.rows) for (const cell of row) out.push(...paragraphsIn(cell.blocks));
  }
  return out;
}

export function controlsIn(blocks: readonly BlockNode[]): ControlNode[] {
  const out: ControlNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'control') out.push(b, ...controlsIn(b.blocks));
    else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) out.push(...controlsIn(cell.blocks));
  }
  return out;
}

export function tablesIn(blocks: readonly BlockNode[]): TableNode[] {
  const out: TableNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'control') out.push(...tablesIn(b.blocks));
    else if (b.kind === 'table') {
      out.push(b);
      for (const row of b.rows) for (const cell of row) out.push(...tablesIn(cell.blocks));
    }
  }
  return out;
}

/** Containers from the paragraph outwards. */
export function ancestors(node: BlockNode): ContainerNode[] {
  const out: ContainerNode[] = [];
  let c: ContainerNode = node.parent;
  for (;;) {
    out.push(c);
    if (c.kind === 'body') return out;
    c = c.kind === 'cell' ? c.table.parent : c.parent;
  }
}

export function fontOfRuns(runs: readonly RunNode[]): Record<keyof FakeFont, unknown> {
  const pick = <K extends keyof FakeFont>(key: K) => {
    const values = new Set(runs.map((r) => r.font[key]));
    if (values.size === 1) return [...values][0];
    if (values.size === 0) return DEFAULT_FONT[key];
    return key === 'underline' ? 'Mixed' : key === 'name' ? '' : null;
  };
  return {
    name: pick('name'),
    size: pick('size'),
    bold: pick('bold'),
    italic: pick('italic'),
    underline: pick('underline'),
    color: pick('color'),
  };
}

// ---------------------------------------------------------------- the world (document state + levers)

export type FakeBlock = string | FakeParagraphInit | FakeTableInit | FakeControlInit;

export interface FakeParagraphInit {
  text?: string;
  runs?: Array<{ text: string; font?: Partial<FakeFont>; deleted?: boolean }>;
  /** Shorthand for styleBuiltIn `Heading${heading}`. */
  heading?: number;
  styleBuiltIn?: string;
  /** Style name as Word shows it (e.g. a localised "Đề mục 1"); defaults from styleBuiltIn. */
  style?: string;
  alignment?: 'Left' | 'Centered' | 'Right' | 'Justified';
  font?: Partial<FakeFont>;
  /** Makes the paragraph a list item showing this number/bullet. */
  listString?: string;
  spaceAfter?: number;
  firstLineIndent?: number;
  leftIndent?: number;
  rightIndent?: number;
  spaceBefore?: number;
  lineSpacing?: number;
}

/** Rows of cells; a cell is a text, one paragraph, or several blocks. */
export interface FakeTableInit {
  table: Array<Array<string | FakeParagraphInit | FakeBlock[]>>;
}

export interface FakeControlInit {
  control: { tag: string; title?: string; placeholderText?: string };
  blocks: FakeBlock[];
}

export type FakeHost = 'desktop' | 'web';

export interface FakeWordOptions {
  /**
   * Where real Word differs by platform, which one to imitate (default 'desktop'); see the office-js issues named
   * where World.host is read.
   */
  host?: FakeHost;
  /** Office.context.partitionKey (set where storage is partitioned, e.g. Word on the web). */
  partitionKey?: string;
  /** Highest WordApi version supported: '1.3' or '1.4' (default) or higher. */
  apiVersion?: string;
  mode?: 'readWrite' | 'readOnly';
  /** Initial Office.context.document.settings. */
  settings?: Record<string, unknown>;
  url?: string;
  /** Provide Office.context.roamingSettings (Word itself does not). */
  roamingSettings?: boolean;
}

export interface FakeParagraphState {
  text: string;
  styleBuiltIn: string;
  style: string;
  alignment: string;
  font: Record<keyof FakeFont, unknown>;
  runs: Array<{ text: string; font: FakeFont }>;
  isListItem: boolean;
  listString?: string;
  spaceAfter: number;
  firstLineIndent: number;
  /** Points, like Word (WordApi 1.3); lineSpacing 12 = single line. */
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  lineSpacing: number;
  /** Bottom border (from OOXML); absent when the paragraph has none. */
  borderBottom?: { type: string; width: number; color: string };
  /** Tags of the content controls around the paragraph, outermost first. */
  tags: string[];
  /** Innermost content control's tag. */
  tag?: string;
  placeholderText?: string;
  tableNestingLevel: number;
  cell?: { table: number; row: number; cell: number };
}

export function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2 = 0] = wanted.split('.').map(Number);
  const [b1, b2 = 0] = supported.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export type ParagraphEventType = 'ParagraphAdded' | 'ParagraphChanged' | 'ParagraphDeleted';
export type ParagraphEventHandler = (event: { type: string; source: string; uniqueLocalIds: string[] }) => unknown;

export class World {
  body: BodyNode = { kind: 'body', blocks: [] };
  selection: RangeNode | null = null;
  comments: CommentNode[] = [];
  readonly liveRanges = new Set<RangeNode>();
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  roaming: Map<string, unknown> | null = null;
  mode: 'readWrite' | 'readOnly' = 'readWrite';
  protected = false;
  refusePlaceholderText = false;
  host: FakeHost = 'desktop';
  /** Word's Find and Replace dialog is open: search() fails with SearchDialogIsOpen (office-js#4922). */
  searchDialogOpen = false;
  /** Setting styleBuiltIn to a heading does not stick (Office-Add-in-samples#223). */
  headingStyleIgnored = false;
  /** ContentControl.insertTable puts the table beside the control: lets tests see the adapter's read-back work. */
  controlTablesEscape = false;
  partitionKey: string | undefined;
  apiVersion = '1.4';
  changeTrackingMode = 'Off';
  url = 'file:///Tai-lieu.docx';
  syncCount = 0;
  failures: string[] = [];
  /** Handlers added with document.onParagraphAdded/Changed/Deleted (WordApi 1.6), by event type. */
  readonly paragraphHandlers = new Map<ParagraphEventType, Set<ParagraphEventHandler>>();
  /** Paragraph events Word raises but never delivers (fast edits, office-js#4874; Mac deletions, #3864/#5400). */
  dropParagraphEvents = false;
  /** Paragraph events raised (delivered or dropped), for tests. */
  paragraphEventsRaised = 0;
  private nextId = 1;

  /**
   * Word raises paragraph events for every change, the add-in's own writes included, after the change and
   * asynchronously (Word JavaScript API "Work with events", WordApi 1.6; the handler runs outside the batch).
   */
  raiseParagraphEvent(type: ParagraphEventType): void {
    const handlers = this.paragraphHandlers.get(type);
    if (!handlers?.size) return;
    this.paragraphEventsRaised++;
    if (this.dropParagraphEvents) return;
    const event = { type, source: 'Local', uniqueLocalIds: [] as string[] };
    setTimeout(() => handlers.forEach((h) => void h(event)), 0);
  }

  id(): number {
    return this.nextId++;
  }

  assertWritable(): void {
    if (this.mode === 'readOnly' || this.protected)
      throw new FakeOfficeError('AccessDenied', 'The document is read-only or protected.');
  }

  requireApi(version: string, member: string): void {
    if (!versionAtMost(version, this.apiVersion))
      throw new FakeOfficeError('ApiNotFound', `${member} needs WordApi ${version}.`);
  }

  paragraphs(): ParaNode[] {
    return paragraphsIn(this.body.blocks);
  }

  newRange(para: ParaNode, start: number, end: number): RangeNode {
    const r = { para, start, end };
    this.liveRanges.add(r);
    return r;
  }

  /** Replaces [start, end) of a paragraph, moving live ranges like Word does; returns the new stretch. */
  replaceText(para: ParaNode, start: number, end: number, text: string): RangeNode {
    const first = this.splitRunAt(para, start);
    const last = this.splitRunAt(para, end);
    // Inserted text takes the formatting of the character before it; replacing text, that of the first replaced.
    const source = start === end ? (para.runs[first - 1] ?? para.runs[first]) : para.runs[first];
    const font = { ...(source?.font ?? DEFAULT_FONT) };
    para.runs.splice(first, last - first, ...(text ? [{ text, font }] : []));
    if (start !== end || text) this.raiseParagraphEvent('ParagraphChanged');
    if (!para.runs.length) para.runs.push({ text: '', font });
    const delta = text.length - (end - start);
    const move = (pos: number, isEnd: boolean): number => {
      if (pos < start) return pos;
      if (pos > end) return pos + delta;
      if (start === end) return isEnd ? pos : pos + delta;
      if (pos === start) return pos;
      if (pos === end) return pos + delta;
      return isEnd ? start + text.length : start;
    };
    for (const r of this.liveRanges) {
      if (r.para !== para) continue;
      r.start = move(r.start, false);
      r.end = Math.max(r.start, move(r.end, true));
    }
    return this.newRange(para, start, start + text.length);
  }

  /** Makes `offset` a run boundary; returns the index of the run starting there. */
  splitRunAt(para: ParaNode, offset: number): number {
    let pos = 0;
    for (let i = 0; i < para.runs.length; i++) {
      const run = para.runs[i];
      if (offset === pos) return i;
      if (offset < pos + run.text.length) {
        const cut = offset - pos;
        para.runs.splice(
          i,
          1,
          { ...run, text: run.text.slice(0, cut), font: { ...run.font } },
          { ...run, text: run.text.slice(cut), font: { ...run.font } },
        );
        return i + 1;
      }
      pos += run.text.length;
    }
    return para.runs.length;
  }

  runsOf(range: RangeNode): RunNode[] {
    const first = this.splitRunAt(range.para, range.start);
    const last = this.splitRunAt(range.para, range.end);
    return range.para.runs.slice(first, last);
  }
}

export function newParagraph(parent: ContainerNode, text: string, like?: ParaNode): ParaNode {
  const font = like ? { ...(like.runs[like.runs.length - 1]?.font ?? DEFAULT_FONT) } : { ...DEFAULT_FONT };
  return {
    kind: 'paragraph',
    runs: [{ text, font }],
    styleBuiltIn: like?.styleBuiltIn ?? 'Normal',
    // A paragraph inserted next to a list item joins the list, as Enter does (word-api-notes 11, suspected).
    listString: like?.listString,
    style: like?.style ?? 'Normal',
    alignment: like?.alignment ?? 'Left',
    spaceAfter: like?.spaceAfter ?? 0,
    firstLineIndent: like?.firstLineIndent ?? 0,
    leftIndent: like?.leftIndent ?? 0,
    rightIndent: like?.rightIndent ?? 0,
    spaceBefore: like?.spaceBefore ?? 0,
    lineSpacing: like?.lineSpacing ?? 12,
    // Like Enter in Word, a new paragraph takes its neighbour's paragraph properties, its border too.
    ...(like?.borderBottom ? { borderBottom: { ...like.borderBottom } } : {}),
    parent,
  };
}

export function newTable(parent: ContainerNode, rows: number, columns: number, values?: string[][]): TableNode {
  const table: TableNode = { kind: 'table', rows: [], parent, borders: {} };
  for (const loc of BORDER_LOCATIONS) table.borders[loc] = { type: 'Single', color: '#000000', width: 0.5 };
  for (let r = 0; r < rows; r++) {
    const row: CellNode[] = [];
    for (let c = 0; c < columns; c++) {
      const cell: CellNode = { kind: 'cell', blocks: [], table };
      cell.blocks.push(newParagraph(cell, values?.[r]?.[c] ?? ''));
      row.push(cell);
    }
    table.rows.push(row);
  }
  return table;
}

export function blocksOf(container: ContainerNode): BlockNode[] {
  return container.blocks;
}

export function insertNear(anchor: BlockNode, block: BlockNode, where: 'Before' | 'After'): void {
  const siblings = blocksOf(anchor.parent);
  const at = siblings.indexOf(anchor);
  if (at < 0) throw new FakeOfficeError('ItemNotFound', 'The object was deleted.');
  block.parent = anchor.parent;
  siblings.splice(where === 'Before' ? at : at + 1, 0, block);
}

/**
 * Paragraph.insertParagraph/insertTable with Before/After insert outside the paragraph's boundaries: at the first
 * (Before) or last (After) block of a content control that is outside the control (office-js#866 "by design",
 * #3176). Start/End of the control itself stay inside.
 */
export function insertBesideParagraph(anchor: ParaNode, block: BlockNode, where: 'Before' | 'After'): void {
  let at: BlockNode = anchor;
  for (;;) {
    const parent: ContainerNode = at.parent;
    if (parent.kind !== 'control') break;
    const edge = where === 'Before' ? parent.blocks[0] : parent.blocks[parent.blocks.length - 1];
    if (edge !== at) break;
    at = parent;
  }
  insertNear(at, block, where);
}

export function insertInto(container: ContainerNode, block: BlockNode, where: 'Start' | 'End'): void {
  block.parent = container;
  if (where === 'Start') container.blocks.unshift(block);
  else container.blocks.push(block);
}

export function neighbour(container: ContainerNode, where: 'Start' | 'End'): ParaNode | undefined {
  const paras = paragraphsIn(container.blocks);
  return where === 'Start' ? paras[0] : paras[paras.length - 1];
}

export function buildBlocks(specs: readonly FakeBlock[], parent: ContainerNode, world: World): BlockNode[] {
  return specs.map((spec) => {
    if (typeof spec === 'string') return buildParagraph({ text: spec }, parent);
    if ('table' in spec) {
      const table: TableNode = newTable(parent, 0, 0);
      table.rows = spec.table.map((row) =>
        row.map((cellSpec) => {
          const cell: CellNode = { kind: 'cell', blocks: [], table };
          const blocks: FakeBlock[] = Array.isArray(cellSpec) ? cellSpec : [cellSpec];
          cell.blocks = buildBlocks(blocks.length ? blocks : [''], cell, world);
          return cell;
        }),
      );
      return table;
    }
    if ('control' in spec) {
      const control: ControlNode = {
        kind: 'control',
        id: world.id(),
        blocks: [],
        tag: spec.control.tag,
        title: spec.control.title ?? '',
        placeholderText: spec.control.placeholderText ?? '',
        appearance: 'BoundingBox',
        parent,
      };
      control.blocks = buildBlocks(spec.blocks.length ? spec.blocks : [''], control, world);
      return control;
    }
    return buildParagraph(spec, parent);
  });
}

export function buildParagraph(spec: FakeParagraphInit, parent: ContainerNode): ParaNode {
  const styleBuiltIn = spec.styleBuiltIn ?? (spec.heading ? `Heading${spec.heading}` : spec.style ? 'Other' : 'Normal');
  const baseFont = { ...DEFAULT_FONT, ...spec.font };
  const runs: RunNode[] = spec.runs
    ? spec.runs.map((r) => ({ text: r.text, font: { ...baseFont, ...r.font } }))
    : [{ text: spec.text ?? '', font: baseFont }];
  for (const [i, r] of (spec.runs ?? []).entries()) if (r.deleted) runs[i].deleted = true;
  return {
    kind: 'paragraph',
    runs,
    styleBuiltIn,
    style: spec.style ?? styleNameOf(styleBuiltIn),
    alignment: spec.alignment ?? 'Left',
    listString: spec.listString,
    spaceAfter: spec.spaceAfter ?? 0,
    firstLineIndent: spec.firstLineIndent ?? 0,
    leftIndent: spec.leftIndent ?? 0,
    rightIndent: spec.rightIndent ?? 0,
    spaceBefore: spec.spaceBefore ?? 0,
    lineSpacing: spec.lineSpacing ?? 12,
    parent,
  };
}
