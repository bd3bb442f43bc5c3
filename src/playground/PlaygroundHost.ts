import { applyTextEditsDetailed } from '../core/applyEdits';
import type { BlockPosition, Edit, InsertBlockEdit, TextEdit } from '../core/edit';
import type {
  ApplyResult,
  DocumentChange,
  DocumentHost,
  HostStatus,
  ReviewComment,
  SettingsStore,
  TextLocation,
} from '../core/host';
import { HostError, locationChanged } from '../core/host';
import type { DocumentMeta, DocumentModel } from '../core/model';
import {
  blockItemElements,
  collectParagraphs,
  elementText,
  findControl,
  normalizeBlocks,
  readBlocks,
  readDocument,
  renderDocument,
  replaceText,
  showsPlaceholder,
  textRange,
  tidyPlaceholders,
  type ParagraphBlock,
} from './dom';
import { applyFormat, presentationMatches } from './format';
import { setPage } from './presentation';
import { DocumentSettings, LocalStorageSettings } from './settings';

/** Where inserted blocks go: before `before` in `parent`; `key` names the spot so later insertions follow. */
interface Anchor {
  parent: Node;
  before: Node | null;
  key: string;
  /** Blocks the insertion replaces (removed once the new ones are in). */
  remove?: Node[];
}

/** A review comment as the playground shows it: where it is anchored and the text it was anchored to. */
export interface PlaygroundComment extends ReviewComment {
  quote: string;
}

export interface PlaygroundHostOptions {
  settings?: SettingsStore;
  /** Per-document values (default: local storage under the document's name). */
  documentSettings?: SettingsStore;
  /** Document name (file name), used for reports and per-document settings. */
  name?: string;
}

/**
 * The DocumentHost of the browser playground: the document is the contenteditable `root` element, so the task
 * pane runs unchanged outside Word. The DOM is the only copy of the text; every call reads it afresh.
 */
export class PlaygroundHost implements DocumentHost {
  readonly kind = 'playground' as const;
  readonly settings: SettingsStore;
  readonly documentSettings: SettingsStore;
  private meta: DocumentMeta;
  private commentList: PlaygroundComment[] = [];
  private readonly listeners = new Set<(comments: readonly PlaygroundComment[]) => void>();
  private readonly changeListeners = new Set<(change: DocumentChange) => void>();
  /** The paragraph element holding the caret when the user last worked in the document ('selection' inserts). */
  private lastCaretBlock: HTMLElement | null = null;
  private readonly onSelectionChange = () => {
    const node = this.root.ownerDocument.getSelection()?.focusNode;
    if (!node || !this.root.contains(node) || node === this.root) return;
    const block = collectParagraphs(this.root).find((b) => b.element.contains(node));
    if (block) this.lastCaretBlock = block.element;
  };
  private readonly onInput = () => {
    tidyPlaceholders(this.root);
    this.emitChange('edit');
  };

  constructor(
    readonly root: HTMLElement,
    options: PlaygroundHostOptions = {},
  ) {
    this.settings = options.settings ?? new LocalStorageSettings();
    this.meta = options.name ? { name: options.name } : {};
    this.documentSettings = options.documentSettings ?? new DocumentSettings(() => this.meta.name ?? '');
    root.contentEditable = 'true';
    root.spellcheck = false;
    root.ownerDocument.addEventListener('selectionchange', this.onSelectionChange);
    root.addEventListener('input', this.onInput);
  }

  /** Stops listening to the page (the root element stays as it is). */
  dispose(): void {
    this.root.ownerDocument.removeEventListener('selectionchange', this.onSelectionChange);
    this.root.removeEventListener('input', this.onInput);
    this.listeners.clear();
    this.changeListeners.clear();
  }

