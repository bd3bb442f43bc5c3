import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import { changesSince, type CheckResult } from '../core/check';
import type { ParagraphDiff } from '../core/fingerprint';
import type { DocumentChange, DocumentHost } from '../core/host';
import type { DocumentModel } from '../core/model';
import { LIVE_RECHECK_MS, liveRecheckEnabled, saveLiveRecheck } from './liveRecheck';
import { hasChanged, isAnotherDocument } from './staleness';

/** How long typing may go on before the pane reads the document to see which paragraphs changed (live off). */
const CHANGE_SETTLE_MS = 250;

/** The document changed after the check: which paragraphs (null until the document was read again). */
export interface Stale {
  diff: ParagraphDiff | null;
}

export interface WatchedCheck {
  doc: DocumentModel;
  result: CheckResult;
}

export interface DocumentWatchOptions<C extends WatchedCheck> {
  host: DocumentHost;
  /** The check tab is shown: coming back to it compares the document with the last check. */
  active: boolean;
  /** The check on screen (a ref: listeners read the latest). */
  checkedRef: MutableRefObject<C | null>;
  /** The pane's own check or fix is running: its changes are its own, and its result covers the user's. */
  blocked(): boolean;
  checkNow(doc: DocumentModel): Promise<C>;
  show(next: C): void;
  /** Another document took the place of the checked one. */
  forget(): void;
  setStale(update: Stale | null | ((s: Stale | null) => Stale | null)): void;
}

/**
 * Follows the document while the pane is open. A change makes the result stale at once; once typing pauses the
 * pane reads the document and, live (the default), checks the changed paragraphs again and shows the new result in
 * place — it never moves the focus or the scroll. Live off, the changed paragraphs' findings are greyed instead.
 * Hosts that cannot report changes (Word before paragraph events) are compared when the pane gets the focus back.
 */
export function useDocumentWatch<C extends WatchedCheck>(options: DocumentWatchOptions<C>) {
  const { host, active, checkedRef, blocked, checkNow, show, forget, setStale } = options;
  const [live, setLive] = useState(() => liveRecheckEnabled(host.settings));
  const liveRef = useRef(live);
  liveRef.current = live;
  /** The last live re-check failed: the verdict asks the user to check instead. */
  const [liveStuck, setLiveStuck] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Edits reported so far: a live result of a document that changed meanwhile stays stale. */
  const edits = useRef(0);

  const settle = useCallback(async () => {
    const current = checkedRef.current;
    const quiet = () => checkedRef.current === current && !blocked();
    if (!current || !quiet()) return;
    const seen = edits.current;
    try {
      const doc = await host.read();
      if (!quiet()) return;
      const diff = changesSince(current.result, doc);
      if (isAnotherDocument(current.doc, doc, diff)) return forget();
      if (!hasChanged(diff, current.doc, doc)) return setStale(null);
      setStale({ diff });
      if (!liveRef.current) return;
      setLiveStuck(false);
      const next = await checkNow(doc);
      if (!quiet()) return;
      show(next);
      // Typed on while the check ran: this result is already behind (the next pause checks again).
      if (edits.current !== seen) setStale({ diff: null });
    } catch {
      // A failed read or check leaves the result as it is; the next check the user asks for reports the error.
      setLiveStuck(true);
    }
  }, [host, checkedRef, blocked, checkNow, show, forget, setStale]);

  const onDocumentChange = useCallback(
    (change: DocumentChange) => {
      if (change === 'replace') return forget();
      if (!checkedRef.current || blocked()) return;
      edits.current++;
      setStale((s) => s ?? { diff: null });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void settle(), liveRef.current ? LIVE_RECHECK_MS : CHANGE_SETTLE_MS);
    },
    [checkedRef, blocked, forget, settle, setStale],
  );

  useEffect(() => {
    const stop = host.onDocumentChange?.(onDocumentChange);
    const onFocus = () => void settle();
    window.addEventListener('focus', onFocus);
    return () => {
      stop?.();
      window.removeEventListener('focus', onFocus);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [host, onDocumentChange, settle]);
  useEffect(() => {
    if (active) void settle();
  }, [active, settle]);

  const toggleLive = useCallback(
    (on: boolean) => {
      setLive(on);
      liveRef.current = on;
      // Remembering the choice is a convenience: a failure to store it must not disturb the user.
      saveLiveRecheck(host.settings, on).catch(() => undefined);
      if (on && checkedRef.current) void settle();
    },
    [host, checkedRef, settle],
  );

  return { live, liveStuck, toggleLive };
}
