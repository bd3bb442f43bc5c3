import type {
  BlockPosition,
  Edit,
  InsertBlockEdit,
  ParagraphSpec,
  SetMetaEdit,
  TableSpec,
  TextEdit,
  TextFormat,
} from '../core/edit';
import { specText } from '../core/edit';
import type { ApplyResult, DocumentHost, HostStatus, ReviewComment, SettingsStore, TextLocation } from '../core/host';
import type { LocalizedText } from '../core/i18n';
import type { DocumentMeta, DocumentModel } from '../core/model';
import { createDocument } from '../core/model';
import { applyTextEditsDetailed } from '../core/applyEdits';
import { columnWidthsInPoints, headingStyle, planFill, tableValues } from './blockPlan';
import { commentContent, isOwnComment } from './comments';
import { officeErrorMessage, WordMessages } from './errors';
import {
  chooseHits,
  escapeSearch,
  narrowReplacement,
  planNeedle,
  planParagraphEdits,
  type NeedlePlan,
  type SearchPart,
} from './needle';
import { PARAGRAPH_LOAD, toModelParagraphs, wordAlignment, type LoadedParagraph } from './readModel';

/** The parts of Office's `Office` global the adapter uses. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: unknown }) => void): void;
}

export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { mode?: unknown; url?: string; settings: OfficeSettingsLike };
    roamingSettings?: OfficeSettingsLike;
  };
}

/** The `Word` and `Office` globals, passed in so tests can hand over a fake. */
export interface WordEnvironment {
  word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  office: OfficeLike;
}

export const TEMPLATE_SETTING = 'thethuc.templateId';
export const CONTROL_TITLE = 'Thể thức';
const BORDERS = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'] as const;

function globalEnvironment(): WordEnvironment {
  // Office.js boundary: the globals exist only inside Office.
  const g = globalThis as unknown as { Word: WordEnvironment['word']; Office: OfficeLike };
  return { word: g.Word, office: g.Office };
}

function failure(error: LocalizedText): ApplyResult {
  return { applied: 0, stale: [], error };
}

function saveSettings(settings: OfficeSettingsLike): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (String(result.status) === 'failed' ? reject(result.error) : resolve())),
  );
}

