// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
import {
  FakeOfficeError,
  ParaNode,
  ContainerNode,
  RangeNode,
  paraText,
  paragraphsIn,
  controlsIn,
  tablesIn,
  World,
  type ParagraphEventHandler,
  type ParagraphEventType,
  newParagraph,
  newTable,
  insertInto,
  neighbour,
} from './world';
import { Op, Scalars, FakeObject, FakeCollection } from './base';
import { FakeParagraph, FakeRange, FakeRangeCollection } from './paragraph';
import { FakeTable, FakeTableCollection, FakeContentControlCollection, FakeCommentCollection } from './containers';

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

  /** WordApi 1.6 paragraph events: `add` registers at the next sync and returns what `remove()` takes back. */
  get onParagraphAdded(): FakeEventSource {
    return new FakeEventSource(this.ctx, 'ParagraphAdded');
  }
  get onParagraphChanged(): FakeEventSource {
    return new FakeEventSource(this.ctx, 'ParagraphChanged');
  }
  get onParagraphDeleted(): FakeEventSource {
    return new FakeEventSource(this.ctx, 'ParagraphDeleted');
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

export interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
}

export function unescapeSearch(searchText: string): string {
  return searchText.replace(/\^(.)/g, (_, ch: string) => {
    const map: Record<string, string> = { '^': '^', t: '\t', l: '\v', s: '\u00a0' };
    if (!(ch in map))
      throw new FakeOfficeError('InvalidArgument', `The fake does not support the search escape ^${ch}.`);
    return map[ch];
  });
}

/** Word's Find matches a straight quote in the search text with curly ones too (word-api-notes 8). */
const QUOTE_CLASSES: Record<string, string> = { "'": "'\u2018\u2019", '"': '"\u201c\u201d' };

function matchesAt(text: string, needle: string, at: number, matchCase: boolean): boolean {
  for (let i = 0; i < needle.length; i++) {
    const want = needle[i];
    const got = text[at + i];
    if (got === undefined) return false;
    if (QUOTE_CLASSES[want]?.includes(got)) continue;
    if (matchCase ? got !== want : got.toLocaleLowerCase() !== want.toLocaleLowerCase()) return false;
  }
  return true;
}

export function searchIn(
  world: World,
  paras: readonly ParaNode[],
  searchText: string,
  options: SearchOptions = {},
): RangeNode[] {
  // office-js#4922: any search fails while Word's Find and Replace dialog is open.
  if (world.searchDialogOpen) throw new FakeOfficeError('SearchDialogIsOpen', 'The search dialog is open.');
  // Over 255 characters: InvalidArgument on desktop (#168, #31), the search-specific code elsewhere.
  if (searchText.length > 255)
    throw new FakeOfficeError(
      world.host === 'desktop' ? 'InvalidArgument' : 'SearchStringInvalidOrTooLong',
      'Search strings are limited to 255 characters.',
    );
  if (!searchText) throw new FakeOfficeError('InvalidArgument', 'Empty search string.');
  if (options.matchWildcards || options.matchWholeWord)
    throw new FakeOfficeError('NotImplemented', 'The fake searches plain text only.');
  const needle = unescapeSearch(searchText);
  const found: RangeNode[] = [];
  for (const para of paras) {
    const text = paraText(para);
    for (let at = 0; at + needle.length <= text.length;) {
      if (matchesAt(text, needle, at, !!options.matchCase)) {
        found.push(world.newRange(para, at, at + needle.length));
        at += needle.length;
      } else at++;
    }
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

/** Document.onParagraph* (WordApi 1.6): registration and removal are queued and take effect at sync, as in Office. */
export class FakeEventSource {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly type: ParagraphEventType,
  ) {}

  add(handler: ParagraphEventHandler): { context: FakeRequestContext; remove(): void } {
    const { ctx, type } = this;
    ctx.enqueue(() => {
      ctx.world.requireApi('1.6', `Document.on${type}`);
      const set = ctx.world.paragraphHandlers.get(type) ?? new Set();
      set.add(handler);
      ctx.world.paragraphHandlers.set(type, set);
    });
    return {
      context: ctx,
      // Queued on the registering context, which Word.run(result.context, batch) opens again (Office's pattern).
      remove: () => ctx.enqueue(() => void ctx.world.paragraphHandlers.get(type)?.delete(handler)),
    };
  }
}
