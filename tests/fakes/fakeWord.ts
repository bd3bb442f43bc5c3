/**
 * An in-memory fake of the Word JavaScript API subset that src/word/WordHost uses, for tests.
 *
 * Build a document, hand `fake.env` to the code under test, then read the document back:
 *
 *   const fake = createFakeWord([
 *     { text: 'BÁO CÁO', heading: 1 },
 *     'Một đoạn văn.',
 *     { listString: '1.', text: 'Mục một' },
 *     { table: [['ô 1', 'ô 2'], ['ô 3', { text: 'ô 4', font: { bold: true } }]] },
 *     { control: { tag: 'thethuc:header', title: 'Thể thức' }, blocks: ['Dòng trong khối'] },
 *   ], { apiVersion: '1.4' });
 *   const host = new WordHost(fake.env);          // or fake.installGlobals() for code that uses Word/Office globals
 *   fake.paragraphs()   // [{ text, styleBuiltIn, style, alignment, font, runs, listString, tags, tag, cell, ... }]
 *   fake.texts(), fake.controls(), fake.tables() (rows, borders, columnWidths, tags), fake.blockKinds() (top level),
 *   fake.comments(), fake.selection(), fake.settings / fake.settingsSaves, fake.syncCount (all runs),
 *   fake.contexts (one per Word.run, each with its own syncCount).
 * Tests may also drive the API directly: `await fake.Word.run(async (context) => { ... })`.
 *
 * Test levers: fake.setParagraphText(i, text) (the user types), fake.setApiVersion('1.3'), fake.mode = 'readOnly',
 * fake.changeTrackingMode = 'TrackAll',
 * fake.protected = true (writes fail with AccessDenied), fake.failNextSync(code), fake.addComment(...),
 * fake.refusePlaceholderText = true (placeholderText fails with NotAllowed, like Word on the web once did).
 * A control's placeholder is not reported as paragraph text (it is the control's `placeholderText`); real Word may
 * report the shown placeholder as text, which src/word/readModel.ts also recognises.
 *
 * Semantics enforced, as in Office:
 * - Every method call and property write is queued and takes effect at `context.sync()`, in order. If an
 *   operation fails, the sync rejects with an error carrying `code` (Office's codes: AccessDenied, ItemNotFound,
 *   InvalidArgument, ApiNotFound, SearchStringInvalidOrTooLong, ...); operations before it stay applied.
 * - A property can be read only after it was loaded and a sync ran; otherwise PropertyNotLoaded is thrown.
 *   Collections expose `items` only after load + sync. `load()` without arguments is refused (the project rule).
 *   Load paths may go through navigation properties ("font/name", "parentContentControlOrNullObject/tag") and may
 *   be written with or without "items/" on a collection.
 * - `...OrNullObject` proxies report `isNullObject` after a load; their other properties then throw.
 * - Word.run syncs pending operations when the batch returns (counted) and closes the context; a proxy used after
 *   its run throws InvalidObjectPath.
 * - Ranges are live: they follow text changes in their paragraph, as Word's ranges do.
 * - Search: plain text only (no wildcards), matchCase honoured, hits are non-overlapping and left to right within a
 *   paragraph, never across paragraphs; "^^", "^t", "^l", "^s" escapes; more than 255 characters fails.
 * - New paragraphs inherit style, alignment and font of the paragraph they are inserted next to (as in Word).
 * - WordApi 1.4 members (comments, changeTrackingMode) fail with ApiNotFound when the API version is set to 1.3.
 *
 * Supported subset: Word.run(batch); RequestContext {document, sync, syncCount};
 * Document {body, contentControls, getSelection(), changeTrackingMode (1.4)};
 * Body {paragraphs, contentControls, tables, text, insertParagraph(Start|End), insertTable(Start|End),
 *   search, getComments (1.4)};
 * Paragraph {text, style, styleBuiltIn, alignment, isListItem, tableNestingLevel, spaceAfter, firstLineIndent,
 *   font, listItemOrNullObject{listString, level}, parentContentControlOrNullObject,
 *   parentTableCellOrNullObject{rowIndex, cellIndex}, search, getRange(Whole|Content|Start|End), insertText,
 *   insertParagraph(Before|After), insertTable(Before|After), insertContentControl(), select(), delete()};
 * ParagraphCollection {items, getFirst, getLast}; Range {text, font, insertText, insertParagraph(Before|After),
 *   expandTo (same paragraph), search (inside the range), getRange(Whole|Start|End), delete(), select(),
 *   insertComment (1.4)}; RangeCollection {items, getFirst, getLast};
 * Table {rowCount, values, getBorder(loc).type/color/width, getCell(r, c){body, columnWidth, rowIndex, cellIndex},
 *   insertParagraph(Before|After)};
 * ContentControl {id, tag, title, placeholderText, appearance, text, paragraphs, insertParagraph, insertTable
 *   (Start|End), clear(), delete(keepContent)}; ContentControlCollection {items, getByTag, getFirst,
 *   getFirstOrNullObject}; CommentCollection {items}; Comment {content, delete()};
 * Office.context {requirements.isSetSupported, document {mode, url, settings {get, set, remove, saveAsync}},
 *   roamingSettings (only with options.roamingSettings)}.
 * Not modelled: ranges spanning paragraphs, inline content controls, OOXML/HTML, tracked changes, undo.
 */
import type { WordEnvironment } from '../../src/word/WordHost';

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

const HEADING_THEME_COLOR = '#2F5496';

const DEFAULT_FONT: FakeFont = {
  name: 'Times New Roman',
  size: 14,
  bold: false,
  italic: false,
  underline: 'None',
  color: '#000000',
};

