import { Button, Caption1, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { summarize, type CheckResult } from '../../core/check';
import type { CheckConfig } from '../../core/config';
import type { Edit } from '../../core/edit';
import type { Finding } from '../../core/finding';
import type { DocumentHost } from '../../core/host';
import type { Lang } from '../../core/i18n';
import type { DocumentModel } from '../../core/model';
import { renderHtmlReport } from '../../core/report/html';
import { loadSavedTemplates } from '../../core/templates/saved';
import type { Rule } from '../../core/rule';
import { findingsToComments } from '../comments';
import { DismissalStore, dismissalKey } from '../dismissals';
import { carryOver, groupBySeverityAndKind, isBulkFixable, type ShownFinding } from '../staleness';
import { UNFINISHED_LABEL, notEvaluatedLine } from '../../core/verdict';
import { allRules } from '../../core/rules';
import { DismissibleNotice } from '../DismissibleNotice';
import { describeError } from '../errors';
import { printHtml } from '../printReport';
import { fmt, fmtCheck, type StringKey } from '../strings';
import { defaultCheckEngine, type CheckEngine } from '../checkEngine';
import { CheckProgress } from '../CheckProgress';
import { useDocumentWatch, type Stale } from '../useDocumentWatch';
import { FindingList } from './FindingList';
import { OutlineStatus } from './OutlineStatus';
import { VerdictBar } from './VerdictBar';

export interface CheckViewProps {
  host: DocumentHost;
  lang: Lang;
  config?: CheckConfig;
  /** The rules to run; defaults to every built-in rule (tests pass their own). */
  rules?: readonly Rule[];
  /** How to print the HTML report; defaults to a hidden iframe. */
  print?: (html: string) => Promise<void>;
  /** False while another tab is shown; coming back compares the document with the last check. */
  active?: boolean;
  /** Where checks run; defaults to a Web Worker where the browser has them (the main thread with `rules`). */
  engine?: CheckEngine;
}

interface Checked {
  doc: DocumentModel;
  result: CheckResult;
  /** The configuration the check ran with (outline templates the user saved included). */
  config: CheckConfig;
}

type Intent = 'success' | 'warning' | 'error' | 'info';

/** A message kept as a function of the language, so switching language re-renders it. */
interface Notice {
  intent: Intent;
  text: (lang: Lang) => string;
}

const notice = (intent: Intent, key: StringKey, data?: Record<string, string | number>): Notice => ({
  intent,
  text: (lang) => fmt(lang, key, data),
});

const errorNotice = (error: unknown): Notice => ({ intent: 'error', text: (lang) => describeError(error, lang) });

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '0 12px 12px' },
  // Buttons and the latest message stay visible while the reviewer scrolls through findings.
  statusBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '12px 0 8px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Progress and messages come and go over the top of the list, never pushing the cards under the pointer.
  transient: {
    position: 'absolute',
    top: '100%',
    left: 0,
    right: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '4px 0',
    backgroundColor: tokens.colorNeutralBackground2,
    boxShadow: tokens.shadow4,
    ':empty': { display: 'none' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  live: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '4px', minWidth: 0 },
  // A long template name in OutlineStatus's select must not widen the pane.
  outline: {
    minWidth: 0,
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select': { minWidth: 0 },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  fixAll: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-start' },
});

/** A finding fixed one by one: shown done in its place until the next check the user asks for. */
interface Fixed {
  finding: Finding;
  original: Finding;
}