/** Roaming settings where Office offers them, else the task pane's local storage, else memory. */
export function createSettingsStore(office: OfficeLike | undefined): SettingsStore {
  const roaming = office?.context.roamingSettings;
  if (roaming) {
    return {
      get: (key) => {
        const value = roaming.get(key);
        return typeof value === 'string' ? value : undefined;
      },
      set: (key, value) => {
        roaming.set(key, value);
        return saveSettings(roaming);
      },
    };
  }
  const memory = new Map<string, string>();
  const storage = (() => {
    try {
      return (globalThis as { localStorage?: Storage }).localStorage;
    } catch {
      return undefined; // storage can be blocked (private mode, sandboxed frames)
    }
  })();
  const prefix = 'thethuc.';
  return {
    get: (key) => {
      try {
        return storage?.getItem(prefix + key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set: async (key, value) => {
      memory.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // memory keeps the value for this session
      }
    },
  };
}

/** A located search plan waiting for its hits. */
interface PendingLocation {
  paragraph: number;
  plan: NeedlePlan;
  /** The window's text when planned; the current text must still read so. */
  windowText: string;
  hits: Word.RangeCollection[];
}

/**
 * DocumentHost over Office.js (declared requirement: WordApi 1.3; 1.4 features are detected). Logic that can be
 * pure lives in needle.ts, readModel.ts, blockPlan.ts, errors.ts; this class only talks to Word.
 */
export class WordHost implements DocumentHost {
  readonly kind = 'word' as const;
  readonly settings: SettingsStore;
  /** Paragraph texts of the last read, used to plan search needles before the batch that loads current texts. */
  private texts: string[] | null = null;

  constructor(private readonly env: WordEnvironment = globalEnvironment()) {
    this.settings = createSettingsStore(env.office);
  }

  async read(): Promise<DocumentModel> {
    const loaded = await this.env.word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PARAGRAPH_LOAD);
      await context.sync();
      return paragraphs.items.map(toLoadedParagraph);
    });
    this.texts = loaded.map((p) => p.text);
    return createDocument(toModelParagraphs(loaded), this.meta());
  }

  async select(location: TextLocation): Promise<void> {
    await this.env.word.run(async (context) => {
      const planning = await this.planningTexts(context);
      const paragraphs = context.document.body.paragraphs.load('text');
      const searches = new Map<string, Word.RangeCollection>();
      const pending = this.locate(context, searches, planning, location.paragraph, location.start, location.length);
      await context.sync();
      const current = paragraphs.items.map((p) => p.text);
      const range = pending && this.foundRange(current, pending);
      if (range) range.select();
      else paragraphs.items[location.paragraph]?.select();
      await context.sync();
    });
  }

  async apply(edits: Edit[]): Promise<ApplyResult> {
    if (this.isReadOnly()) return failure(WordMessages.readOnly);
    const indexed = edits.map((edit, index) => ({ edit, index }));
    const textEdits = indexed.filter((e): e is { edit: TextEdit; index: number } => e.edit.kind === 'replaceText');
    const inserts = indexed.filter((e): e is { edit: InsertBlockEdit; index: number } => e.edit.kind === 'insertBlock');
    const metas = indexed.filter((e): e is { edit: SetMetaEdit; index: number } => e.edit.kind === 'setMeta');
    // Formatting and page-setup edits are not carried out by this host yet: refused, never silently dropped.
    const stale: number[] = indexed
      .filter((e) => e.edit.kind === 'setFormat' || e.edit.kind === 'setPageSetup')
      .map((e) => e.index);
    let applied = 0;
    try {
      if (textEdits.length || inserts.length) {
        const result = await this.env.word.run((context) => this.applyInWord(context, textEdits, inserts));
        applied += result.applied;
        stale.push(...result.stale);
      }
    } catch (error) {
      return failure(officeErrorMessage(error));
    }
    for (const { edit } of metas) {
      if (edit.templateId === undefined) continue;
      try {
        this.env.office.context.document.settings.set(TEMPLATE_SETTING, edit.templateId);
        await saveSettings(this.env.office.context.document.settings);
        applied++;
      } catch (error) {
        return { applied, stale, error: officeErrorMessage(error) };
      }
    }
    return { applied, stale: stale.sort((a, b) => a - b) };
  }

  async status(): Promise<HostStatus> {
    const readOnly = this.isReadOnly();
    const comments = this.supports('1.4');
    let trackChanges = false;
    if (comments) {
      try {
        trackChanges = await this.env.word.run(async (context) => {
          context.document.load('changeTrackingMode');
          await context.sync();
          return context.document.changeTrackingMode !== 'Off';
        });
      } catch {
        trackChanges = false; // some hosts announce 1.4 and still refuse the property
      }
    }
    return { readOnly, trackChanges, comments };
  }

  async replaceComments(comments: ReviewComment[]): Promise<ApplyResult> {
    if (!this.supports('1.4')) return failure(WordMessages.commentsUnsupported);
    if (this.isReadOnly()) return failure(WordMessages.readOnly);
    try {
      return await this.env.word.run(async (context) => {
        const planning = await this.planningTexts(context);
        const body = context.document.body;
        const paragraphs = body.paragraphs.load('text');
        const existing = body.getComments().load('content');
        const searches = new Map<string, Word.RangeCollection>();
        const pending = comments.map((c) => this.locate(context, searches, planning, c.paragraph, c.start, c.length));
        await context.sync();
        const current = paragraphs.items.map((p) => p.text);
        const ranges = pending.map((p) => p && this.foundRange(current, p));
        for (const comment of existing.items) if (isOwnComment(comment.content)) comment.delete();
        const stale: number[] = [];
        ranges.forEach((range, i) => {
          if (range) range.insertComment(commentContent(comments[i].text));
          else stale.push(i);
        });
        await context.sync();
        return { applied: comments.length - stale.length, stale };
      });
    } catch (error) {
      return failure(officeErrorMessage(error));
    }
  }

  // ---------------------------------------------------------------- internals

  private isReadOnly(): boolean {
    return this.env.office.context.document.mode === 'readOnly';
  }

  private supports(version: string): boolean {
    try {
      return this.env.office.context.requirements.isSetSupported('WordApi', version);
    } catch {
      return false;
    }
  }

  private meta(): DocumentMeta {
    const meta: DocumentMeta = {};
    const templateId = this.env.office.context.document.settings.get(TEMPLATE_SETTING);
    if (typeof templateId === 'string' && templateId) meta.templateId = templateId;
    const url = this.env.office.context.document.url;
    const name = url ? fileName(url) : '';
    if (name) meta.name = name;
    return meta;
  }

  /** Texts to plan needles with: the last read, or (only when nothing was read yet) one extra sync. */
  private async planningTexts(context: Word.RequestContext): Promise<string[]> {
    if (this.texts) return this.texts;
    const paragraphs = context.document.body.paragraphs.load('text');
    await context.sync();
    return paragraphs.items.map((p) => p.text);
  }

  /** Queues the searches that find [start, start + length) of a paragraph (shared between equal needles). */
  private locate(
    context: Word.RequestContext,
    searches: Map<string, Word.RangeCollection>,
    planning: readonly string[],
    paragraph: number,
    start: number,
    length: number,
  ): PendingLocation | null {
    const text = planning[paragraph];
    const plan = text === undefined ? null : planNeedle(text, start, length);
    if (!plan || text === undefined) return null;
    return {
      paragraph,
      plan,
      windowText: text.slice(plan.start, plan.end),
      hits: plan.parts.map((part) => this.search(context, searches, part)),
    };
  }

  private search(
    context: Word.RequestContext,
    searches: Map<string, Word.RangeCollection>,
    part: SearchPart,
  ): Word.RangeCollection {
    let hits = searches.get(part.search);
    if (!hits) {
      hits = context.document.body.search(part.search, { matchCase: true }).load('text');
      searches.set(part.search, hits);
    }
    return hits;
  }

  /** The range of a located plan, after the sync, or null if the document no longer matches the plan. */
  private foundRange(current: readonly string[], pending: PendingLocation): Word.Range | null {
    const { paragraph, plan, windowText, hits } = pending;
    if ((current[paragraph] ?? '').slice(plan.start, plan.end) !== windowText) return null;
    const chosen = chooseHits(
      current,
      paragraph,
      plan.parts,
      hits.map((h) => h.items.map((r) => r.text)),
    );
    if (!chosen) return null;
    const ranges = chosen.map((k, i) => hits[i].items[k]);
    return ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
  }

  /** Two syncs: one reads texts, search hits and tagged controls; one writes after everything was verified. */
  private async applyInWord(
    context: Word.RequestContext,
    textEdits: Array<{ edit: TextEdit; index: number }>,
    inserts: Array<{ edit: InsertBlockEdit; index: number }>,
  ): Promise<{ applied: number; stale: number[] }> {
    const planning = textEdits.length ? await this.planningTexts(context) : [];
    const paragraphs = context.document.body.paragraphs.load('text');
    const stale: number[] = [];
    const searches = new Map<string, Word.RangeCollection>();

    // Plan text edits on the planning texts: refuse what no longer matches or overlaps, group by paragraph.
    const planningModel = createDocument(planning);
    const { stale: refused } = applyTextEditsDetailed(
      planningModel,
      textEdits.map((e) => e.edit),
    );
    const refusedSet = new Set(refused);
    const groups: Array<{
      pending: PendingLocation;
      replacement: string;
      members: Array<{ edit: TextEdit; index: number }>;
    }> = [];
    const byParagraph = new Map<number, Array<{ edit: TextEdit; index: number }>>();
    for (const e of textEdits) {
      if (refusedSet.has(e.edit)) stale.push(e.index);
      else byParagraph.set(e.edit.paragraph, [...(byParagraph.get(e.edit.paragraph) ?? []), e]);
    }
    for (const [paragraph, members] of byParagraph) {
      const text = planning[paragraph];
      const planned = planParagraphEdits(
        text,
        members.map((m) => ({
          id: m.index,
          start: m.edit.start,
          length: m.edit.length,
          replacement: m.edit.replacement,
        })),
      );
      stale.push(...planned.unlocatable);
      for (const g of planned.groups) {
        groups.push({
          pending: {
            paragraph,
            plan: g,
            windowText: text.slice(g.start, g.end),
            hits: g.parts.map((part) => this.search(context, searches, part)),
          },
          replacement: g.replacement,
          members: members.filter((m) => g.ids.includes(m.index)),
        });
      }
    }
    const existing = inserts.map(({ edit }) =>
      edit.tag ? context.document.contentControls.getByTag(edit.tag).load('tag') : null,
    );
    await context.sync();

    // Verify everything before queueing any write.
    const current = paragraphs.items.map((p) => p.text);
    const textWrites: Array<{ paragraph: number; start: number; run: () => void; count: number }> = [];
    for (const g of groups) {
      const stillThere = g.members.every(
        ({ edit }) => (current[edit.paragraph] ?? '').slice(edit.start, edit.start + edit.length) === edit.expected,
      );
      const range = stillThere ? this.foundRange(current, g.pending) : null;
      if (!range) {
        stale.push(...g.members.map((m) => m.index));
        continue;
      }
      textWrites.push({
        paragraph: g.pending.paragraph,
        start: g.pending.plan.start,
        run: () => writeReplacement(range, g.pending.windowText, g.replacement),
        count: g.members.length,
      });
    }
    const insertWrites: Array<() => void> = [];
    // Placeholder texts go last: Word on the web has refused them (NotAllowed, office-js#785), and a refusal
    // then comes after the structure is in place instead of halfway through it.
    const placeholders: Array<() => void> = [];
    inserts.forEach(({ edit, index }, i) => {
      const control = existing[i]?.items[0];
      const anchor = control ? undefined : this.anchorFor(edit.position, paragraphs.items, current);
      if (anchor === null) {
        stale.push(index);
        return;
      }
      insertWrites.push(() => this.queueInsert(context, edit, control, anchor, placeholders));
    });

    // From the end backwards, so no replacement moves another one's place (Word's ranges follow anyway).
    textWrites.sort((a, b) => b.paragraph - a.paragraph || b.start - a.start).forEach((w) => w.run());
    insertWrites.forEach((write) => write());
    placeholders.forEach((write) => write());
    if (textWrites.length || insertWrites.length) await context.sync();

    const applied = textWrites.reduce((n, w) => n + w.count, 0) + insertWrites.length;
    this.texts = insertWrites.length ? null : this.textsAfter(current, textEdits, stale);
    return { applied, stale };
  }

  /** The texts after the applied text edits, so a following apply needs no fresh read. */
  private textsAfter(
    current: string[],
    textEdits: Array<{ edit: TextEdit; index: number }>,
    stale: number[],
  ): string[] {
    const done = textEdits.filter((e) => !stale.includes(e.index)).map((e) => e.edit);
    return applyTextEditsDetailed(createDocument(current), done).doc.paragraphs.map((p) => p.text);
  }

  /** The paragraph an insertion goes next to; undefined where no paragraph is needed; null when stale. */
  private anchorFor(
    position: BlockPosition,
    items: Word.Paragraph[],
    current: readonly string[],
  ): Word.Paragraph | undefined | null {
    if (position.at === 'replaceParagraphs') return null; // not supported yet: refused as stale
    if (position.at !== 'afterParagraph' && position.at !== 'beforeParagraph') return undefined;
    return current[position.paragraph] === position.expected ? items[position.paragraph] : null;
  }

  private queueInsert(
    context: Word.RequestContext,
    edit: InsertBlockEdit,
    control: Word.ContentControl | undefined,
    anchor: Word.Paragraph | undefined,
    placeholders: Array<() => void>,
  ): void {
    const steps = planFill(edit.items);
    if (control) {
      control.clear();
      this.fill(control, control.paragraphs.getFirst(), steps, placeholders);
      return;
    }
    const position = edit.position;
    let first: Word.Paragraph;
    if (position.at === 'start' || position.at === 'end') {
      first = context.document.body.insertParagraph('', position.at === 'start' ? 'Start' : 'End');
    } else if (position.at === 'selection') {
      first = context.document.getSelection().insertParagraph('', 'After');
    } else {
      first = anchor!.insertParagraph('', position.at === 'afterParagraph' ? 'After' : 'Before');
    }
    if (edit.tag) {
      const wrapper = first.insertContentControl();
      wrapper.tag = edit.tag;
      wrapper.title = CONTROL_TITLE;
      this.fill(wrapper, first, steps, placeholders);
    } else this.fill(null, first, steps, placeholders);
  }

  private fill(
    control: Word.ContentControl | null,
    first: Word.Paragraph,
    steps: ReturnType<typeof planFill>,
    placeholders: Array<() => void>,
  ): void {
    // What was written last; a guidance control is appended after as a whole, never inside.
    let last: { paragraph: Word.Paragraph } | { table: Word.Table } | { guide: Word.ContentControl } = {
      paragraph: first,
    };
    const appendParagraph = (): Word.Paragraph => {
      if ('guide' in last) return last.guide.insertParagraph('', 'After');
      if (control) return control.insertParagraph('', 'End');
      return 'paragraph' in last
        ? last.paragraph.insertParagraph('', 'After')
        : last.table.insertParagraph('', 'After');
    };
    for (const step of steps) {
      if (step.kind === 'paragraph') {
        const paragraph = step.target === 'first' ? first : appendParagraph();
        const guide = writeParagraph(paragraph, step.spec, false, placeholders);
        last = guide ? { guide } : { paragraph };
        continue;
      }
      const { rows, columns, values } = tableValues(step.spec);
      let table: Word.Table;
      if (step.target === 'beforeFirst') table = first.insertTable(rows, columns, 'Before', values);
      else if (control && !('guide' in last)) table = control.insertTable(rows, columns, 'End', values);
      else if ('paragraph' in last) table = last.paragraph.insertTable(rows, columns, 'After', values);
      else table = appendParagraph().insertTable(rows, columns, 'After', values);
      writeTable(table, step.spec, placeholders);
      if (step.target === 'append') last = { table };
    }
  }
}

