import { relocateFinding } from '../core/check';
import { compareFindings, type Finding, type Severity } from '../core/finding';
import type { ParagraphDiff } from '../core/fingerprint';
import type { DocumentModel } from '../core/model';

/** A finding as the pane shows it once the document changed after the check. */
export interface ShownFinding {
  /** Moved to the paragraphs' new places when they were untouched. */
  finding: Finding;
  /** False when a paragraph it names changed or went: shown greyed, neither selectable nor fixable. */
  current: boolean;
  /** The finding as the check produced it (what dismissals are keyed on). */
  original: Finding;
  /** Just fixed: kept in place (greyed, no buttons) so the cards below do not move under the pointer. */
  done?: boolean;
}

export interface KindGroup {
  /** The rule id, or 'unfinished' for everything left unfinished (one kind, listed first). */
  key: string;
  ruleId: string;
  label: string;
  items: ShownFinding[];
  /** Findings of this kind that can be fixed together (bulk-safe, current). */
  bulk: number;
}

export interface SeverityGroup {
  severity: Severity;
  kinds: KindGroup[];
  count: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Findings by severity, then by kind (unfinished work first, then kinds in document order), each in document order. */
export function groupBySeverityAndKind(
  shown: readonly ShownFinding[],
  kindLabel: (f: Finding) => string,
  unfinishedLabel: string,
): SeverityGroup[] {
  const ordered = [...shown].sort((a, b) => compareFindings(a.finding, b.finding));
  return SEVERITIES.map((severity) => {
    const kinds = new Map<string, KindGroup>();
    for (const s of ordered) {
      if (s.finding.severity !== severity) continue;
      const key = s.finding.unfinished ? 'unfinished' : s.finding.ruleId;
      let kind = kinds.get(key);
      if (!kind) {
        const label = key === 'unfinished' ? unfinishedLabel : kindLabel(s.finding);
        kind = { key, ruleId: s.finding.ruleId, label, items: [], bulk: 0 };
        kinds.set(key, kind);
      }
      kind.items.push(s);
      if (isBulkFixable(s)) kind.bulk++;
    }
    const list = [...kinds.values()].sort((a, b) => (a.key === 'unfinished' ? -1 : b.key === 'unfinished' ? 1 : 0));
    return { severity, kinds: list, count: list.reduce((n, k) => n + k.items.length, 0) };
  }).filter((g) => g.count > 0);
}

/** Can go in a "fix all" without a person looking: bulk-safe, with a fix, its paragraph as checked. */
export function isBulkFixable(s: ShownFinding): boolean {
  return s.current && !s.done && s.finding.bulkSafe === true && s.finding.fix !== undefined;
}

/** The findings of a check against the document as it is now, given which paragraphs changed. */
export function carryOver(findings: readonly Finding[], diff: ParagraphDiff | null): ShownFinding[] {
  if (!diff) return findings.map((finding) => ({ finding, current: true, original: finding }));
  const newIndex = new Map<number, number>();
  diff.oldIndex.forEach((old, j) => old >= 0 && newIndex.set(old, j));
  return findings.map((finding) => {
    const moved = relocateFinding(finding, (p) => newIndex.get(p));
    return { finding: moved ?? finding, current: moved !== null, original: finding };
  });
}

/** True when nothing of the checked document is left: another document, not an edit of the same one. */
export function isAnotherDocument(before: DocumentModel, after: DocumentModel, diff: ParagraphDiff): boolean {
  if (before.meta.name !== after.meta.name) return true;
  const written = before.paragraphs.filter((p) => p.text.trim() !== '').length;
  return written > 0 && diff.oldIndex.every((old) => old < 0 || before.paragraphs[old].text.trim() === '');
}

export function hasChanged(diff: ParagraphDiff, before: DocumentModel, after: DocumentModel): boolean {
  return diff.changed.length > 0 || diff.removedAt.length > 0 || before.paragraphs.length !== after.paragraphs.length;
}