/** Whether two check configurations are the same (so a re-check may reuse the last result). */
function sameConfig(a: CheckConfig, b: CheckConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function CheckView({ host, lang, config, rules, print = printHtml, active = true, engine }: CheckViewProps) {
  const styles = useStyles();
  const store = useMemo(() => new DismissalStore(host.settings), [host]);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  /** Findings just fixed one by one, kept in place until the next check the user asks for. */
  const [done, setDone] = useState<Fixed[]>([]);
  /** The list place whose card takes the focus once the list is updated. */
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focused = useCallback(() => setFocusIndex(null), []);
  const [busy, setBusy] = useState<'checking' | 'applying' | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // The outline template the reviewer picked in OutlineStatus, over the configured one.
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const effectiveConfig = useMemo<CheckConfig>(
    () => ({ ...config, lang: config?.lang ?? lang, ...(templateId ? { templateId } : {}) }),
    [config, lang, templateId],
  );

  // Listeners and async steps read the latest check through refs, not through stale closures.
  const checkedRef = useRef<Checked | null>(null);
  checkedRef.current = checked;
  const applyingRef = useRef(false);
  const busyRef = useRef(false);

  // One engine per view; the default one (a worker) is shared by the page.
  const engineRef = useRef<Promise<CheckEngine> | null>(null);
  const getEngine = useCallback(() => {
    engineRef.current ??= engine ? Promise.resolve(engine) : defaultCheckEngine(rules);
    return engineRef.current;
  }, [engine, rules]);
  useEffect(() => {
    engineRef.current = null;
  }, [engine, rules]);

  /** Reads and checks the document; only the changed paragraphs when the last check is of it, with these settings. */
  const checkNow = useCallback(
    async (read?: DocumentModel): Promise<Checked> => {
      const doc = read ?? (await host.read());
      // Outlines imported and saved in the "Đề cương" view are templates the check can choose too.
      const saved = loadSavedTemplates(host.settings);
      const runConfig = saved.length
        ? { ...effectiveConfig, templates: [...(effectiveConfig.templates ?? []), ...saved] }
        : effectiveConfig;
      const previous = checkedRef.current;
      const reuse = previous && previous.doc.meta.name === doc.meta.name && sameConfig(previous.config, runConfig);
      const result = await (await getEngine()).check(doc, runConfig, reuse ? previous.result : null);
      return { doc, result, config: runConfig };
    },
    [host, effectiveConfig, getEngine],
  );

  const show = useCallback(
    (next: Checked) => {
      setDismissed(store.load(next.doc.meta.name));
      checkedRef.current = next;
      setChecked(next);
      setStale(null);
    },
    [store],
  );

  const runCheck = useCallback(async (): Promise<Checked | null> => {
    setBusy('checking');
    busyRef.current = true;
    try {
      const next = await checkNow();
      show(next);
      return next;
    } catch (e) {
      setMessage(errorNotice(e));
      return null;
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [checkNow, show]);

  // Picking another template re-checks once the new configuration is in place.
  const recheckPending = useRef(false);
  const changeTemplate = useCallback((id: string) => {
    recheckPending.current = true;
    setTemplateId(id);
  }, []);
  useEffect(() => {
    if (!recheckPending.current) return;
    recheckPending.current = false;
    void runCheck();
  }, [runCheck]);

  const onCheck = useCallback(async () => {
    setMessage(null);
    setDone([]);
    await runCheck();
  }, [runCheck]);

  /** Another document took the place of the checked one: nothing of the old result may stay on screen. */
  const forget = useCallback(() => {
    checkedRef.current = null;
    setChecked(null);
    setStale(null);
    setDone([]);
    setMessage(null);
  }, []);
  const blocked = useCallback(() => applyingRef.current || busyRef.current, []);
  const { live, liveStuck, toggleLive } = useDocumentWatch({
    host,
    active,
    checkedRef,
    blocked,
    checkNow,
    show,
    forget,
    setStale,
  });

  const visible = useMemo(() => {
    if (!checked) return [];
    return checked.result.findings.filter((f) => !dismissed.has(dismissalKey(f, checked.doc)));
  }, [checked, dismissed]);
  const summary = useMemo(() => summarize(visible), [visible]);
  const shown = useMemo(() => carryOver(visible, stale?.diff ?? null), [visible, stale]);
  const kindLabel = useCallback(
    (f: Finding) => {
      const rule = (rules ?? allRules).find((r) => r.meta.id === f.ruleId);
      return rule ? rule.meta.description[lang].replace(/\.$/u, '') : f.message[lang];
    },
    [rules, lang],
  );
  const groups = useMemo(() => {
    const tombstones = done.map((d): ShownFinding => ({ ...d, current: false, done: true }));
    // Until the re-check lands, a fixed finding is still in the result: its tombstone takes its place.
    const fixed = new Set(done.map((d) => d.original));
    const open = fixed.size ? shown.filter((s) => !fixed.has(s.original)) : shown;
    return groupBySeverityAndKind([...open, ...tombstones], kindLabel, UNFINISHED_LABEL[lang]);
  }, [shown, done, kindLabel, lang]);

  const applyEdits = useCallback(
    async (edits: Edit[], after?: { fixed?: Fixed; focus: number }) => {
      setMessage(null);
      setBusy('applying');
      applyingRef.current = true;
      try {
        const outcome = await host.apply(edits);
        if (outcome.error) {
          const error = outcome.error;
          setMessage({ intent: 'error', text: (l) => error[l] });
          return;
        }
        // The list answers at once: the fixed card is marked done in its place and the next card takes the focus;
        // the re-check (of the edited paragraphs) then updates the rest in place.
        if (after?.fixed && outcome.applied > 0 && !outcome.stale.length) setDone((d) => [...d, after.fixed!]);
        if (after) setFocusIndex(after.focus + (after.fixed ? 1 : 0));
        await runCheck();
        setMessage(
          outcome.stale.length
            ? notice('warning', 'staleEdits', { count: outcome.stale.length })
            : notice('success', 'fixedAndRechecked', { count: outcome.applied }),
        );
      } catch (e) {
        setMessage(errorNotice(e));
      } finally {
        applyingRef.current = false;
        setBusy(null);
      }
    },
    [host, runCheck],
  );

  const select = useCallback(
    async ({ finding: f, current }: ShownFinding) => {
      if (!current) return setMessage(notice('warning', 'findingChanged'));
      try {
        await host.select({ paragraph: f.paragraph, start: f.start, length: f.length, expected: f.text });
      } catch (e) {
        setMessage(errorNotice(e));
      }
    },
    [host],
  );

  const selectParagraph = useCallback(
    (paragraph: number) => {
      const length = checked?.doc.paragraphs[paragraph]?.text.length ?? 0;
      host.select({ paragraph, start: 0, length }).catch((e: unknown) => setMessage(errorNotice(e)));
    },
    [host, checked],
  );

  const dismiss = useCallback(
    async (f: Finding) => {
      if (!checked) return;
      const next = new Set(dismissed);
      next.add(dismissalKey(f, checked.doc));
      setDismissed(next);
      try {
        await store.save(checked.doc.meta.name, next);
      } catch (e) {
        setMessage(errorNotice(e));
      }
    },
    [checked, dismissed, store],
  );

  const restoreDismissed = useCallback(async () => {
    if (!checked) return;
    setDismissed(new Set());
    await store.save(checked.doc.meta.name, new Set()).catch((e: unknown) => setMessage(errorNotice(e)));
  }, [checked, store]);

  const sendBack = useCallback(async () => {
    setMessage(null);
    try {
      const status = await host.status();
      if (!status.comments) return setMessage(notice('warning', 'sendBackUnsupported'));
      if (status.readOnly) return setMessage(notice('warning', 'sendBackReadOnly'));
      // Check again first, so comments land where the text is now.
      const fresh = await runCheck();
      if (!fresh) return;
      const keys = store.load(fresh.doc.meta.name);
      const findings = fresh.result.findings.filter((f) => !keys.has(dismissalKey(f, fresh.doc)));
      const outcome = await host.replaceComments(findingsToComments(findings, lang));
      if (outcome.error) {
        const error = outcome.error;
        return setMessage({ intent: 'error', text: (l) => error[l] });
      }
      setMessage(
        findings.length
          ? notice('success', 'sendBackDone', { count: outcome.applied })
          : notice('info', 'sendBackNothing'),
      );
    } catch (e) {
      setMessage(errorNotice(e));
    }
  }, [host, lang, runCheck, store]);

  const printReport = useCallback(async () => {
    if (!checked) return;
    try {
      const html = renderHtmlReport({
        documentName: checked.doc.meta.name,
        result: { findings: visible, summary, notEvaluated: checked.result.notEvaluated },
        lang,
        generatedAt: new Date().toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'),
      });
      await print(html);
    } catch {
      setMessage(notice('error', 'printFailed'));
    }
  }, [checked, visible, summary, lang, print]);

  // Only findings whose paragraphs are as checked can go into a fix-all.
  const safe = useMemo(() => shown.filter(isBulkFixable), [shown]);
  const safePreview = useMemo(() => {
    const byKind = new Map<string, number>();
    for (const s of safe) byKind.set(kindLabel(s.finding), (byKind.get(kindLabel(s.finding)) ?? 0) + 1);
    return [...byKind].map(([kind, n]) => `${kind}: ${n}`).join(' · ');
  }, [safe, kindLabel]);
  const skipped = checked ? notEvaluatedLine(checked.result.notEvaluated, lang, checked.doc.meta.name) : null;

  const disabled = busy !== null;

  return (
    <div className={styles.root}>
      <div className={styles.statusBar}>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onCheck} disabled={disabled}>
            {fmt(lang, checked ? 'recheckButton' : 'checkButton')}
          </Button>
          <Button onClick={sendBack} disabled={disabled || !checked}>
            {fmt(lang, 'sendBack')}
          </Button>
          <Button onClick={printReport} disabled={disabled || !checked}>
            {fmt(lang, 'printReport')}
          </Button>
        </div>
        <div className={styles.live}>
          <Switch
            checked={live}
            label={fmtCheck(lang, 'liveRecheck')}
            title={fmtCheck(lang, 'liveRecheckHint')}
            onChange={(_, data) => toggleLive(data.checked)}
            data-testid="live-recheck"
          />
        </div>

        <div className={styles.transient}>
          {busy && (
            <CheckProgress
              label={fmt(lang, busy === 'checking' ? 'checking' : 'applying')}
              barLabel={fmtCheck(lang, 'progressLabel')}
            />
          )}

          {message && (
            <DismissibleNotice
              intent={message.intent}
              text={message.text(lang)}
              closeLabel={fmt(lang, 'close')}
              onDismiss={() => setMessage(null)}
            />
          )}
        </div>
      </div>

      {!checked && !busy && <Text className={styles.muted}>{fmt(lang, 'checkIntro')}</Text>}

      {checked && (
        <>
          <VerdictBar
            lang={lang}
            summary={summary}
            stale={stale !== null}
            staleTitle={live && !liveStuck ? fmtCheck(lang, 'liveRechecking') : fmt(lang, 'verdictStale')}
            staleDetail={fmt(lang, 'verdictStaleDetail')}
            skipped={skipped}
          />

          {safe.length > 1 && (
            <div className={styles.fixAll}>
              <Button
                appearance="primary"
                disabled={disabled}
                onClick={() =>
                  applyEdits(
                    safe.flatMap((x) => x.finding.fix ?? []),
                    { focus: 0 },
                  )
                }
              >
                {fmt(lang, 'fixAllSafe', { count: safe.length })}
              </Button>
              <Caption1 className={styles.muted} data-testid="fix-all-preview">
                {fmt(lang, 'fixAllSafePreview', { kinds: safePreview })}
              </Caption1>
            </div>
          )}

          {groups.length === 0 && <Text>{fmt(lang, 'allClear')}</Text>}
          <FindingList
            groups={groups}
            lang={lang}
            disabled={disabled}
            focusIndex={focusIndex}
            onFocused={focused}
            onSelect={select}
            onFix={(x, at) =>
              applyEdits(x.finding.fix ?? [], { fixed: { finding: x.finding, original: x.original }, focus: at })
            }
            onFixKind={(kind, at) =>
              applyEdits(
                kind.items.filter(isBulkFixable).flatMap((x) => x.finding.fix ?? []),
                { focus: at },
              )
            }
            onDismiss={(x, at) => {
              setFocusIndex(at);
              void dismiss(x.original);
            }}
          />

          {/* The outline status comes after the findings, folded: the first finding stays in sight. */}
          <details
            className={styles.outline}
            data-testid="outline-status"
            onToggle={(e) => setOutlineOpen(e.currentTarget.open)}
          >
            <summary>{fmt(lang, 'outlineStatusTitle')}</summary>
            {/* Compared with the templates only when unfolded: no cost on every check of a long document. */}
            {outlineOpen && (
              <OutlineStatus
                doc={checked.doc}
                lang={lang}
                config={checked.config}
                onSelect={selectParagraph}
                onTemplateChange={changeTemplate}
              />
            )}
          </details>

          {dismissed.size > 0 && (
            <div className={styles.actions}>
              <Caption1 className={styles.muted}>
                {fmt(lang, 'dismissedCount', { count: checkedDismissedCount(checked, dismissed) })}
              </Caption1>
              <Button size="small" appearance="subtle" onClick={restoreDismissed} disabled={disabled}>
                {fmt(lang, 'restoreDismissed')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** How many of this check's findings are hidden (stored keys of vanished findings do not count). */
function checkedDismissedCount(checked: Checked, dismissed: ReadonlySet<string>): number {
  return checked.result.findings.filter((f) => dismissed.has(dismissalKey(f, checked.doc))).length;
}