interface RunNode {
  text: string;
  font: FakeFont;
}
interface ParaNode {
  kind: 'paragraph';
  runs: RunNode[];
  styleBuiltIn: string;
  style: string;
  alignment: string;
  listString?: string;
  spaceAfter: number;
  firstLineIndent: number;
  parent: ContainerNode;
}
interface CellNode {
  kind: 'cell';
  blocks: BlockNode[];
  table: TableNode;
  columnWidth?: number;
}
interface TableNode {
  kind: 'table';
  rows: CellNode[][];
  borders: Record<string, { type: string; color: string; width: number }>;
  parent: ContainerNode;
}
interface ControlNode {
  kind: 'control';
  id: number;
  blocks: BlockNode[];
  tag: string;
  title: string;
  placeholderText: string;
  appearance: string;
  parent: ContainerNode;
}
interface BodyNode {
  kind: 'body';
  blocks: BlockNode[];
}
type ContainerNode = BodyNode | CellNode | ControlNode;
type BlockNode = ParaNode | TableNode | ControlNode;

/** A live stretch of one paragraph. */
interface RangeNode {
  para: ParaNode;
  start: number;
  end: number;
}
interface CommentNode {
  id: number;
  content: string;
  range: RangeNode;
}

const BORDER_LOCATIONS = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'];

function paraText(p: ParaNode): string {
  return p.runs.map((r) => r.text).join('');
}

function styleNameOf(styleBuiltIn: string): string {
  const m = /^Heading(\d)$/.exec(styleBuiltIn);
  return m ? `Heading ${m[1]}` : styleBuiltIn;
}

function paragraphsIn(blocks: readonly BlockNode[]): ParaNode[] {
  const out: ParaNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'control') out.push(...paragraphsIn(b.blocks));
    else for (const row of b.rows) for (const cell of row) out.push(...paragraphsIn(cell.blocks));
  }
  return out;
}

function controlsIn(blocks: readonly BlockNode[]): ControlNode[] {
  const out: ControlNode[] = [];
  for (const b of blocks) {
    if (b.kind === 'control') out.push(b, ...controlsIn(b.blocks));
    else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) out.push(...controlsIn(cell.blocks));
  }
  return out;
}

