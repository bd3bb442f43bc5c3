import type { Finding } from '../core/finding';
import type { SettingsStore } from '../core/host';
import type { DocumentModel } from '../core/model';

/**
 * "Bỏ qua" (ignore) decisions. A finding is keyed by rule id, flagged text and the whole paragraph text, so the
 * decision survives re-checks and edits elsewhere, but not a change to that paragraph (then it deserves a new look).
 */
export function dismissalKey(finding: Finding, doc: DocumentModel): string {
  const paragraphText = doc.paragraphs[finding.paragraph]?.text ?? '';
  return JSON.stringify([finding.ruleId, finding.text, paragraphText]);
}

const SETTINGS_PREFIX = 'thethuc.dismissed:';

/** Remembers dismissals per document name in the host's settings; an unnamed document keeps them in memory only. */
export class DismissalStore {
  private readonly memory = new Map<string, Set<string>>();

  constructor(private readonly settings: SettingsStore) {}

  load(documentName: string | undefined): Set<string> {
    if (!documentName) return new Set(this.memory.get('') ?? []);
    const raw = this.settings.get(SETTINGS_PREFIX + documentName);
    if (!raw) return new Set();
    try {
      const parsed: unknown = JSON.parse(raw);
      return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
    } catch {
      // A damaged entry must not block checking; it is overwritten on the next dismissal.
      return new Set();
    }
  }

  async save(documentName: string | undefined, keys: ReadonlySet<string>): Promise<void> {
    if (!documentName) {
      this.memory.set('', new Set(keys));
      return;
    }
    await this.settings.set(SETTINGS_PREFIX + documentName, JSON.stringify([...keys]));
  }
}