function toLoadedParagraph(p: Word.Paragraph): LoadedParagraph {
  const list = p.listItemOrNullObject;
  const control = p.parentContentControlOrNullObject;
  const cell = p.parentTableCellOrNullObject;
  const loaded: LoadedParagraph = {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    alignment: p.alignment,
    isListItem: p.isListItem,
    tableNestingLevel: p.tableNestingLevel,
    font: {
      name: p.font.name,
      size: p.font.size,
      bold: p.font.bold,
      italic: p.font.italic,
      underline: p.font.underline,
    },
  };
  if (p.isListItem && !list.isNullObject) loaded.listString = list.listString;
  if (!control.isNullObject)
    loaded.control = { tag: control.tag ?? '', placeholderText: control.placeholderText ?? '' };
  if (p.tableNestingLevel > 0 && !cell.isNullObject)
    loaded.cell = { rowIndex: cell.rowIndex, cellIndex: cell.cellIndex };
  return loaded;
}

/** New text takes the formatting of its neighbour in Word; emphasis not asked for is switched off explicitly. */
const PLAIN: TextFormat = { bold: false, italic: false, underline: false };

function writeFont(font: Word.Font, format: TextFormat): void {
  if (format.font !== undefined) font.name = format.font;
  if (format.size !== undefined) font.size = format.size;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.underline !== undefined) font.underline = format.underline ? 'Single' : 'None';
  if (format.color !== undefined) font.color = format.color;
}