function tablesIn(blocks: readonly BlockNode[]): TableNode[] {
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
function ancestors(node: BlockNode): ContainerNode[] {
  const out: ContainerNode[] = [];
  let c: ContainerNode = node.parent;
  for (;;) {
    out.push(c);
    if (c.kind === 'body') return out;
    c = c.kind === 'cell' ? c.table.parent : c.parent;
  }
}

function fontOfRuns(runs: readonly RunNode[]): Record<keyof FakeFont, unknown> {
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
  runs?: Array<{ text: string; font?: Partial<FakeFont> }>;
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
}

/** Rows of cells; a cell is a text, one paragraph, or several blocks. */
export interface FakeTableInit {
  table: Array<Array<string | FakeParagraphInit | FakeBlock[]>>;
}

export interface FakeControlInit {
  control: { tag: string; title?: string; placeholderText?: string };
  blocks: FakeBlock[];
}

export interface FakeWordOptions {
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
  /** Tags of the content controls around the paragraph, outermost first. */
  tags: string[];
  /** Innermost content control's tag. */
  tag?: string;
  placeholderText?: string;
  tableNestingLevel: number;
  cell?: { table: number; row: number; cell: number };
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2 = 0] = wanted.split('.').map(Number);
  const [b1, b2 = 0] = supported.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

class World {
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
  apiVersion = '1.4';
  changeTrackingMode = 'Off';
  url = 'file:///Tai-lieu.docx';
  syncCount = 0;
  failures: string[] = [];
  private nextId = 1;

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
          { text: run.text.slice(0, cut), font: { ...run.font } },
          { text: run.text.slice(cut), font: { ...run.font } },
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

function newParagraph(parent: ContainerNode, text: string, like?: ParaNode): ParaNode {
  const font = like ? { ...(like.runs[like.runs.length - 1]?.font ?? DEFAULT_FONT) } : { ...DEFAULT_FONT };
  return {
    kind: 'paragraph',
    runs: [{ text, font }],
    styleBuiltIn: like?.styleBuiltIn ?? 'Normal',
    style: like?.style ?? 'Normal',
    alignment: like?.alignment ?? 'Left',
    spaceAfter: like?.spaceAfter ?? 0,
    firstLineIndent: like?.firstLineIndent ?? 0,
    parent,
  };
}

function newTable(parent: ContainerNode, rows: number, columns: number, values?: string[][]): TableNode {
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

function blocksOf(container: ContainerNode): BlockNode[] {
  return container.blocks;
}

function insertNear(anchor: BlockNode, block: BlockNode, where: 'Before' | 'After'): void {
  const siblings = blocksOf(anchor.parent);
  const at = siblings.indexOf(anchor);
  if (at < 0) throw new FakeOfficeError('ItemNotFound', 'The object was deleted.');
  block.parent = anchor.parent;
  siblings.splice(where === 'Before' ? at : at + 1, 0, block);
}

function insertInto(container: ContainerNode, block: BlockNode, where: 'Start' | 'End'): void {
  block.parent = container;
  if (where === 'Start') container.blocks.unshift(block);
  else container.blocks.push(block);
}

function neighbour(container: ContainerNode, where: 'Start' | 'End'): ParaNode | undefined {
  const paras = paragraphsIn(container.blocks);
  return where === 'Start' ? paras[0] : paras[paras.length - 1];
}

function buildBlocks(specs: readonly FakeBlock[], parent: ContainerNode, world: World): BlockNode[] {
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

function buildParagraph(spec: FakeParagraphInit, parent: ContainerNode): ParaNode {
  const styleBuiltIn = spec.styleBuiltIn ?? (spec.heading ? `Heading${spec.heading}` : spec.style ? 'Other' : 'Normal');
  const baseFont = { ...DEFAULT_FONT, ...spec.font };
  const runs = spec.runs
    ? spec.runs.map((r) => ({ text: r.text, font: { ...baseFont, ...r.font } }))
    : [{ text: spec.text ?? '', font: baseFont }];
  return {
    kind: 'paragraph',
    runs,
    styleBuiltIn,
    style: spec.style ?? styleNameOf(styleBuiltIn),
    alignment: spec.alignment ?? 'Left',
    listString: spec.listString,
    spaceAfter: spec.spaceAfter ?? 0,
    firstLineIndent: spec.firstLineIndent ?? 0,
    parent,
  };
}

// ---------------------------------------------------------------- proxies

type Op = () => void;

export class FakeRequestContext {
  syncCount = 0;
  closed = false;
  readonly document: FakeDocument;
  private queue: Op[] = [];
  /** Accepted and ignored (the fake has no object lifetime to manage). */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly world: World) {
    this.document = new FakeDocument(this);
  }

  enqueue(op: Op): void {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'The object was used outside its Word.run batch.');
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'sync() after Word.run ended.');
    this.syncCount++;
    this.world.syncCount++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const failure = this.world.failures.shift();
    if (failure) throw new FakeOfficeError(failure, 'Injected failure.');
    for (const op of ops) op();
  }
}

type Scalars<N> = Record<string, (node: N) => unknown>;

interface Loadable {
  loadNow(paths: readonly string[]): void;
}

abstract class FakeObject<N> {
  private bound = false;
  private node: N | null = null;
  private snapshot: Record<string, unknown> | null = null;
  private readonly navCache = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly resolver: () => N | null,
  ) {}

  protected abstract scalars(): Scalars<N>;
  /** Navigation properties reachable in load paths. */
  protected navigation(): Record<string, () => Loadable> {
    return {};
  }

  protected get world(): World {
    return this.ctx.world;
  }

  /** The document node (resolved at the first operation that needs it, during a sync). */
  protected target(): N | null {
    if (!this.bound) {
      this.node = this.resolver();
      this.bound = true;
    }
    return this.node;
  }

  protected required(): N {
    const node = this.target();
    if (node === null) throw new FakeOfficeError('ItemNotFound', `${this.constructor.name} is a null object.`);
    return node;
  }

  protected nav<T>(name: string, make: () => T): T {
    let cached = this.navCache.get(name);
    if (!cached) {
      cached = make();
      this.navCache.set(name, cached);
    }
    return cached as T;
  }

  get isNullObject(): boolean {
    if (!this.snapshot)
      throw new FakeOfficeError('PropertyNotLoaded', `isNullObject of ${this.constructor.name} is not loaded.`);
    return this.node === null;
  }

  load(properties?: string | string[]): this {
    if (properties === undefined || properties.length === 0) {
      throw new Error('fake Word: load() without arguments loads everything; name the properties you need.');
    }
    const paths = (Array.isArray(properties) ? properties : properties.split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Runs a load during sync. */
  loadNow(paths: readonly string[]): void {
    const node = this.target();
    const snapshot = this.snapshot ?? {};
    this.snapshot = snapshot;
    if (node === null) return;
    const scalars = this.scalars();
    const navigation = this.navigation();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length || (navigation[head] && !scalars[head])) {
        const child = navigation[head];
        if (!child)
          throw new FakeOfficeError(
            'InvalidArgument',
            `Unknown navigation property ${head} on ${this.constructor.name}.`,
          );
        child().loadNow(rest.length ? [rest.join('/')] : []);
      } else {
        const read = scalars[head];
        if (!read)
          throw new FakeOfficeError('InvalidArgument', `Unknown property ${head} on ${this.constructor.name}.`);
        snapshot[head] = read(node);
      }
    }
  }

  protected read(property: string): unknown {
    if (!this.snapshot || !(property in this.snapshot)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `${this.constructor.name}.${property} is not loaded (call load and sync first).`,
      );
    }
    return this.snapshot[property];
  }

  protected write(apply: (node: N) => void): void {
    this.ctx.enqueue(() => {
      this.world.assertWritable();
      apply(this.required());
    });
  }

  /** Queues an operation that returns a new proxy bound to what the operation produced. */
  protected produce<P>(make: (resolver: () => never) => P, run: (node: N) => unknown, writes = true): P {
    let result: unknown = null;
    this.ctx.enqueue(() => {
      if (writes) this.world.assertWritable();
      result = run(this.required());
    });
    return make(() => {
      if (result === null) throw new FakeOfficeError('ItemNotFound', 'The object was not created.');
      return result as never;
    });
  }
}

abstract class FakeCollection<N, P extends FakeObject<N>> extends FakeObject<N[]> {
  private loadedItems: P[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly list: () => N[],
    private readonly makeItem: (ctx: FakeRequestContext, node: N) => P,
  ) {
    super(ctx, list);
  }

  protected scalars(): Scalars<N[]> {
    return {};
  }

  get items(): P[] {
    if (!this.loadedItems)
      throw new FakeOfficeError('PropertyNotLoaded', `${this.constructor.name}.items is not loaded.`);
    return this.loadedItems;
  }

  override loadNow(paths: readonly string[]): void {
    // A collection is evaluated afresh at each load, as Office does.
    const items = this.list().map((node) => this.makeItem(this.ctx, node));
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const item of items) item.loadNow(itemPaths);
    this.loadedItems = items;
  }

  protected pick(index: (length: number) => number, orNull: boolean): P {
    let node: N | null = null;
    let bound = false;
    return this.makeItemLazy(() => {
      if (!bound) {
        const list = this.list();
        const i = index(list.length);
        node = list[i] ?? null;
        bound = true;
        if (node === null && !orNull) throw new FakeOfficeError('ItemNotFound', `${this.constructor.name} is empty.`);
      }
      return node;
    });
  }

  protected abstract makeItemLazy(resolver: () => N | null): P;
}

