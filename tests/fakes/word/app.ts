// Part of the in-memory fake Word; see ../fakeWord.ts for what it models and how to use it.
import type { WordEnvironment } from '../../../src/word/WordHost';
import {
  FakeOfficeError,
  FakeHost,
  CellNode,
  ControlNode,
  paraText,
  paragraphsIn,
  controlsIn,
  tablesIn,
  ancestors,
  fontOfRuns,
  FakeBlock,
  FakeWordOptions,
  FakeParagraphState,
  versionAtMost,
  World,
  buildBlocks,
} from './world';
import { FakeRequestContext } from './document';

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
    w.host = options.host ?? 'desktop';
    w.partitionKey = options.partitionKey;
  }

  /** Stand-ins for the `Word` and `Office` globals, as WordHost takes them. */
  get env(): WordEnvironment {
    return { word: this.Word, office: this.Office } as unknown as WordEnvironment;
  }

  readonly Word = {
    /** Word.run(batch), or Word.run(object, batch) to work with objects of an earlier batch (event removal). */
    run: async <T>(
      first: ((context: FakeRequestContext) => Promise<T>) | object,
      second?: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T> => {
      const batch = typeof first === 'function' ? (first as (context: FakeRequestContext) => Promise<T>) : second!;
      const earlier = first instanceof FakeRequestContext ? first : null;
      const ctx = earlier ?? new FakeRequestContext(this.world);
      if (earlier) earlier.closed = false;
      else this.contexts.push(ctx);
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

  /**
   * The pane opened again on the same document (a new add-in session): a fresh Office whose document settings are
   * what was saved into the document, not what the previous session only set. Hand `env` to a new WordHost.
   */
  newPaneSession(): { env: WordEnvironment; Office: ReturnType<FakeWord['makeOffice']> } {
    const Office = this.makeOffice();
    return { Office, env: { word: this.Word, office: Office } as unknown as WordEnvironment };
  }

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
    // Office.Settings (learn.microsoft.com/javascript/api/office/office.settings): loaded when the add-in starts;
    // set/get/remove work on that in-memory copy; saveAsync writes the whole copy into the document;
    // refreshAsync reloads what the document holds, dropping values set but not saved.
    let memory: Map<string, unknown> | null = null;
    const copy = () => (memory ??= new Map(world.settings));
    const documentSettings = {
      ...store(copy),
      saveAsync: (callback?: (result: { status: string; error?: unknown }) => void): void => {
        const failed = world.mode === 'readOnly';
        if (!failed) {
          world.settingsSaves++;
          world.settings = new Map(copy());
        }
        callback?.(
          failed
            ? { status: 'failed', error: new FakeOfficeError('AccessDenied', 'Read-only.') }
            : { status: 'succeeded' },
        );
      },
      refreshAsync: (callback?: (result: { status: string; value: unknown }) => void): void => {
        memory = new Map(world.settings);
        callback?.({ status: 'succeeded', value: documentSettings });
      },
    };
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
          settings: documentSettings,
        },
        get partitionKey(): string | undefined {
          return world.partitionKey;
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
  get host(): FakeHost {
    return this.world.host;
  }
  /** Word's Find and Replace dialog is open: every search fails with SearchDialogIsOpen (office-js#4922). */
  set searchDialogOpen(value: boolean) {
    this.world.searchDialogOpen = value;
  }
  /** Setting styleBuiltIn to a heading is silently ignored (Office-Add-in-samples#223). */
  set headingStyleIgnored(value: boolean) {
    this.world.headingStyleIgnored = value;
  }
  /** ContentControl.insertTable lands beside the control (a stand-in for #866-like surprises, to test read-back). */
  set controlTablesEscape(value: boolean) {
    this.world.controlTablesEscape = value;
  }
  /** Puts the cursor (an empty selection) at `start` of paragraph `paragraph`, or selects `length` characters. */
  setSelection(paragraph: number, start = 0, length = 0): void {
    const p = this.world.paragraphs()[paragraph];
    this.world.selection = this.world.newRange(p, start, start + length);
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
  /** Paragraph events (WordApi 1.6) are raised but lost, as with fast edits (office-js#4874) or Mac deletions (#3864). */
  set dropParagraphEvents(value: boolean) {
    this.world.dropParagraphEvents = value;
  }
  get paragraphEventsRaised(): number {
    return this.world.paragraphEventsRaised;
  }
  /** Handlers registered with document.onParagraph* and not removed. */
  get paragraphHandlerCount(): number {
    return [...this.world.paragraphHandlers.values()].reduce((n, set) => n + set.size, 0);
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
        leftIndent: p.leftIndent,
        rightIndent: p.rightIndent,
        spaceBefore: p.spaceBefore,
        lineSpacing: p.lineSpacing,
        tags: controls.map((c) => c.tag),
        tableNestingLevel: chain.filter((c) => c.kind === 'cell').length,
      };
      if (p.listString !== undefined) state.listString = p.listString;
      if (p.borderBottom) state.borderBottom = { ...p.borderBottom };
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
