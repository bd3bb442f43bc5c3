// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
import {
  FakeOfficeError,
  CellNode,
  TableNode,
  ControlNode,
  CommentNode,
  paraText,
  paragraphsIn,
  newParagraph,
  newTable,
  blocksOf,
  insertNear,
  insertInto,
  neighbour,
  ancestors,
} from './world';
import type { FakeRequestContext } from './document';
import { Loadable, Scalars, FakeObject, FakeCollection } from './base';
import { FakeBody, FakeParagraphCollection } from './document';
import { FakeParagraph } from './paragraph';

export class FakeTable extends FakeObject<TableNode> {
  protected scalars(): Scalars<TableNode> {
    return {
      rowCount: (t) => t.rows.length,
      values: (t) => t.rows.map((row) => row.map((cell) => paragraphsIn(cell.blocks).map(paraText).join('\r'))),
    };
  }
  protected override navigation(): Record<string, () => Loadable> {
    return { parentContentControlOrNullObject: () => this.parentContentControlOrNullObject };
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  /** The innermost content control around the table (WordApi 1.3). */
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
  delete(): void {
    this.write((t) => {
      const siblings = blocksOf(t.parent);
      siblings.splice(siblings.indexOf(t), 1);
    });
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
      // How Word stores a line break here is unknown (word-api-notes 9); the fake turns it into "\r".
      c.placeholderText = v.replace(/\n/g, '\r');
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

  /** Word on the web fails inserting into a control cleared while it held a table (office-js#6330, #3183, #3685). */
  private assertInsertable(c: ControlNode, location: string): void {
    if (c.clearedTable && (location === 'Start' || location === 'End'))
      throw new FakeOfficeError('GeneralException', 'GeneralException (inserting into a cleared table control).');
  }

  clear(): void {
    this.write((c) => {
      if (this.world.host === 'web' && c.blocks.some((b) => b.kind === 'table')) c.clearedTable = true;
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
        this.assertInsertable(c, location);
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
        this.assertInsertable(c, location);
        const t = newTable(c, rowCount, columnCount, values);
        if (this.world.controlTablesEscape) insertNear(c, t, location === 'Start' ? 'Before' : 'After');
        else insertInto(c, t, location);
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