export class FakeDocument extends FakeObject<World> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.world);
  }

  protected scalars(): Scalars<World> {
    return {
      changeTrackingMode: (w) => {
        w.requireApi('1.4', 'Document.changeTrackingMode');
        return w.changeTrackingMode;
      },
    };
  }

  get body(): FakeBody {
    return this.nav('body', () => new FakeBody(this.ctx, () => this.ctx.world.body));
  }

  get contentControls(): FakeContentControlCollection {
    return this.nav(
      'contentControls',
      () => new FakeContentControlCollection(this.ctx, () => controlsIn(this.ctx.world.body.blocks)),
    );
  }

  get changeTrackingMode(): string {
    return this.read('changeTrackingMode') as string;
  }

  set changeTrackingMode(mode: string) {
    this.write((w) => {
      w.requireApi('1.4', 'Document.changeTrackingMode');
      w.changeTrackingMode = mode;
    });
  }

  getSelection(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const w = this.ctx.world;
      if (!w.selection) {
        const first = w.paragraphs()[0];
        w.selection = w.newRange(first, 0, 0);
      }
      return w.newRange(w.selection.para, w.selection.start, w.selection.end);
    });
  }
}

export class FakeBody extends FakeObject<ContainerNode> {
  protected scalars(): Scalars<ContainerNode> {
    return { text: (c) => paragraphsIn(c.blocks).map(paraText).join('\r') };
  }

  get text(): string {
    return this.read('text') as string;
  }

  get paragraphs(): FakeParagraphCollection {
    return this.nav(
      'paragraphs',
      () => new FakeParagraphCollection(this.ctx, () => paragraphsIn(this.required().blocks)),
    );
  }

  get contentControls(): FakeContentControlCollection {
    return this.nav(
      'contentControls',
      () => new FakeContentControlCollection(this.ctx, () => controlsIn(this.required().blocks)),
    );
  }

  get tables(): FakeTableCollection {
    return this.nav('tables', () => new FakeTableCollection(this.ctx, () => tablesIn(this.required().blocks)));
  }

  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraph {
    return this.produce(
      (r) => new FakeParagraph(this.ctx, r),
      (container) => {
        const p = newParagraph(container, text, neighbour(container, location));
        insertInto(container, p, location);
        return p;
      },
    );
  }

  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values?: string[][]): FakeTable {
    return this.produce(
      (r) => new FakeTable(this.ctx, r),
      (container) => {
        const t = newTable(container, rowCount, columnCount, values);
        insertInto(container, t, location);
        return t;
      },
    );
  }

  search(searchText: string, options?: SearchOptions): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, () =>
      searchIn(this.world, paragraphsIn(this.required().blocks), searchText, options),
    );
  }

  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx, () => {
      this.world.requireApi('1.4', 'Body.getComments');
      const paras = new Set(paragraphsIn(this.required().blocks));
      return this.world.comments.filter((c) => paras.has(c.range.para));
    });
  }
}

interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
}

function unescapeSearch(searchText: string): string {
  return searchText.replace(/\^(.)/g, (_, ch: string) => {
    const map: Record<string, string> = { '^': '^', t: '\t', l: '\v', s: '\u00a0' };
    if (!(ch in map))
      throw new FakeOfficeError('InvalidArgument', `The fake does not support the search escape ^${ch}.`);
    return map[ch];
  });
}

function searchIn(
  world: World,
  paras: readonly ParaNode[],
  searchText: string,
  options: SearchOptions = {},
): RangeNode[] {
  if (searchText.length > 255)
    throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'Search strings are limited to 255 characters.');
  if (!searchText) throw new FakeOfficeError('InvalidArgument', 'Empty search string.');
  if (options.matchWildcards || options.matchWholeWord)
    throw new FakeOfficeError('NotImplemented', 'The fake searches plain text only.');
  const needle = unescapeSearch(searchText);
  const fold = (s: string) => (options.matchCase ? s : s.toLocaleLowerCase());
  const found: RangeNode[] = [];
  for (const para of paras) {
    const text = fold(paraText(para));
    const n = fold(needle);
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length))
      found.push(world.newRange(para, at, at + n.length));
  }
  return found;
}

export class FakeParagraphCollection extends FakeCollection<ParaNode, FakeParagraph> {
  constructor(ctx: FakeRequestContext, list: () => ParaNode[]) {
    super(ctx, list, (c, node) => new FakeParagraph(c, () => node));
  }
  protected makeItemLazy(resolver: () => ParaNode | null): FakeParagraph {
    return new FakeParagraph(this.ctx, resolver);
  }
  getFirst(): FakeParagraph {
    return this.pick(() => 0, false);
  }
  getLast(): FakeParagraph {
    return this.pick((n) => n - 1, false);
  }
}

export class FakeParagraph extends FakeObject<ParaNode> {
  protected scalars(): Scalars<ParaNode> {
    return {
      text: paraText,
      style: (p) => p.style,
      styleBuiltIn: (p) => p.styleBuiltIn,
      alignment: (p) => p.alignment,
      isListItem: (p) => p.listString !== undefined,
      tableNestingLevel: (p) => ancestors(p).filter((c) => c.kind === 'cell').length,
      spaceAfter: (p) => p.spaceAfter,
      firstLineIndent: (p) => p.firstLineIndent,
    };
  }

  protected override navigation(): Record<string, () => Loadable> {
    return {
      font: () => this.font,
      listItemOrNullObject: () => this.listItemOrNullObject,
      parentContentControlOrNullObject: () => this.parentContentControlOrNullObject,
      parentTableCellOrNullObject: () => this.parentTableCellOrNullObject,
    };
  }

