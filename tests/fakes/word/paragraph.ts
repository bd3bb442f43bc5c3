// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
import {
  FakeOfficeError,
  FakeFont,
  HEADING_THEME_COLOR,
  ParaNode,
  CellNode,
  ControlNode,
  RangeNode,
  paraText,
  styleNameOf,
  ancestors,
  fontOfRuns,
  newParagraph,
  newTable,
  blocksOf,
  insertNear,
  insertBesideParagraph,
  reviewedText,
  World,
} from './world';
import type { FakeRequestContext } from './document';
import { Scalars, Loadable, FakeObject, FakeCollection, FakeClientResult } from './base';
import { SearchOptions, searchIn, FakeParagraphCollection } from './document';
import { FakeTable, FakeTableCell, FakeContentControl, FakeComment } from './containers';

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
      leftIndent: (p) => p.leftIndent,
      rightIndent: (p) => p.rightIndent,
      spaceBefore: (p) => p.spaceBefore,
      lineSpacing: (p) => p.lineSpacing,
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
      if (p.viaRange)
        throw new FakeOfficeError('InvalidArgument', 'Styling a paragraph inserted through a Range (office-js#1656).');
      if (this.world.headingStyleIgnored && /^Heading\d$/.test(value)) return; // Office-Add-in-samples#223
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
  get leftIndent(): number {
    return this.read('leftIndent') as number;
  }
  set leftIndent(value: number) {
    this.write((p) => (p.leftIndent = value));
  }
  get rightIndent(): number {
    return this.read('rightIndent') as number;
  }
  set rightIndent(value: number) {
    this.write((p) => (p.rightIndent = value));
  }
  get spaceBefore(): number {
    return this.read('spaceBefore') as number;
  }
  set spaceBefore(value: number) {
    this.write((p) => (p.spaceBefore = value));
  }
  get lineSpacing(): number {
    return this.read('lineSpacing') as number;
  }
  set lineSpacing(value: number) {
    this.write((p) => (p.lineSpacing = value));
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
          assertListDetailsReadable(this.world, p);
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
        new FakeTableCell(this.ctx, () => {
          assertListDetailsReadable(this.world, this.required());
          return (ancestors(this.required()).find((c) => c.kind === 'cell') as CellNode | undefined) ?? null;
        }),
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

  /**
   * Paragraph.insertOoxml (WordApi 1.1, learn.microsoft.com word.paragraph#insertooxml): modelled for one package
   * paragraph with 'Replace' only, as src/word/write.ts uses it for rules: the paragraph takes the w:pPr of the
   * package's paragraph (w:pBdr/w:bottom, w:ind, w:jc, w:spacing/@w:after, the mark's w:sz) and its w:t text.
   * How real Word merges a one-paragraph package into an existing paragraph is assumed, not confirmed (notes on
   * insertOoxml: word-api-notes "Header block"; Mac payload reports, office-js#2615).
   */
  insertOoxml(ooxml: string, location: 'Replace'): void {
    this.write((p) => {
      if (location !== 'Replace') throw new FakeOfficeError('NotImplemented', 'The fake models insertOoxml Replace.');
      const body = /<w:body>([\s\S]*)<\/w:body>/.exec(ooxml)?.[1] ?? '';
      const paragraphs = body.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
      if (paragraphs.length !== 1) throw new FakeOfficeError('NotImplemented', 'The fake models one paragraph.');
      const xml = paragraphs[0];
      const attr = (element: string, name: string): string | undefined =>
        new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
      const bottom = /<w:pBdr>[\s\S]*?<w:bottom\b([^>]*)\/>/.exec(xml)?.[1];
      if (bottom) {
        const val = /w:val="([^"]*)"/.exec(bottom)?.[1] ?? 'single';
        const sz = Number(/w:sz="([^"]*)"/.exec(bottom)?.[1] ?? '4');
        const color = /w:color="([^"]*)"/.exec(bottom)?.[1] ?? 'auto';
        p.borderBottom = { type: val === 'single' ? 'Single' : val, width: sz / 8, color: `#${color}` };
      } else delete p.borderBottom;
      const twips = (v: string | undefined) => (v === undefined ? undefined : Number(v) / 20);
      p.leftIndent = twips(attr('ind', 'left')) ?? 0;
      p.rightIndent = twips(attr('ind', 'right')) ?? 0;
      p.firstLineIndent = twips(attr('ind', 'firstLine')) ?? 0;
      p.spaceAfter = twips(attr('spacing', 'after')) ?? p.spaceAfter;
      const jc = attr('jc', 'val');
      if (jc) p.alignment = jc === 'center' ? 'Centered' : jc === 'both' ? 'Justified' : jc[0].toUpperCase() + jc.slice(1);
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const size = Number(attr('sz', 'val')) / 2;
      const font = { ...(p.runs[0]?.font ?? {}), ...(size ? { size } : {}) } as (typeof p.runs)[number]['font'];
      p.runs = [{ text, font }];
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
        insertBesideParagraph(anchor, p, location);
        return p;
      },
    );
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    return this.produce(
      (r) => new FakeTable(this.ctx, r),
      (anchor) => {
        const t = newTable(anchor.parent, rowCount, columnCount, values);
        insertBesideParagraph(anchor, t, location);
        return t;
      },
    );
  }

  /** The innermost table around the paragraph (WordApi 1.3). */
  get parentTableOrNullObject(): FakeTable {
    return this.nav(
      'parentTable',
      () =>
        new FakeTable(this.ctx, () => {
          const cell = ancestors(this.required()).find((c): c is CellNode => c.kind === 'cell');
          return cell ? cell.table : null;
        }),
    );
  }

  /** Text as it will read with tracked changes applied ('Current') or rejected ('Original'); WordApi 1.4. */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    return this.result(() => {
      this.world.requireApi('1.4', 'Paragraph.getReviewedText');
      const p = this.required();
      return version === 'Original' ? paraText(p) : reviewedText(p);
    });
  }

  /** WordApi 1.3. */
  detachFromList(): void {
    this.write((p) => (p.listString = undefined));
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
    return {
      font: () => this.font,
      parentContentControlOrNullObject: () => this.parentContentControlOrNullObject,
      parentTableCellOrNullObject: () => this.parentTableCellOrNullObject,
    };
  }

  get text(): string {
    return this.read('text') as string;
  }

  get font(): FakeFontProxy {
    return this.nav('font', () => new FakeFontProxy(this.ctx, () => this.required()));
  }

  /** The paragraphs the range touches (one: the fake's ranges stay within a paragraph). */
  get paragraphs(): FakeParagraphCollection {
    return this.nav('paragraphs', () => new FakeParagraphCollection(this.ctx, () => [this.required().para]));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav(
      'parentCC',
      () =>
        new FakeContentControl(
          this.ctx,
          () => (ancestors(this.required().para).find((c) => c.kind === 'control') as ControlNode | undefined) ?? null,
        ),
    );
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return this.nav(
      'parentCell',
      () =>
        new FakeTableCell(
          this.ctx,
          () => (ancestors(this.required().para).find((c) => c.kind === 'cell') as CellNode | undefined) ?? null,
        ),
    );
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
        p.viaRange = true;
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

/**
 * Word on the web fails the whole sync when list details are loaded for a list item holding tracked changes
 * (office-js#5901 open, #5335); Word for desktop reads them (#5901: "Word for Desktop works fine").
 */
function assertListDetailsReadable(world: World, p: ParaNode): void {
  if (world.host === 'web' && p.listString !== undefined && p.runs.some((r) => r.deleted))
    throw new FakeOfficeError('GeneralException', "Cannot read properties of null (reading 'listId')");
}
