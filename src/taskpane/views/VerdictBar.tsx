import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from '@fluentui/react-components';
import type { CheckSummary } from '../../core/check';
import { CATEGORY_LABELS, type Severity } from '../../core/finding';
import type { Lang } from '../../core/i18n';
import { verdictLine, type Verdict } from '../../core/verdict';
import { fmt } from '../strings';

const VERDICT_INTENT: Record<Verdict, 'success' | 'warning' | 'error'> = {
  ready: 'success',
  review: 'warning',
  notPassed: 'error',
};

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: '8px',
    rowGap: '2px',
    marginTop: '4px',
  },
  // "0 lỗi · 1 cảnh báo · 0 gợi ý" wraps between its parts, never inside one ("1 | cảnh báo").
  part: { whiteSpace: 'nowrap' },
  body: { minWidth: 0, overflowWrap: 'anywhere' },
});

export interface VerdictBarProps {
  lang: Lang;
  summary: CheckSummary;
  /** The document changed since the check: the verdict is withheld. */
  stale: boolean;
  /** Shown under a stale verdict: what happens next (live re-check) or what to do. */
  staleTitle: string;
  staleDetail: string;
  /** Rules that could not be evaluated on this document, if any. */
  skipped: string | null;
}

/** The verdict for the checked document, with counts per category; or a warning that the document changed. */
export function VerdictBar({ lang, summary, stale, staleTitle, staleDetail, skipped }: VerdictBarProps) {
  const styles = useStyles();
  if (stale) {
    return (
      <MessageBar intent="warning" data-testid="verdict" data-verdict="stale">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{staleTitle}</MessageBarTitle>
          {staleDetail}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={VERDICT_INTENT[summary.verdict]} data-testid="verdict" data-verdict={summary.verdict}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{verdictLine(summary, lang)}</MessageBarTitle>
        {skipped && <div data-testid="not-evaluated">{skipped}</div>}
        <div className={styles.counts}>
          {(Object.keys(CATEGORY_LABELS) as Array<keyof typeof CATEGORY_LABELS>).map((c) => (
            <CategoryCount key={c} label={CATEGORY_LABELS[c][lang]} counts={summary.byCategory[c]} lang={lang} />
          ))}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

function CategoryCount({ label, counts, lang }: { label: string; counts: Record<Severity, number>; lang: Lang }) {
  const styles = useStyles();
  // Each "n kind" part is one unbreakable unit; the line breaks only at the separators.
  const line = fmt(lang, 'categoryCounts', { errors: counts.error, warnings: counts.warning, infos: counts.info });
  const parts = line.split(' · ');
  return (
    <>
      <Text weight="semibold">{label}</Text>
      <Text data-testid="category-counts">
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            <span className={styles.part}>{part}</span>
          </span>
        ))}
      </Text>
    </>
  );
}