  get text(): string {
    return this.read('text') as string;
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(name: string) {
    this.write((p) => {
      p.style = name;
      const m = /^Heading (\d)$/.exec(name);
      p.styleBuiltIn = name === 'Normal' ? 'Normal' : m ? `Heading${m[1]}` : 'Other';
    });
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn') as string;
  }
  set styleBuiltIn(value: string) {
    this.write((p) => {
      p.styleBuiltIn = value;
      p.style = styleNameOf(value);
      // As in Word's default theme, the built-in heading styles colour their text blue.
      if (/^Heading\d$/.test(value)) for (const run of p.runs) run.font.color = HEADING_THEME_COLOR;
    });
  }
  get alignment(): string {
    return this.read('alignment') as string;
  }
  set alignment(value: string) {
    this.write((p) => (p.alignment = value));
  }
  get isListItem(): boolean {
    return this.read('isListItem') as boolean;
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel') as number;
  }
  get spaceAfter(): number {
    return this.read('spaceAfter') as number;
  }
  set spaceAfter(value: number) {
    this.write((p) => (p.spaceAfter = value));
  }
  get firstLineIndent(): number {
    return this.read('firstLineIndent') as number;
  }
  set firstLineIndent(value: number) {
    this.write((p) => (p.firstLineIndent = value));
  }

  get font(): FakeFontProxy {
    return this.nav(
      'font',
      () =>
        new FakeFontProxy(this.ctx, () => {
          const p = this.required();
          return { para: p, start: 0, end: paraText(p).length };
        }),
    );
  }

  get listItemOrNullObject(): FakeListItem {
    return this.nav(
      'listItem',
      () =>
        new FakeListItem(this.ctx, () => {
          const p = this.required();
          return p.listString === undefined ? null : p;
        }),
    );
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav(
      'parentCC',
      () =>
        new FakeContentControl(
          this.ctx,
          () => (ancestors(this.required()).find((c) => c.kind === 'control') as ControlNode | undefined) ?? null,
        ),
    );
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return this.nav(
      'parentCell',
      () =>
        new FakeTableCell(
          this.ctx,
          () => (ancestors(this.required()).find((c) => c.kind === 'cell') as CellNode | undefined) ?? null,
        ),
    );
  }

  search(searchText: string, options?: SearchOptions): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, () => searchIn(this.world, [this.required()], searchText, options));
  }

  getRange(location: 'Whole' | 'Content' | 'Start' | 'End' = 'Whole'): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.required();
      const length = paraText(p).length;
      if (location === 'Start') return this.world.newRange(p, 0, 0);
      if (location === 'End') return this.world.newRange(p, length, length);
      return this.world.newRange(p, 0, length);
    });
  }

  insertText(text: string, location: 'Replace' | 'Start' | 'End'): FakeRange {
    return this.produce(
      (r) => new FakeRange(this.ctx, r),
      (p) => {
        const length = paraText(p).length;
        if (location === 'Replace') return this.world.replaceText(p, 0, length, text);
        const at = location === 'Start' ? 0 : length;
        return this.world.replaceText(p, at, at, text);
      },
    );
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.produce(
      (r) => new FakeParagraph(this.ctx, r),
      (anchor) => {
        const p = newParagraph(anchor.parent, text, anchor);
        insertNear(anchor, p, location);
        return p;
      },
    );
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    return this.produce(
      (r) => new FakeTable(this.ctx, r),
      (anchor) => {
        const t = newTable(anchor.parent, rowCount, columnCount, values);
        insertNear(anchor, t, location);
        return t;
      },
    );
  }

  insertContentControl(): FakeContentControl {
    return this.produce(
      (r) => new FakeContentControl(this.ctx, r),
      (p) => {
        const control: ControlNode = {
          kind: 'control',
          id: this.world.id(),
          blocks: [],
          tag: '',
          title: '',
          placeholderText: '',
          appearance: 'BoundingBox',
          parent: p.parent,
        };
        insertNear(p, control, 'Before');
        const siblings = blocksOf(p.parent);
        siblings.splice(siblings.indexOf(p), 1);
        p.parent = control;
        control.blocks.push(p);
        return control;
      },
    );
  }

  select(): void {
    this.ctx.enqueue(() => {
      const p = this.required();
      this.world.selection = this.world.newRange(p, 0, paraText(p).length);
    });
  }

  delete(): void {
    this.write((p) => {
      const siblings = blocksOf(p.parent);
      siblings.splice(siblings.indexOf(p), 1);
    });
  }
}

export class FakeListItem extends FakeObject<ParaNode> {
  protected scalars(): Scalars<ParaNode> {
    return { listString: (p) => p.listString, level: () => 0 };
  }
  get listString(): string {
    return this.read('listString') as string;
  }
  get level(): number {
    return this.read('level') as number;
  }
}

