import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { checkDocument, summarize, type CheckResult } from '../../core/check';
import type { CheckConfig } from '../../core/config';
import type { Edit } from '../../core/edit';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Finding, type Severity } from '../../core/finding';
import type { DocumentHost } from '../../core/host';
import type { Lang } from '../../core/i18n';
import type { DocumentModel } from '../../core/model';
import { renderHtmlReport } from '../../core/report/html';
import { loadSavedTemplates } from '../../core/templates/saved';
import type { Rule } from '../../core/rule';
import { findingsToComments } from '../comments';
import { DismissalStore, dismissalKey } from '../dismissals';
import { groupFindings, isEmptyDocument, showWhitespace } from '../display';
import { DismissibleNotice } from '../DismissibleNotice';
import { describeError } from '../errors';
import { printHtml } from '../printReport';
import { fmt, type StringKey } from '../strings';
import { OutlineStatus } from './OutlineStatus';

export interface CheckViewProps {
  host: DocumentHost;
  lang: Lang;
  config?: CheckConfig;
  /** The rules to run; defaults to every built-in rule (tests pass their own). */
  rules?: readonly Rule[];
  /** How to print the HTML report; defaults to a hidden iframe. */
  print?: (html: string) => Promise<void>;
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

/** Lets the browser paint (the spinner) before a long synchronous step. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

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
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  counts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', rowGap: '2px', marginTop: '4px' },
  group: { display: 'flex', flexDirection: 'column', gap: '8px' },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  findingHead: { display: 'flex', gap: '6px', alignItems: 'flex-start' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '2px' },
  // A long template name in OutlineStatus's select must not widen the pane.
  outline: {
    minWidth: 0,
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select': { minWidth: 0 },
  },
  flagged: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'pre-wrap',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
  },
  findingActions: { display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CheckView({ host, lang, config, rules, print = printHtml }: CheckViewProps) {
  const styles = useStyles();
  const store = useMemo(() => new DismissalStore(host.settings), [host]);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'applying' | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // The outline template the reviewer picked in OutlineStatus, over the configured one.
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const effectiveConfig = useMemo<CheckConfig>(
    () => ({ ...config, lang: config?.lang ?? lang, ...(templateId ? { templateId } : {}) }),
    [config, lang, templateId],
  );

  const runCheck = useCallback(async (): Promise<Checked | null> => {
    setBusy('checking');
    try {
      await yieldToBrowser();
      const doc = await host.read();
      if (isEmptyDocument(doc.paragraphs)) {
        setChecked(null);
        setEmpty(true);
        return null;
      }
      await yieldToBrowser();
      // Outlines imported and saved in the "Đề cương" view are templates the check can choose too.
      const saved = loadSavedTemplates(host.settings);
      const runConfig = saved.length
        ? { ...effectiveConfig, templates: [...(effectiveConfig.templates ?? []), ...saved] }
        : effectiveConfig;
      const result = checkDocument(doc, runConfig, rules);
      const next = { doc, result, config: runConfig };
      setDismissed(store.load(doc.meta.name));
      setChecked(next);
      setEmpty(false);
      return next;
    } catch (e) {
      setMessage(errorNotice(e));
      return null;
    } finally {
      setBusy(null);
    }
  }, [host, effectiveConfig, rules, store]);

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
    await runCheck();
  }, [runCheck]);

  const visible = useMemo(() => {
    if (!checked) return [];
    return checked.result.findings.filter((f) => !dismissed.has(dismissalKey(f, checked.doc)));
  }, [checked, dismissed]);
  const summary = useMemo(() => summarize(visible), [visible]);
  const groups = useMemo(() => groupFindings(visible), [visible]);

  const applyEdits = useCallback(
    async (edits: Edit[]) => {
      setMessage(null);
      setBusy('applying');
      try {
        const outcome = await host.apply(edits);
        if (outcome.error) {
          const error = outcome.error;
          setMessage({ intent: 'error', text: (l) => error[l] });
          return;
        }
        await runCheck();
        setMessage(
          outcome.stale.length
            ? notice('warning', 'staleEdits', { count: outcome.stale.length })
            : notice('success', 'fixedAndRechecked', { count: outcome.applied }),
        );
      } catch (e) {
        setMessage(errorNotice(e));
      } finally {
        setBusy(null);
      }
    },
    [host, runCheck],
  );

  const select = useCallback(
    async (f: Finding) => {
      try {
        await host.select({ paragraph: f.paragraph, start: f.start, length: f.length });
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

  const bulkEdits = useCallback(
    (ruleId: string): Edit[] =>
      visible.filter((f) => f.ruleId === ruleId && f.bulkSafe && f.fix).flatMap((f) => f.fix ?? []),
    [visible],
  );
  const bulkCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of visible) if (f.bulkSafe && f.fix) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return counts;
  }, [visible]);

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

        {busy && (
          <Spinner size="tiny" labelPosition="after" label={fmt(lang, busy === 'checking' ? 'checking' : 'applying')} />
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

      {!checked && !empty && !busy && <Text className={styles.muted}>{fmt(lang, 'checkIntro')}</Text>}
      {empty && (
        <MessageBar intent="info">
          <MessageBarBody>{fmt(lang, 'emptyDocument')}</MessageBarBody>
        </MessageBar>
      )}

      {checked && (
        <>
          <MessageBar intent={summary.ready ? 'success' : summary.errors ? 'error' : 'warning'} data-testid="verdict">
            <MessageBarBody>
              <MessageBarTitle>
                {summary.ready
                  ? fmt(lang, 'verdictReady')
                  : fmt(lang, 'verdictNeedsWork', { errors: summary.errors, warnings: summary.warnings })}
              </MessageBarTitle>
              {summary.ready && fmt(lang, 'verdictReadyDetail', { warnings: summary.warnings, infos: summary.infos })}
              <div className={styles.counts}>
                {(Object.keys(CATEGORY_LABELS) as Array<keyof typeof CATEGORY_LABELS>).map((c) => (
                  <CategoryCount key={c} label={CATEGORY_LABELS[c][lang]} counts={summary.byCategory[c]} lang={lang} />
                ))}
              </div>
            </MessageBarBody>
          </MessageBar>

          <div className={styles.outline}>
            <OutlineStatus
              doc={checked.doc}
              lang={lang}
              config={checked.config}
              onSelect={selectParagraph}
              onTemplateChange={changeTemplate}
            />
          </div>

          {groups.length === 0 && <Text>{fmt(lang, 'allClear')}</Text>}
          {groups.map((g) => (
            <section key={g.category} className={styles.group} aria-label={CATEGORY_LABELS[g.category][lang]}>
              <Subtitle2 as="h3">
                {CATEGORY_LABELS[g.category][lang]} ({g.findings.length})
              </Subtitle2>
              {g.findings.map((f, i) => (
                <FindingCard
                  key={`${f.ruleId}:${f.paragraph}:${f.start}:${f.length}:${i}`}
                  finding={f}
                  lang={lang}
                  disabled={disabled}
                  bulkCount={f.bulkSafe && f.fix ? (bulkCounts.get(f.ruleId) ?? 0) : 0}
                  onSelect={() => select(f)}
                  onFix={() => applyEdits(f.fix ?? [])}
                  onFixAll={() => applyEdits(bulkEdits(f.ruleId))}
                  onDismiss={() => dismiss(f)}
                />
              ))}
            </section>
          ))}

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

function CategoryCount({ label, counts, lang }: { label: string; counts: Record<Severity, number>; lang: Lang }) {
  return (
    <>
      <Text weight="semibold">{label}</Text>
      <Text>{fmt(lang, 'categoryCounts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}</Text>
    </>
  );
}

interface FindingCardProps {
  finding: Finding;
  lang: Lang;
  disabled: boolean;
  bulkCount: number;
  onSelect(): void;
  onFix(): void;
  onFixAll(): void;
  onDismiss(): void;
}

function FindingCard({
  finding: f,
  lang,
  disabled,
  bulkCount,
  onSelect,
  onFix,
  onFixAll,
  onDismiss,
}: FindingCardProps) {
  const styles = useStyles();
  const stop = (action: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onSelect();
    }
  };
  return (
    <div
      className={styles.finding}
      role="button"
      tabIndex={0}
      data-testid="finding"
      data-rule={f.ruleId}
      data-paragraph={f.paragraph}
      data-start={f.start}
      data-length={f.length}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <div className={styles.findingHead}>
        <Badge className={styles.badge} appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
          {SEVERITY_LABELS[f.severity][lang]}
        </Badge>
        <Text weight="semibold">{f.message[lang]}</Text>
      </div>
      <Caption1>
        {fmt(lang, 'paragraphLabel', { n: f.paragraph + 1 })}
        {': '}
        {f.length > 0 ? <span className={styles.flagged}>{showWhitespace(f.text)}</span> : fmt(lang, 'emptySelection')}
        {f.suggestions.length > 0 && (
          <>
            {' → '}
            {fmt(lang, 'suggestion')}:{' '}
            {f.suggestions.map((s, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <span className={styles.flagged} data-testid="suggestion" data-value={s}>
                  {s ? showWhitespace(s) : fmt(lang, 'deletion')}
                </span>
              </span>
            ))}
          </>
        )}
      </Caption1>
      {f.source && (
        <Caption1 className={styles.muted}>
          {fmt(lang, 'sourceLabel')}: {f.source}
        </Caption1>
      )}
      <div className={styles.findingActions}>
        {f.fix && (
          <Button size="small" appearance="primary" disabled={disabled} onClick={stop(onFix)}>
            {fmt(lang, 'fix')}
          </Button>
        )}
        {bulkCount > 1 && (
          <Button size="small" disabled={disabled} onClick={stop(onFixAll)}>
            {fmt(lang, 'fixAll', { count: bulkCount })}
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={disabled} onClick={stop(onDismiss)}>
          {fmt(lang, 'dismiss')}
        </Button>
      </div>
    </div>
  );
}
