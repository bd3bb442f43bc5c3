import type { Edit, FormatEdit, InsertBlockEdit, SetMetaEdit, TextEdit } from '../core/edit';
import type {
  ApplyResult,
  DocumentChange,
  DocumentHost,
  HostStatus,
  ReviewComment,
  SettingsStore,
  TextLocation,
} from '../core/host';
import { locationChanged } from '../core/host';
import type { LocalizedText } from '../core/i18n';
import { localize } from '../core/i18n';
import type { DocumentMeta, DocumentModel } from '../core/model';
import { createDocument } from '../core/model';
import { applyTextEditsDetailed } from '../core/applyEdits';
import { commentContent, isOwnComment } from './comments';
import { officeErrorCode, officeErrorMessage, WordMessages } from './errors';
import { foundRange, queueLocate, queuePlan, type PendingLocation } from './locate';
import { planParagraphEdits } from './needle';
import { PARAGRAPH_LOAD, toModelParagraphs, type LoadedParagraph } from './readModel';
import { createDocumentSettingsStore, createSettingsStore, saveSettings, type OfficeLike } from './settings';
import { FORMAT_LOAD, formatApplies, writeFormat } from './format';
import { loadSelection, placeFor, queueInsert, type Placement } from './insert';
import { writeReplacement, type WriteQueue } from './write';
import { POLL_MS, watchDocument, type WatchOptions } from './events';

export { createSettingsStore, type OfficeLike, type OfficeSettingsLike } from './settings';
export { CONTROL_TITLE } from './write';

/** The `Word` and `Office` globals, passed in so tests can hand over a fake. */
export interface WordEnvironment {
  word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  office: OfficeLike;
}

export const TEMPLATE_SETTING = 'thethuc.templateId';

function globalEnvironment(): WordEnvironment {
  // Office.js boundary: the globals exist only inside Office.
  const g = globalThis as unknown as { Word: WordEnvironment['word']; Office: OfficeLike };
  return { word: g.Word, office: g.Office };
}

function failure(error: LocalizedText): ApplyResult {
  return { applied: 0, stale: [], error };
}

/** Paragraph facts an apply needs before writing (first sync). */
const APPLY_LOAD = 'text,isListItem,tableNestingLevel,parentContentControlOrNullObject/tag';

type Indexed<E> = { edit: E; index: number };

/** How long after its own write the host takes change reports for its own (a poll tick and some slack). */
const OWN_WRITE_MS = POLL_MS + 500;

/**
 * DocumentHost over Office.js (declared requirement: WordApi 1.3; 1.4 features are detected). Built around the
 * ways real Word differs from a naive model (../shared/reference/word-api-notes.md, docs/word-compatibility.md).
 * Pure logic lives in needle.ts, readModel.ts, blockPlan.ts, errors.ts; writing blocks in write.ts.
 */
export class WordHost implements DocumentHost {
  readonly kind = 'word' as const;
  readonly settings: SettingsStore;
  readonly documentSettings: SettingsStore | undefined;
  /** Paragraph texts (as Word holds them) of the last read: the offsets of findings refer to these. */
  private texts: string[] | null = null;
  /** Paragraphs holding tracked changes at the last read: no text fix there. */
  private tracked = new Set<number>();
  /** The add-in's own writes under way, and until when their change reports are not the user's (see events.ts). */
  private writing = 0;
  private quietUntil = 0;

  constructor(private readonly env: WordEnvironment = globalEnvironment()) {
    this.settings = createSettingsStore(env.office);
    this.documentSettings = createDocumentSettingsStore(env.office);
  }