export class FakeFontProxy extends FakeObject<RangeNode> {
  protected scalars(): Scalars<RangeNode> {
    const get = (key: keyof FakeFont) => (r: RangeNode) => {
      const runs = this.world.runsOf(r);
      return fontOfRuns(runs.length ? runs : r.para.runs)[key];
    };
    return {
      name: get('name'),
      size: get('size'),
      bold: get('bold'),
      italic: get('italic'),
      underline: get('underline'),
      color: get('color'),
    };
  }
  private set<K extends keyof FakeFont>(key: K, value: FakeFont[K]): void {
    this.write((r) => {
      const runs = this.world.runsOf(r);
      for (const run of runs.length ? runs : r.para.runs) run.font[key] = value;
    });
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.set('name', v);
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(v: number) {
    this.set('size', v);
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  get underline(): string {
    return this.read('underline') as string;
  }
  set underline(v: string) {
    this.set('underline', v);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.set('color', v);
  }
}

export class FakeRange extends FakeObject<RangeNode> {
  protected scalars(): Scalars<RangeNode> {
    return { text: (r) => paraText(r.para).slice(r.start, r.end) };
  }

  protected override navigation(): Record<string, () => Loadable> {
    return { font: () => this.font };
  }

  get text(): string {
    return this.read('text') as string;
  }

  get font(): FakeFontProxy {
    return this.nav('font', () => new FakeFontProxy(this.ctx, () => this.required()));
  }

  insertText(text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): FakeRange {
    return this.produce(
      (r) => new FakeRange(this.ctx, r),
      (r) => {
        if (location === 'Replace') {
          const created = this.world.replaceText(r.para, r.start, r.end, text);
          r.start = created.start;
          r.end = created.end;
          return created;
        }
        const at = location === 'Start' || location === 'Before' ? r.start : r.end;
        const created = this.world.replaceText(r.para, at, at, text);
        if (location === 'Start') r.start = created.start;
        if (location === 'End') r.end = created.end;
        return created;
      },
    );
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.produce(
      (r) => new FakeParagraph(this.ctx, r),
      (r) => {
        const p = newParagraph(r.para.parent, text, r.para);
        insertNear(r.para, p, location);
        return p;
      },
    );
  }

  /** Hits inside this range only (Word searches a range's own text). */
  search(searchText: string, options?: SearchOptions): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, () => {
      const r = this.required();
      return searchIn(this.world, [r.para], searchText, options).filter((h) => h.start >= r.start && h.end <= r.end);
    });
  }

  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.required();
      if (location === 'Start') return this.world.newRange(r.para, r.start, r.start);
      if (location === 'End') return this.world.newRange(r.para, r.end, r.end);
      return this.world.newRange(r.para, r.start, r.end);
    });
  }

  delete(): void {
    this.write((r) => {
      const created = this.world.replaceText(r.para, r.start, r.end, '');
      r.start = created.start;
      r.end = created.end;
    });
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.required();
      const b = other.required();
      if (a.para !== b.para)
        throw new FakeOfficeError('NotImplemented', 'The fake supports ranges within one paragraph only.');
      return this.world.newRange(a.para, Math.min(a.start, b.start), Math.max(a.end, b.end));
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const r = this.required();
      this.world.selection = this.world.newRange(r.para, r.start, r.end);
    });
  }

  insertComment(commentText: string): FakeComment {
    return this.produce(
      (r) => new FakeComment(this.ctx, r),
      (r) => {
        this.world.requireApi('1.4', 'Range.insertComment');
        const comment = {
          id: this.world.id(),
          content: commentText,
          range: this.world.newRange(r.para, r.start, r.end),
        };
        this.world.comments.push(comment);
        return comment;
      },
    );
  }
}

export class FakeRangeCollection extends FakeCollection<RangeNode, FakeRange> {
  constructor(ctx: FakeRequestContext, list: () => RangeNode[]) {
    let found: RangeNode[] | null = null;
    const search = () => (found ??= list());
    // A search runs once, at the sync after the call (loaded or not); its hits are live ranges from then on.
    super(ctx, search, (c, node) => new FakeRange(c, () => node));
    ctx.enqueue(() => void search());
  }
  protected makeItemLazy(resolver: () => RangeNode | null): FakeRange {
    return new FakeRange(this.ctx, resolver);
  }
  getFirst(): FakeRange {
    return this.pick(() => 0, false);
  }
  getLast(): FakeRange {
    return this.pick((length) => length - 1, false);
  }
}

export class FakeTable extends FakeObject<TableNode> {
  protected scalars(): Scalars<TableNode> {
    return {
      rowCount: (t) => t.rows.length,
      values: (t) => t.rows.map((row) => row.map((cell) => paragraphsIn(cell.blocks).map(paraText).join('\r'))),
    };
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get values(): string[][] {
    return this.read('values') as string[][];
  }
  getBorder(location: string): FakeTableBorder {
    return new FakeTableBorder(this.ctx, () => {
      const t = this.required();
      if (!t.borders[location]) throw new FakeOfficeError('InvalidArgument', `Unknown border location ${location}.`);
      return t.borders[location];
    });
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(this.ctx, () => {
      const cell = this.required().rows[rowIndex]?.[cellIndex];
      if (!cell) throw new FakeOfficeError('ItemNotFound', `No cell ${rowIndex},${cellIndex}.`);
      return cell;
    });
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.produce(
      (r) => new FakeParagraph(this.ctx, r),
      (t) => {
        const p = newParagraph(t.parent, text);
        insertNear(t, p, location);
        return p;
      },
    );
  }
}

export class FakeTableCollection extends FakeCollection<TableNode, FakeTable> {
  constructor(ctx: FakeRequestContext, list: () => TableNode[]) {
    super(ctx, list, (c, node) => new FakeTable(c, () => node));
  }
  protected makeItemLazy(resolver: () => TableNode | null): FakeTable {
    return new FakeTable(this.ctx, resolver);
  }
}

export class FakeTableBorder extends FakeObject<TableNode['borders'][string]> {
  protected scalars(): Scalars<TableNode['borders'][string]> {
    return { type: (b) => b.type, color: (b) => b.color, width: (b) => b.width };
  }
  get type(): string {
    return this.read('type') as string;
  }
  set type(v: string) {
    this.write((b) => (b.type = v));
  }
  set color(v: string) {
    this.write((b) => (b.color = v));
  }
  set width(v: number) {
    this.write((b) => (b.width = v));
  }
}

export class FakeTableCell extends FakeObject<CellNode> {
  protected scalars(): Scalars<CellNode> {
    return {
      rowIndex: (c) => c.table.rows.findIndex((row) => row.includes(c)),
      cellIndex: (c) => c.table.rows.find((row) => row.includes(c))!.indexOf(c),
      columnWidth: (c) => c.columnWidth ?? 0,
    };
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get cellIndex(): number {
    return this.read('cellIndex') as number;
  }
  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(v: number) {
    this.write((c) => (c.columnWidth = v));
  }
  get body(): FakeBody {
    return this.nav('body', () => new FakeBody(this.ctx, () => this.required()));
  }
}

export class FakeContentControl extends FakeObject<ControlNode> {
  protected scalars(): Scalars<ControlNode> {
    return {
      id: (c) => c.id,
      tag: (c) => c.tag,
      title: (c) => c.title,
      placeholderText: (c) => c.placeholderText,
      appearance: (c) => c.appearance,
      text: (c) => paragraphsIn(c.blocks).map(paraText).join('\r'),
    };
  }
  get id(): number {
    return this.read('id') as number;
  }
  get text(): string {
    return this.read('text') as string;
  }
  get tag(): string {
    return this.read('tag') as string;
  }
  set tag(v: string) {
    this.write((c) => (c.tag = v));
  }
  get title(): string {
    return this.read('title') as string;
  }
  set title(v: string) {
    this.write((c) => (c.title = v));
  }
  get placeholderText(): string {
    return this.read('placeholderText') as string;
  }
  set placeholderText(v: string) {
    this.write((c) => {
      if (this.world.refusePlaceholderText)
        throw new FakeOfficeError('NotAllowed', 'The action isn’t supported by Word in a browser.');
      c.placeholderText = v;
    });
  }
  get appearance(): string {
    return this.read('appearance') as string;
  }
  set appearance(v: string) {
    this.write((c) => (c.appearance = v));
  }