/**
 * Writes a spec into an empty paragraph (or one that already holds its text, for table cells). Returns the
 * guidance control when the spec is a placeholder.
 */
function writeParagraph(
  paragraph: Word.Paragraph,
  spec: ParagraphSpec,
  hasText: boolean,
  placeholders: Array<() => void>,
): Word.ContentControl | null {
  // Style first: applying a style resets the paragraph's formatting.
  paragraph.styleBuiltIn = headingStyle(spec.headingLevel) as Word.Paragraph['styleBuiltIn'];
  if (spec.alignment) paragraph.alignment = wordAlignment(spec.alignment);
  if (spec.spaceAfter !== undefined) paragraph.spaceAfter = spec.spaceAfter;
  if (spec.firstLineIndent !== undefined) paragraph.firstLineIndent = spec.firstLineIndent;
  if (spec.placeholder) {
    writeFont(paragraph.font, { ...PLAIN, ...spec.format });
    const guide = paragraph.insertContentControl();
    guide.tag = spec.placeholder.tag;
    guide.title = CONTROL_TITLE;
    const text = spec.placeholder.text;
    placeholders.push(() => (guide.placeholderText = text));
    return guide;
  }
  if (spec.runs) {
    for (const run of spec.runs)
      writeFont(paragraph.insertText(run.text, 'End').font, { ...PLAIN, ...spec.format, ...run.format });
    return null;
  }
  const text = specText(spec);
  if (text && !hasText) paragraph.insertText(text, 'End');
  writeFont(paragraph.font, { ...PLAIN, ...spec.format });
  return null;
}