  /** Two syncs: plain properties of all paragraphs, then details only for the paragraphs that need them. */
  async read(): Promise<DocumentModel> {
    const reviewed = this.supports('1.4');
    const loaded = await this.env.word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_LOAD);
      await context.sync();
      const items = paragraphs.items;
      const out = items.map(toLoadedParagraph);
      // A failing detail (list numbers under tracked changes on the web, office-js#5901) only costs that detail.
      const attempts = [
        { lists: true, reviewed },
        { lists: false, reviewed },
        { lists: false, reviewed: false },
      ];
      for (const attempt of attempts) {
        try {
          await loadDetails(context, items, out, attempt);
          break;
        } catch {
          // the next attempt asks for less
        }
      }
      return out;
    });
    this.texts = loaded.map((p) => p.text);
    this.tracked = new Set(
      loaded.flatMap((p, i) => (p.reviewedText !== undefined && p.reviewedText !== p.text ? [i] : [])),
    );
    const doc = createDocument(toModelParagraphs(loaded), this.meta());
    // Per-paragraph font and layout (WordApi 1.3); no page setup in any WordApi requirement set the add-in uses.
    doc.capabilities = { fonts: true, paragraphFormat: true };
    return doc;
  }

  /**
   * Selects the stretch when the paragraph still reads as it did at the check; selects nothing when it changed.
   * Where the stretch cannot be searched (tracked changes, Find dialog open, Word's hits disagree) the paragraph.
   */
  async select(location: TextLocation): Promise<void> {
    await this.env.word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('text');
      await context.sync();
      const { paragraph, start, length, expected } = location;
      const target = paragraphs.items[paragraph];
      const text = target?.text;
      // The pane shows why nothing was selected (issue 9): the finding no longer matches the document.
      if (text === undefined || (this.texts !== null && this.texts[paragraph] !== text))
        throw locationChanged(location);
      if (expected !== undefined && text.slice(start, start + length) !== expected) throw locationChanged(location);
      let pending = this.tracked.has(paragraph) ? null : queueLocate(target, text, start, length);
      if (pending) {
        try {
          await context.sync();
        } catch (error) {
          // office-js#4922: Find and Replace dialog open; selecting the paragraph still helps.
          if (officeErrorCode(error) !== 'SearchDialogIsOpen') throw error;
          pending = null;
        }
      }
      const range = pending && foundRange(pending);
      if (range) range.select();
      else target.select();
      await context.sync();
    });
  }

  /**
   * Paragraph events where Word has them (1.6), else a text comparison on a timer (src/word/events.ts). Word reports
   * the add-in's own writes too, after its batch: those reported during a write or within OWN_WRITE_MS after are
   * dropped (the pane re-checks after its own fixes anyway).
   */
  onDocumentChange(listener: (change: DocumentChange) => void, options?: WatchOptions): () => void {
    return watchDocument(
      this.env,
      () => {
        if (!this.writing && Date.now() >= this.quietUntil) listener('edit');
      },
      { ...options, quiet: () => this.writing > 0 || Date.now() < this.quietUntil },
    );
  }

  async apply(edits: Edit[]): Promise<ApplyResult> {
    return this.asOwnWrite(() => this.applyEdits(edits));
  }

  private async asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await write();
    } finally {
      this.writing--;
      this.quietUntil = Date.now() + OWN_WRITE_MS;
    }
  }

  private async applyEdits(edits: Edit[]): Promise<ApplyResult> {
    if (this.isReadOnly()) return failure(WordMessages.readOnly);
    const indexed = edits.map((edit, index) => ({ edit, index }));
    const textEdits = indexed.filter((e): e is Indexed<TextEdit> => e.edit.kind === 'replaceText');
    const inserts = indexed.filter((e): e is Indexed<InsertBlockEdit> => e.edit.kind === 'insertBlock');
    const metas = indexed.filter((e): e is Indexed<SetMetaEdit> => e.edit.kind === 'setMeta');
    const formats = indexed.filter((e): e is Indexed<FormatEdit> => e.edit.kind === 'setFormat');
    // WordApi 1.3 has no page setup: such edits are refused, never silently dropped.
    const stale: number[] = indexed.filter((e) => e.edit.kind === 'setPageSetup').map((e) => e.index);
    let applied = 0;
    try {
      if (textEdits.length || inserts.length || formats.length) {
        const result = await this.env.word.run((context) => this.applyInWord(context, { textEdits, inserts, formats }));
        if (result.error)
          return {
            applied: result.applied,
            stale: [...stale, ...result.stale].sort((a, b) => a - b),
            error: result.error,
          };
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

  /** Three syncs: texts and existing comments; searches inside the commented paragraphs; the writes. */
  async replaceComments(comments: ReviewComment[]): Promise<ApplyResult> {
    return this.asOwnWrite(() => this.writeComments(comments));
  }

  private async writeComments(comments: ReviewComment[]): Promise<ApplyResult> {
    if (!this.supports('1.4')) return failure(WordMessages.commentsUnsupported);
    if (this.isReadOnly()) return failure(WordMessages.readOnly);
    try {
      return await this.env.word.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs.load('text');
        const existing = body.getComments().load('content');
        await context.sync();
        const items = paragraphs.items;
        const pending = comments.map((c) => {
          const target = items[c.paragraph];
          const ok =
            target && !this.tracked.has(c.paragraph) && (this.texts?.[c.paragraph] ?? target.text) === target.text;
          return ok ? queueLocate(target, target.text, c.start, c.length) : null;
        });
        if (pending.some(Boolean)) await context.sync();
        const ranges = pending.map((p) => p && foundRange(p));
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

  /**
   * Sync 1 reads the current texts and where insertions go; sync 2 (text edits only) searches inside the target
   * paragraphs and reads their reviewed text; the last sync writes everything and reads back what proves that the
   * structures landed.
   */
  private async applyInWord(
    context: Word.RequestContext,
    edits: {
      textEdits: Array<Indexed<TextEdit>>;
      inserts: Array<Indexed<InsertBlockEdit>>;
      formats: Array<Indexed<FormatEdit>>;
    },
  ): Promise<ApplyResult> {
    const { textEdits, inserts, formats } = edits;
    const load = [inserts.length ? APPLY_LOAD : 'text', ...(formats.length ? [FORMAT_LOAD] : [])].join(',');
    const paragraphs = context.document.body.paragraphs.load(load);
    const existing = inserts.map(({ edit }) =>
      edit.tag ? context.document.contentControls.getByTag(edit.tag).load('tag') : null,
    );
    const selection = inserts.some((e) => e.edit.position.at === 'selection') ? loadSelection(context) : null;
    await context.sync();
    const items = paragraphs.items;
    const current = items.map((p) => p.text);
    const stale: number[] = [];

    // Where each insertion goes; a refusal with a message (table cell, another control) stops the whole batch.
    const placements: Array<{ edit: InsertBlockEdit; placement: Placement }> = [];
    for (const [i, { edit, index }] of inserts.entries()) {
      const control = existing[i]?.items[0];
      const placement = control
        ? ({ kind: 'replaceControl', control } as const)
        : placeFor(edit.position, items, current, selection);
      if (placement === 'stale') stale.push(index);
      else if ('vi' in placement) return failure(placement);
      else placements.push({ edit, placement });
    }

    const formatWrites = formats.filter(({ edit, index }) => {
      const ok = formatApplies(edit, items[edit.paragraph]);
      if (!ok) stale.push(index);
      return ok;
    });

    const groups = this.planTextEdits(textEdits, current, items, stale);
    const reviewed = new Map<number, OfficeExtension.ClientResult<string>>();
    if (groups.length) {
      if (this.supports('1.4'))
        for (const g of groups)
          if (!reviewed.has(g.paragraph)) reviewed.set(g.paragraph, items[g.paragraph].getReviewedText('Current'));
      await context.sync();
    }

    // Verify everything before queueing any write.
    const textWrites: Array<{ paragraph: number; start: number; run: () => void; count: number }> = [];
    for (const g of groups) {
      const review = reviewed.get(g.paragraph);
      // Track Changes: text still holds deleted text (office-js#1267); offsets would not be what the user sees.
      if (review && review.value !== current[g.paragraph]) this.tracked.add(g.paragraph);
      const range = this.tracked.has(g.paragraph) ? null : foundRange(g.pending);
      if (!range) {
        stale.push(...g.indexes);
        continue;
      }
      textWrites.push({
        paragraph: g.paragraph,
        start: g.pending.plan.start,
        run: () => writeReplacement(range, g.original, g.replacement),
        count: g.indexes.length,
      });
    }
    const queue: WriteQueue = { placeholders: [], checks: [] };
    // From the end backwards, so no replacement moves another one's place (Word's ranges follow anyway).
    textWrites.sort((a, b) => b.paragraph - a.paragraph || b.start - a.start).forEach((w) => w.run());
    for (const { edit } of formatWrites) writeFormat(items[edit.paragraph], edit);
    for (const { edit, placement } of placements) queueInsert(context, edit, placement, queue);
    queue.placeholders.forEach((write) => write());
    const writes = textWrites.length + placements.length + formatWrites.length;
    if (writes) await context.sync();

    const applied = textWrites.reduce((n, w) => n + w.count, 0) + placements.length + formatWrites.length;
    this.texts = placements.length ? null : this.textsAfter(current, textEdits, stale);
    const wrong = queue.checks.filter((c) => c.actual() !== c.expected);
    if (wrong.length) {
      const detail = wrong.map((c) => `${c.what}: ${c.actual() || '—'}`).join('; ');
      return { applied, stale, error: localize(WordMessages.notLanded, { detail }) };
    }
    return { applied, stale };
  }

  /** Groups text edits per paragraph on the current texts and queues the searches inside those paragraphs. */
  private planTextEdits(
    textEdits: Array<Indexed<TextEdit>>,
    current: string[],
    items: Word.Paragraph[],
    stale: number[],
  ): Array<{ paragraph: number; pending: PendingLocation; original: string; replacement: string; indexes: number[] }> {
    const { stale: refused } = applyTextEditsDetailed(
      createDocument(current),
      textEdits.map((e) => e.edit),
    );
    const refusedSet = new Set(refused);
    const byParagraph = new Map<number, Array<Indexed<TextEdit>>>();
    for (const e of textEdits) {
      const p = e.edit.paragraph;
      if (refusedSet.has(e.edit) || this.tracked.has(p)) stale.push(e.index);
      else byParagraph.set(p, [...(byParagraph.get(p) ?? []), e]);
    }
    const groups = [];
    for (const [paragraph, members] of byParagraph) {
      const text = current[paragraph];
      const planned = planParagraphEdits(
        text,
        members.map((m) => ({ id: m.index, ...m.edit })),
      );
      stale.push(...planned.unlocatable);
      for (const g of planned.groups)
        groups.push({
          paragraph,
          pending: queuePlan(items[paragraph], text, g),
          original: text.slice(g.start, g.end),
          replacement: g.replacement,
          indexes: g.ids,
        });
    }
    return groups;
  }

  /** The texts after the applied text edits, so a following apply needs no fresh read. */
  private textsAfter(current: string[], textEdits: Array<Indexed<TextEdit>>, stale: number[]): string[] {
    const done = textEdits.filter((e) => !stale.includes(e.index)).map((e) => e.edit);
    return applyTextEditsDetailed(createDocument(current), done).doc.paragraphs.map((p) => p.text);
  }
}

/** Second read batch: list numbers for list items only, cells for table paragraphs only, reviewed texts (1.4). */
async function loadDetails(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  out: LoadedParagraph[],
  options: { lists: boolean; reviewed: boolean },
): Promise<void> {
  const lists = items.map((p, i) =>
    options.lists && out[i].isListItem ? p.listItemOrNullObject.load('listString') : null,
  );
  const cells = items.map((p, i) =>
    out[i].tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load('rowIndex,cellIndex') : null,
  );
  const reviewed = options.reviewed ? items.map((p) => p.getReviewedText('Current')) : [];
  if (!lists.some(Boolean) && !cells.some(Boolean) && !reviewed.length) return;
  await context.sync();
  out.forEach((p, i) => {
    const list = lists[i];
    if (list && !list.isNullObject) p.listString = list.listString;
    const cell = cells[i];
    if (cell && !cell.isNullObject) p.cell = { rowIndex: cell.rowIndex, cellIndex: cell.cellIndex };
    if (reviewed[i]) p.reviewedText = reviewed[i].value;
  });
}

function toLoadedParagraph(p: Word.Paragraph): LoadedParagraph {
  const control = p.parentContentControlOrNullObject;
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
      color: p.font.color,
    },
    layout: {
      firstLineIndent: p.firstLineIndent,
      leftIndent: p.leftIndent,
      rightIndent: p.rightIndent,
      spaceBefore: p.spaceBefore,
      spaceAfter: p.spaceAfter,
    },
  };
  if (!control.isNullObject)
    loaded.control = { tag: control.tag ?? '', placeholderText: control.placeholderText ?? '' };
  return loaded;
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
