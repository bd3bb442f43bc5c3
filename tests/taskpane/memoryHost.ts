import { applyTextEditsDetailed } from '../../src/core/applyEdits';
import type { Edit } from '../../src/core/edit';
import type {
  ApplyResult,
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
