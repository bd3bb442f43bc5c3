import { applyTextEditsDetailed } from '../../src/core/applyEdits';
import type { Edit } from '../../src/core/edit';
import type {
  ApplyResult,
  DocumentChange,
  DocumentHost,
  HostStatus,
  ReviewComment,
  SettingsStore,
  TextLocation,
} from '../../src/core/host';
import { createDocument, type DocumentModel } from '../../src/core/model';

export class MemorySettings implements SettingsStore {
  readonly values = new Map<string, string>();
  get(key: string): string | undefined {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
}

/** A DocumentHost over an in-memory model that records every call, for component tests. */
export class MemoryHost implements DocumentHost {
  readonly kind = 'playground' as const;
  readonly settings = new MemorySettings();
  doc: DocumentModel;
  status_: HostStatus = { readOnly: false, trackChanges: false, comments: true };
  readonly selections: TextLocation[] = [];
  readonly applied: Edit[][] = [];
  comments: ReviewComment[] = [];
  reads = 0;
  readError: unknown = null;
  /** When set, read() waits for it (to observe the pane while a check is in progress). */
  readGate: Promise<void> | null = null;
  /** When set, apply() refuses the whole batch with this message. */
  applyError: { vi: string; en: string } | null = null;

  constructor(paragraphs: string[], name?: string) {
    this.doc = createDocument(paragraphs, name ? { name } : {});
  }

  get texts(): string[] {
    return this.doc.paragraphs.map((p) => p.text);
  }

  /** The user typing in the document behind the task pane's back. */
  type(paragraph: number, text: string): void {
    this.doc = { ...this.doc, paragraphs: this.doc.paragraphs.map((p, i) => (i === paragraph ? { ...p, text } : p)) };
  }

  /** Another document taking this one's place (its pane state must go). */
  open(paragraphs: string[], name?: string): void {
    this.doc = createDocument(paragraphs, name ? { name } : {});
  }

  async read(): Promise<DocumentModel> {
    this.reads++;
    if (this.readGate) await this.readGate;
    if (this.readError) throw this.readError;
    return JSON.parse(JSON.stringify(this.doc)) as DocumentModel;
  }

  async select(location: TextLocation): Promise<void> {
    this.selections.push(location);
  }

  async apply(edits: Edit[]): Promise<ApplyResult> {
    this.applied.push(edits);
    if (this.applyError) return { applied: 0, stale: [], error: this.applyError };
    const outcome = applyTextEditsDetailed(this.doc, edits);
    this.doc = outcome.doc;
    return { applied: outcome.applied.length, stale: outcome.stale.map((e) => edits.indexOf(e)) };
  }

  async status(): Promise<HostStatus> {
    return this.status_;
  }

  async replaceComments(comments: ReviewComment[]): Promise<ApplyResult> {
    this.comments = comments;
    return { applied: comments.length, stale: [] };
  }
}

/** A MemoryHost that tells the pane about changes, as the playground does. */
export class EventfulMemoryHost extends MemoryHost {
  private readonly changeListeners = new Set<(change: DocumentChange) => void>();

  onDocumentChange(listener: (change: DocumentChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  emit(change: DocumentChange): void {
    for (const listener of this.changeListeners) listener(change);
  }

  override type(paragraph: number, text: string): void {
    super.type(paragraph, text);
    this.emit('edit');
  }

  override open(paragraphs: string[], name?: string): void {
    super.open(paragraphs, name);
    this.emit('replace');
  }

  override async apply(edits: Edit[]): Promise<ApplyResult> {
    const result = await super.apply(edits);
    if (result.applied) this.emit('edit');
    return result;
  }
}
