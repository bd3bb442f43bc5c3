import type { Edit } from './edit';
import type { LocalizedText } from './i18n';
import type { DocumentModel } from './model';

/** A place in the document: a range of one paragraph's text. */
export interface TextLocation {
  paragraph: number;
  start: number;
  length: number;
  /** The text that must be there now; when the paragraph reads otherwise the host selects nothing and throws. */
  expected?: string;
}

/** An error a host throws with its message in both languages (the task pane shows the user's language). */
export class HostError extends Error {
  constructor(readonly localized: LocalizedText) {
    super(localized.en);
  }
}

/** The paragraph no longer reads as the finding saw it: hosts select nothing and throw this. */
export function locationChanged(location: TextLocation): HostError {
  return new HostError(
    location.expected !== undefined
      ? {
          vi: `Đoạn ${location.paragraph + 1} đã thay đổi: chỗ này không còn là “${location.expected}”. Hãy kiểm tra lại.`,
          en: `Paragraph ${location.paragraph + 1} changed: “${location.expected}” is no longer there. Check again.`,
        }
      : {
          vi: `Đoạn ${location.paragraph + 1} đã thay đổi từ lần kiểm tra trước. Hãy kiểm tra lại.`,
          en: `Paragraph ${location.paragraph + 1} changed since the last check. Check again.`,
        },
  );
}

/** `replace`: another document took its place (opened, pasted, cleared, undone); `edit`: the same one changed. */
export type DocumentChange = 'edit' | 'replace';

export interface ApplyResult {
  /** Number of edits carried out. */
  applied: number;
  /** Indexes (into the edits given) of edits refused because the document no longer reads as expected. */
  stale: number[];
  /** Set when the host refused or failed the whole batch; the document is then unchanged. */
  error?: LocalizedText;
}

export interface HostStatus {
  readOnly: boolean;
  /** Change tracking is on: insertions will show as tracked changes. */
  trackChanges: boolean;
  /** Word comments can be written (WordApi 1.4). */
  comments: boolean;
}

export interface ReviewComment extends TextLocation {
  text: string;
}

/** Remembers small form values between sessions (Office roaming settings, or local storage). */
export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
}

/**
 * What the task pane needs from a document host. Word (Office.js) and the browser playground implement it;
 * the task pane never touches Office.js directly.
 */
export interface DocumentHost {
  readonly kind: 'word' | 'playground';
  /** Reads the whole document into the model (Word: one context.sync()). */
  read(): Promise<DocumentModel>;
  /** Selects and scrolls to a range. */
  select(location: TextLocation): Promise<void>;
  /** Applies edits in one batch, refusing the ones whose expected text no longer matches. */
  apply(edits: Edit[]): Promise<ApplyResult>;
  status(): Promise<HostStatus>;
  /** Replaces this add-in's earlier review comments with these (only when status().comments). */
  replaceComments(comments: ReviewComment[]): Promise<ApplyResult>;
  readonly settings: SettingsStore;
  /** Values kept with this document (Word: Office.context.document.settings); absent where the host has none. */
  readonly documentSettings?: SettingsStore;
  /**
   * Calls `listener` when the document changes, where the host can tell; returns the unsubscribe function. Without
   * it the task pane compares a fresh read when it regains focus.
   */
  onDocumentChange?(listener: (change: DocumentChange) => void): () => void;
}