  get paragraphs(): FakeParagraphCollection {
    return this.nav(
      'paragraphs',
      () => new FakeParagraphCollection(this.ctx, () => paragraphsIn(this.required().blocks)),
    );
  }

  clear(): void {
    this.write((c) => {
      const like = paragraphsIn(c.blocks)[0];
      c.blocks = [newParagraph(c, '', like)];
    });
  }

  delete(keepContent: boolean): void {
    this.write((c) => {
      const siblings = blocksOf(c.parent);
      const at = siblings.indexOf(c);
      const kept = keepContent ? c.blocks : [];
      for (const b of kept) b.parent = c.parent;
      siblings.splice(at, 1, ...kept);
    });
  }

  insertParagraph(text: string, location: 'Start' | 'End' | 'Before' | 'After'): FakeParagraph {
    return this.produce(
      (r) => new FakeParagraph(this.ctx, r),
      (c) => {
        if (location === 'Before' || location === 'After') {
          const p = newParagraph(c.parent, text, neighbour(c, location === 'Before' ? 'Start' : 'End'));
          insertNear(c, p, location);
          return p;
        }
        const p = newParagraph(c, text, neighbour(c, location));
        insertInto(c, p, location);
        return p;
      },
    );
  }

  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values?: string[][]): FakeTable {
    return this.produce(
      (r) => new FakeTable(this.ctx, r),
      (c) => {
        const t = newTable(c, rowCount, columnCount, values);
        insertInto(c, t, location);
        return t;
      },
    );
  }
}

export class FakeContentControlCollection extends FakeCollection<ControlNode, FakeContentControl> {
  constructor(
    ctx: FakeRequestContext,
    private readonly all: () => ControlNode[],
  ) {
    super(ctx, all, (c, node) => new FakeContentControl(c, () => node));
  }
  protected makeItemLazy(resolver: () => ControlNode | null): FakeContentControl {
    return new FakeContentControl(this.ctx, resolver);
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => this.all().filter((c) => c.tag === tag));
  }
  getFirst(): FakeContentControl {
    return this.pick(() => 0, false);
  }
  getFirstOrNullObject(): FakeContentControl {
    return this.pick(() => 0, true);
  }
}

export class FakeComment extends FakeObject<CommentNode> {
  protected scalars(): Scalars<CommentNode> {
    return { content: (c) => c.content, id: (c) => String(c.id) };
  }
  get content(): string {
    return this.read('content') as string;
  }
  delete(): void {
    this.write((c) => {
      this.world.requireApi('1.4', 'Comment.delete');
      this.world.comments = this.world.comments.filter((x) => x !== c);
    });
  }
}

export class FakeCommentCollection extends FakeCollection<CommentNode, FakeComment> {
  constructor(ctx: FakeRequestContext, list: () => CommentNode[]) {
    super(ctx, list, (c, node) => new FakeComment(c, () => node));
  }
  protected makeItemLazy(resolver: () => CommentNode | null): FakeComment {
    return new FakeComment(this.ctx, resolver);
  }
}

// ---------------------------------------------------------------- the fake Word application

export class FakeWord {
  private readonly world = new World();
  /** Every context Word.run created, in order (each has its own syncCount). */
  readonly contexts: FakeRequestContext[] = [];

  constructor(blocks: readonly FakeBlock[], options: FakeWordOptions = {}) {
    const w = this.world;
    w.body.blocks = buildBlocks(blocks.length ? blocks : [''], w.body, w);
    w.apiVersion = options.apiVersion ?? '1.4';
    w.mode = options.mode ?? 'readWrite';
    if (options.url) w.url = options.url;
    for (const [k, v] of Object.entries(options.settings ?? {})) w.settings.set(k, v);
    if (options.roamingSettings) w.roaming = new Map();
  }

  /** Stand-ins for the `Word` and `Office` globals, as WordHost takes them. */
  get env(): WordEnvironment {
    return { word: this.Word, office: this.Office } as unknown as WordEnvironment;
  }