function writeTable(table: Word.Table, spec: TableSpec, placeholders: Array<() => void>): void {
  for (const location of BORDERS) table.getBorder(location).type = 'None';
  const widths = spec.columnWidths ? columnWidthsInPoints(spec.columnWidths) : [];
  spec.rows.forEach((row, r) =>
    row.forEach((paragraphs, c) => {
      const cell = table.getCell(r, c);
      if (widths[c]) cell.columnWidth = widths[c];
      const [firstSpec, ...rest] = paragraphs;
      if (firstSpec)
        writeParagraph(
          cell.body.paragraphs.getFirst(),
          firstSpec,
          !firstSpec.runs && !firstSpec.placeholder,
          placeholders,
        );
      for (const spec of rest) writeParagraph(cell.body.insertParagraph('', 'End'), spec, false, placeholders);
    }),
  );
}

/** The file name of a document URL or path; a local path such as "đạt 100%.docx" is not URL-encoded. */
export function fileName(url: string): string {
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Writes only the changed middle of a found stretch when its unchanged ends can be found inside it. */
function writeReplacement(range: Word.Range, original: string, replacement: string): void {
  const narrowed = narrowReplacement(original, replacement);
  if (!narrowed) {
    range.insertText(replacement, 'Replace');
    return;
  }
  const find = (within: Word.Range, text: string) => within.search(escapeSearch(text), { matchCase: true }).getFirst();
  const start = narrowed.prefix ? find(range, narrowed.prefix).getRange('End') : range.getRange('Start');
  const rest = start.expandTo(range.getRange('End'));
  const end = narrowed.suffix ? find(rest, narrowed.suffix).getRange('Start') : range.getRange('End');
  const middle = start.expandTo(end);
  if (narrowed.replacement) middle.insertText(narrowed.replacement, 'Replace');
  else middle.delete();
}