  /** Typing, pasting and undo in the page are 'edit'; loading or clearing the document is 'replace'. */
  onDocumentChange(listener: (change: DocumentChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private emitChange(change: DocumentChange): void {
    for (const listener of this.changeListeners) listener(change);
  }

  /** Replaces the whole document (opening a file, pasting text); comments of the previous document go. */
  load(model: DocumentModel): void {
    renderDocument(this.root, model);
    this.root.removeAttribute('data-page');
    this.root.style.padding = '';
    if (model.sections?.[0]) setPage(this.root, model.sections[0]);
    this.meta = { ...model.meta };
    this.lastCaretBlock = null;
    this.setComments([]);
    this.emitChange('replace');
  }

  clear(): void {
    this.load({ paragraphs: [{ text: '' }], meta: {} });
  }

  get name(): string | undefined {
    return this.meta.name;
  }

  async read(): Promise<DocumentModel> {
    return readDocument(this.root, this.meta);
  }

  async select(location: TextLocation): Promise<void> {
    const block = this.blocks()[location.paragraph];
    if (!block) {
      throw new HostError({
        vi: `Không tìm thấy đoạn ${location.paragraph + 1}: văn bản đã thay đổi, hãy kiểm tra lại.`,
        en: `Paragraph ${location.paragraph + 1} is gone: the document changed, check again.`,
      });
    }
    const el = block.element;
    const placeholder = showsPlaceholder(el);
    if (location.expected !== undefined) {
      // The model reads a placeholder as its guidance text, so a finding on guidance compares with that.
      const text = placeholder ? (el.getAttribute('data-placeholder') ?? '') : elementText(el);
      if (text.slice(location.start, location.start + location.length) !== location.expected) {
        throw locationChanged(location);
      }
    }
    const textLength = placeholder ? 0 : elementText(el).length;
    const start = Math.min(location.start, textLength);
    const range = textRange(el, start, Math.min(location.length, textLength - start));
    this.root.focus({ preventScroll: true });
    const selection = this.root.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    this.lastCaretBlock = el;
    // jsdom has no layout, hence no scrollIntoView.
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  async apply(edits: Edit[]): Promise<ApplyResult> {
    const snapshot = this.root.innerHTML;
    const metaBefore = { ...this.meta };
    try {
      const result = this.applyNow(edits);
      if (result.applied > 0) this.emitChange('edit');
      return result;
    } catch (e) {
      // A failure half-way leaves the document exactly as it was.
      this.root.innerHTML = snapshot;
      this.meta = metaBefore;
      return {
        applied: 0,
        stale: [],
        error: {
          vi: `Không sửa được văn bản: ${e instanceof Error ? e.message : String(e)}. Văn bản giữ nguyên.`,
          en: `Could not edit the document: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`,
        },
      };
    }
  }

  private applyNow(edits: Edit[]): ApplyResult {
    normalizeBlocks(this.root);
    const blocks = this.blocks();
    const model = readBlocks(blocks, this.root, this.meta);
    const stale = new Set<number>();
    let applied = 0;

    const textEdits: TextEdit[] = [];
    // Presentation edits are checked against the document as it was read, before any text changes.
    const presentation = edits.flatMap((e, i) =>
      e.kind === 'setFormat' || e.kind === 'setPageSetup'
        ? [{ edit: e, index: i, ok: presentationMatches(model, e) }]
        : [],
    );
    for (const p of presentation) if (!p.ok) stale.add(p.index);
    edits.forEach((e, i) => {
      if (e.kind !== 'replaceText') return;
      // Text in a guidance placeholder is not the user's text: edits aimed at it are refused.
      if (model.paragraphs[e.paragraph]?.showsPlaceholder) stale.add(i);
      else textEdits.push(e);
    });
    // Anchors are resolved before any change, so insertions refer to the document as it was checked.
    const inserts = edits.flatMap((e, i) =>
      e.kind === 'insertBlock' ? [{ edit: e, index: i, anchor: this.anchor(e, blocks, model) }] : [],
    );

    const outcome = applyTextEditsDetailed(model, textEdits);
    for (const e of outcome.stale) stale.add(edits.indexOf(e));
    // Per paragraph these come last-first, so earlier offsets stay valid.
    for (const e of outcome.applied) {
      replaceText(blocks[e.paragraph].element, e.start, e.length, e.replacement);
      applied++;
    }

    for (const { edit, ok } of presentation) {
      if (!ok) continue;
      if (edit.kind === 'setFormat') applyFormat(blocks[edit.paragraph].element, edit);
      else setPage(this.root, edit.set);
      applied++;
    }

    const lastInserted = new Map<string, Node>();
    for (const { edit, index, anchor } of inserts) {
      if (anchor === 'stale') {
        stale.add(index);
        continue;
      }
      this.insert(edit, anchor, lastInserted);
      applied++;
    }

    for (const e of edits) {
      if (e.kind !== 'setMeta') continue;
      if (e.templateId !== undefined) {
        this.meta = { ...this.meta, templateId: e.templateId };
        this.root.setAttribute('data-template-id', e.templateId);
      }
      applied++;
    }
    return { applied, stale: [...stale].sort((a, b) => a - b) };
  }

  /** Where an insertion goes: before `before` in `parent`, or 'stale' when its reference paragraph changed. */
  private anchor(edit: InsertBlockEdit, blocks: ParagraphBlock[], model: DocumentModel): Anchor | 'stale' {
    // An existing control with the tag is replaced in place; the position does not matter then.
    if (edit.tag && findControl(this.root, edit.tag)) return { parent: this.root, before: null, key: 'control' };
    const position: BlockPosition = edit.position;
    switch (position.at) {
      case 'start':
        return { parent: this.root, before: this.root.firstChild, key: 'start' };
      case 'end':
        return { parent: this.root, before: null, key: 'end' };
      case 'selection': {
        const caret = this.lastCaretBlock && this.root.contains(this.lastCaretBlock) ? this.lastCaretBlock : null;
        if (!caret) return { parent: this.root, before: null, key: 'end' };
        const outer = this.outerBlock(caret);
        return { parent: outer.parentNode!, before: outer.nextSibling, key: 'selection' };
      }
      case 'replaceParagraphs':
        return this.replacedRange(position, blocks, model);
      case 'afterParagraph':
      case 'beforeParagraph': {
        const block = blocks[position.paragraph];
        if (!block || model.paragraphs[position.paragraph].text !== position.expected) return 'stale';
        const outer = this.outerBlock(block.element);
        const before = position.at === 'afterParagraph' ? outer.nextSibling : outer;
        return { parent: outer.parentNode!, before, key: `${position.at}:${position.paragraph}` };
      }
    }
  }

  /**
   * The blocks holding paragraphs `first`..`last`, when they still read as expected and no table among them holds a
   * paragraph outside the range (that text would go with it).
   */
  private replacedRange(
    position: Extract<BlockPosition, { at: 'replaceParagraphs' }>,
    blocks: ParagraphBlock[],
    model: DocumentModel,
  ): Anchor | 'stale' {
    const { first, last, expected } = position;
    if (first < 0 || last < first || last >= blocks.length || expected.length !== last - first + 1) return 'stale';
    if (expected.some((text, i) => model.paragraphs[first + i].text !== text)) return 'stale';
    const outer = new Set(blocks.slice(first, last + 1).map((b) => this.outerBlock(b.element)));
    if (blocks.some((b, i) => (i < first || i > last) && outer.has(this.outerBlock(b.element)))) return 'stale';
    const remove = [...outer];
    return { parent: remove[0].parentNode!, before: remove[0], key: `replace:${first}`, remove };
  }

  /** A paragraph inside a table is anchored at its table: blocks are never inserted into a cell. */
  private outerBlock(el: HTMLElement): HTMLElement {
    const table = el.closest('table');
    return table && this.root.contains(table) ? table : el;
  }

  private insert(edit: InsertBlockEdit, anchor: Anchor, lastInserted: Map<string, Node>): void {
    const doc = this.root.ownerDocument;
    const elements = blockItemElements(doc, edit.items);
    const existing = edit.tag ? findControl(this.root, edit.tag) : null;
    if (existing) {
      // Re-running an insertion replaces its block in place.
      existing.replaceChildren(...elements);
      return;
    }
    let nodes: Node[] = elements;
    if (edit.tag) {
      const control = doc.createElement('div');
      control.className = 'tt-control';
      control.setAttribute('data-tag', edit.tag);
      control.append(...elements);
      nodes = [control];
    }
    // Several insertions at one anchor keep their order.
    const previous = lastInserted.get(anchor.key);
    const before = previous && previous.parentNode === anchor.parent ? previous.nextSibling : anchor.before;
    for (const node of nodes) anchor.parent.insertBefore(node, before);
    if (anchor.remove) {
      for (const node of anchor.remove) node.parentNode?.removeChild(node);
      if (nodes.length) lastInserted.set(anchor.key, nodes[nodes.length - 1]);
    } else if (nodes.length && anchor.before !== null) lastInserted.set(anchor.key, nodes[nodes.length - 1]);
  }

  async status(): Promise<HostStatus> {
    return { readOnly: false, trackChanges: false, comments: true };
  }

  async replaceComments(comments: ReviewComment[]): Promise<ApplyResult> {
    const model = readDocument(this.root, this.meta);
    const stale: number[] = [];
    const kept: PlaygroundComment[] = [];
    comments.forEach((c, i) => {
      const text = model.paragraphs[c.paragraph]?.text;
      if (text === undefined || c.start < 0 || c.start + c.length > text.length) stale.push(i);
      else kept.push({ ...c, quote: text.slice(c.start, c.start + c.length) });
    });
    this.setComments(kept);
    return { applied: kept.length, stale };
  }

  get comments(): readonly PlaygroundComment[] {
    return this.commentList;
  }

  /** Calls `listener` whenever the comments change; returns the unsubscribe function. */
  onCommentsChange(listener: (comments: readonly PlaygroundComment[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setComments(comments: PlaygroundComment[]): void {
    const blocks = this.blocks();
    for (const el of Array.from(this.root.querySelectorAll('[data-comment]'))) el.removeAttribute('data-comment');
    for (const c of comments) blocks[c.paragraph]?.element.setAttribute('data-comment', '');
    this.commentList = comments;
    for (const listener of this.listeners) listener(comments);
  }

  private blocks(): ParagraphBlock[] {
    return collectParagraphs(this.root);
  }
}