  readonly Word = {
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeRequestContext(this.world);
      this.contexts.push(ctx);
      try {
        const result = await batch(ctx);
        if (ctx.pending > 0) await ctx.sync();
        return result;
      } finally {
        ctx.closed = true;
      }
    },
  };

  readonly Office = this.makeOffice();

  private makeOffice() {
    const world = this.world;
    const store = (map: () => Map<string, unknown>) => ({
      get: (name: string): unknown => map().get(name) ?? null,
      set: (name: string, value: unknown): void => void map().set(name, value),
      remove: (name: string): void => void map().delete(name),
      saveAsync: (callback?: (result: { status: string; error?: unknown }) => void): void => {
        const failed = world.mode === 'readOnly';
        if (!failed) world.settingsSaves++;
        callback?.(
          failed
            ? { status: 'failed', error: new FakeOfficeError('AccessDenied', 'Read-only.') }
            : { status: 'succeeded' },
        );
      },
    });
    const roaming = store(() => world.roaming ?? new Map());
    return {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string): boolean =>
            name === 'WordApi' && versionAtMost(version ?? '1.1', world.apiVersion),
        },
        document: {
          get mode(): string {
            return world.mode;
          },
          get url(): string {
            return world.url;
          },
          settings: store(() => world.settings),
        },
        get roamingSettings() {
          return world.roaming ? roaming : undefined;
        },
      },
      DocumentMode: { ReadOnly: 'readOnly', ReadWrite: 'readWrite' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    };
  }

  /** Makes `Word` and `Office` globals point at this fake; returns a function that restores the old ones. */
  installGlobals(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Word: g.Word, Office: g.Office };
    g.Word = this.Word;
    g.Office = this.Office;
    return () => {
      g.Word = before.Word;
      g.Office = before.Office;
    };
  }

  // -- levers

  get mode(): 'readWrite' | 'readOnly' {
    return this.world.mode;
  }
  set mode(mode: 'readWrite' | 'readOnly') {
    this.world.mode = mode;
  }
  /** A protected document: mode says readWrite but every write fails with AccessDenied. */
  get protected(): boolean {
    return this.world.protected;
  }
  set protected(value: boolean) {
    this.world.protected = value;
  }
  /** Setting ContentControl.placeholderText fails with NotAllowed, as Word on the web has done (office-js#785). */
  set refusePlaceholderText(value: boolean) {
    this.world.refusePlaceholderText = value;
  }
  setApiVersion(version: string): void {
    this.world.apiVersion = version;
  }
  set changeTrackingMode(mode: string) {
    this.world.changeTrackingMode = mode;
  }
  /** The next sync rejects with this Office error code before running anything. */
  failNextSync(code = 'GeneralException'): void {
    this.world.failures.push(code);
  }
  /** The user edits a paragraph between the add-in's batches. */
  setParagraphText(index: number, text: string): void {
    const p = this.world.paragraphs()[index];
    this.world.replaceText(p, 0, paraText(p).length, text);
  }
  /** A comment someone else (or an earlier run) left. */
  addComment(paragraph: number, start: number, length: number, content: string): void {
    const p = this.world.paragraphs()[paragraph];
    this.world.comments.push({ id: this.world.id(), content, range: this.world.newRange(p, start, start + length) });
  }

  // -- reading back

  get syncCount(): number {
    return this.world.syncCount;
  }
  get settings(): ReadonlyMap<string, unknown> {
    return this.world.settings;
  }
  get settingsSaves(): number {
    return this.world.settingsSaves;
  }
  get roamingSettings(): ReadonlyMap<string, unknown> | null {
    return this.world.roaming;
  }

  texts(): string[] {
    return this.world.paragraphs().map(paraText);
  }

  paragraphs(): FakeParagraphState[] {
    const tables = tablesIn(this.world.body.blocks);
    return this.world.paragraphs().map((p) => {
      const chain = ancestors(p);
      const controls = chain.filter((c): c is ControlNode => c.kind === 'control').reverse();
      const cellNode = chain.find((c): c is CellNode => c.kind === 'cell');
      const state: FakeParagraphState = {
        text: paraText(p),
        styleBuiltIn: p.styleBuiltIn,
        style: p.style,
        alignment: p.alignment,
        font: fontOfRuns(p.runs.some((r) => r.text) ? p.runs.filter((r) => r.text) : p.runs),
        runs: p.runs.filter((r) => r.text).map((r) => ({ text: r.text, font: { ...r.font } })),
        isListItem: p.listString !== undefined,
        spaceAfter: p.spaceAfter,
        firstLineIndent: p.firstLineIndent,
        tags: controls.map((c) => c.tag),
        tableNestingLevel: chain.filter((c) => c.kind === 'cell').length,
      };
      if (p.listString !== undefined) state.listString = p.listString;
      const inner = controls[controls.length - 1];
      if (inner) {
        state.tag = inner.tag;
        state.placeholderText = inner.placeholderText;
      }
      if (cellNode) {
        const row = cellNode.table.rows.findIndex((r) => r.includes(cellNode));
        state.cell = { table: tables.indexOf(cellNode.table), row, cell: cellNode.table.rows[row].indexOf(cellNode) };
      }
      return state;
    });
  }

  controls(): Array<{ id: number; tag: string; title: string; placeholderText: string; texts: string[] }> {
    return controlsIn(this.world.body.blocks).map((c) => ({
      id: c.id,
      tag: c.tag,
      title: c.title,
      placeholderText: c.placeholderText,
      texts: paragraphsIn(c.blocks).map(paraText),
    }));
  }

  tables(): Array<{
    rows: string[][];
    borders: Record<string, string>;
    columnWidths: Array<Array<number | undefined>>;
    tags: string[];
  }> {
    return tablesIn(this.world.body.blocks).map((t) => ({
      rows: t.rows.map((row) => row.map((cell) => paragraphsIn(cell.blocks).map(paraText).join('\n'))),
      borders: Object.fromEntries(Object.entries(t.borders).map(([k, b]) => [k, b.type])),
      columnWidths: t.rows.map((row) => row.map((cell) => cell.columnWidth)),
      tags: ancestors(t)
        .filter((c): c is ControlNode => c.kind === 'control')
        .reverse()
        .map((c) => c.tag),
    }));
  }

  /** Top-level block kinds in order, e.g. ['control', 'paragraph'], to check where things went. */
  blockKinds(): string[] {
    return this.world.body.blocks.map((b) => b.kind);
  }

  comments(): Array<{ content: string; paragraph: number; text: string }> {
    const paras = this.world.paragraphs();
    return this.world.comments.map((c) => ({
      content: c.content,
      paragraph: paras.indexOf(c.range.para),
      text: paraText(c.range.para).slice(c.range.start, c.range.end),
    }));
  }

  selection(): { paragraph: number; start: number; length: number; text: string } | null {
    const s = this.world.selection;
    if (!s) return null;
    return {
      paragraph: this.world.paragraphs().indexOf(s.para),
      start: s.start,
      length: s.end - s.start,
      text: paraText(s.para).slice(s.start, s.end),
    };
  }
}

export function createFakeWord(blocks: readonly FakeBlock[], options?: FakeWordOptions): FakeWord {
  return new FakeWord(blocks, options);
}
