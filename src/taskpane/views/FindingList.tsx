import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { SEVERITY_LABELS, type Finding, type Severity } from '../../core/finding';
import type { Lang } from '../../core/i18n';
import { showWhitespace } from '../display';
import type { KindGroup, SeverityGroup, ShownFinding } from '../staleness';
import { fmt } from '../strings';

/** Cards rendered at first, and added per "show more": a thousand findings stay quick to show. */
export const PAGE_SIZE = 100;

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '12px' },
  severity: { display: 'flex', flexDirection: 'column', gap: '8px' },
  kind: { display: 'flex', flexDirection: 'column', gap: '6px' },
  kindHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: '6px' },
  card: {
    position: 'relative',
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
  changed: { opacity: 0.55, cursor: 'default' },
  head: { display: 'flex', gap: '6px', alignItems: 'flex-start' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '2px' },
  flagged: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'pre-wrap',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '2px' },
  gone: { visibility: 'hidden' },
  corner: { position: 'absolute', top: '4px', right: '4px', marginTop: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  groups: readonly SeverityGroup[];
  lang: Lang;
  disabled: boolean;
  onSelect(s: ShownFinding): void;
  onFix(s: ShownFinding, index: number): void;
  onFixKind(kind: KindGroup, index: number): void;
  onDismiss(s: ShownFinding, index: number): void;
  /** After a fix or an ignore: the card at this place (in list order) takes the focus. */
  focusIndex: number | null;
  onFocused(): void;
}

/**
 * Findings by severity, then kind. Each card is one tab stop; ↑/↓ move between cards, Enter selects the text in the
 * document, F fixes, I ignores. Long lists are shown a page at a time.
 */
export function FindingList(props: FindingListProps) {
  const { groups, lang, disabled, focusIndex, onFocused } = props;
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const root = useRef<HTMLDivElement>(null);
  const cards = () => Array.from(root.current?.querySelectorAll<HTMLElement>('[data-testid="finding"]') ?? []);

  useEffect(() => {
    if (focusIndex === null) return;
    const all = cards();
    all[Math.min(focusIndex, all.length - 1)]?.focus({ preventScroll: true });
    onFocused();
  }, [groups, focusIndex, onFocused]);

  const total = groups.reduce((n, g) => n + g.count, 0);
  // Keys name the finding, not its place in the list: a re-check that adds or drops cards above keeps the others'
  // elements (and the focus on one of them); a fixed card keeps its element too.
  const seen = new Map<string, number>();
  const keyOf = (s: ShownFinding) => {
    const f = s.original;
    const base = `${f.ruleId}:${f.paragraph}:${f.start}:${f.length}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  };
  let shown = 0;
  let index = -1;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, s: ShownFinding, at: number) => {
    if (e.target !== e.currentTarget) return;
    const key = e.key.toLowerCase();
    if (key === 'arrowdown' || key === 'arrowup') {
      e.preventDefault();
      const all = cards();
      all[Math.max(0, Math.min(all.length - 1, at + (key === 'arrowdown' ? 1 : -1)))]?.focus();
    } else if (key === 'enter' || key === ' ') {
      e.preventDefault();
      props.onSelect(s);
    } else if (key === 'f' && !disabled && s.current && s.finding.fix) {
      e.preventDefault();
      props.onFix(s, at);
    } else if (key === 'i' && !disabled && !s.done) {
      e.preventDefault();
      props.onDismiss(s, at);
    }
  };

  return (
    <div className={styles.list} ref={root} role="list" aria-label={fmt(lang, 'findingsLabel', { count: total })}>
      {groups.map((g) => {
        if (shown >= limit) return null;
        return (
          <section key={g.severity} className={styles.severity} aria-label={SEVERITY_LABELS[g.severity][lang]}>
            <Subtitle2 as="h3">
              {SEVERITY_LABELS[g.severity][lang]} ({g.count})
            </Subtitle2>
            {g.kinds.map((k) => {
              if (shown >= limit) return null;
              const items = k.items.slice(0, limit - shown);
              shown += items.length;
              const firstIndex = index + 1;
              return (
                <div key={k.key} className={styles.kind} data-testid="kind" data-kind={k.key}>
                  <div className={styles.kindHead}>
                    <Text weight="semibold">
                      {k.label} ({k.items.length})
                    </Text>
                    {k.bulk > 1 && (
                      <Button
                        size="small"
                        disabled={disabled}
                        onClick={() => props.onFixKind(k, firstIndex)}
                        aria-label={fmt(lang, 'fixKindLabel', { count: k.bulk, kind: k.label })}
                      >
                        {fmt(lang, 'fixAll', { count: k.bulk })}
                      </Button>
                    )}
                  </div>
                  {items.map((s) => {
                    const at = ++index;
                    return (
                      <FindingCard
                        key={keyOf(s)}
                        shown={s}
                        lang={lang}
                        disabled={disabled}
                        onSelect={() => props.onSelect(s)}
                        onFix={() => props.onFix(s, at)}
                        onDismiss={() => props.onDismiss(s, at)}
                        onKeyDown={(e) => onKeyDown(e, s, at)}
                      />
                    );
                  })}
                </div>
              );
            })}
          </section>
        );
      })}
      {total > limit && (
        <Button appearance="secondary" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {fmt(lang, 'showMore', { shown: limit, total })}
        </Button>
      )}
    </div>
  );
}

interface FindingCardProps {
  shown: ShownFinding;
  lang: Lang;
  disabled: boolean;
  onSelect(): void;
  onFix(): void;
  onDismiss(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

/** What a screen reader says for a card: severity, message, place and flagged text, and the keys. */
function cardLabel(f: Finding, s: ShownFinding, lang: Lang): string {
  const parts = [
    `${SEVERITY_LABELS[f.severity][lang]}: ${f.message[lang]}`,
    fmt(lang, 'paragraphLabel', { n: f.paragraph + 1 }) + (f.text ? ` “${f.text}”` : ''),
  ];
  if (s.done) parts.push(fmt(lang, 'fixedTag'));
  else if (!s.current) parts.push(fmt(lang, 'changedTag'));
  else parts.push(fmt(lang, f.fix ? 'cardKeysFix' : 'cardKeys'));
  return parts.join('. ');
}

function FindingCard({ shown: s, lang, disabled, onSelect, onFix, onDismiss, onKeyDown }: FindingCardProps) {
  const styles = useStyles();
  const f = s.finding;
  const usable = s.current && !s.done;
  const stop = (action: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
  };
  return (
    // One tab stop per card; its buttons are reached with F and I (and the mouse), not with Tab.
    <div
      className={usable ? styles.card : `${styles.card} ${styles.changed}`}
      role="listitem"
      tabIndex={0}
      aria-label={cardLabel(f, s, lang)}
      aria-keyshortcuts={usable ? 'Enter F I' : undefined}
      data-testid="finding"
      data-current={s.current}
      data-done={s.done ? true : undefined}
      data-rule={f.ruleId}
      data-paragraph={f.paragraph}
      data-start={f.start}
      data-length={f.length}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
          {SEVERITY_LABELS[f.severity][lang]}
        </Badge>
        <Text weight="semibold">{f.message[lang]}</Text>
        {/* "Đã sửa" sits in the corner, over the card: adding it must not re-wrap the text above the pointer. */}
        {(s.done || !s.current) && (
          <Badge
            className={s.done ? `${styles.badge} ${styles.corner}` : styles.badge}
            appearance={s.done ? 'filled' : 'outline'}
            color={s.done ? 'success' : 'subtle'}
            size="small"
          >
            {fmt(lang, s.done ? 'fixedTag' : 'changedTag')}
          </Badge>
        )}
      </div>
      <Caption1>
        {fmt(lang, 'paragraphLabel', { n: f.paragraph + 1 })}
        {': '}
        {f.length > 0 ? <span className={styles.flagged}>{showWhitespace(f.text)}</span> : fmt(lang, 'emptySelection')}
        {f.suggestions.length > 0 && (
          <>
            {' → '}
            {fmt(lang, 'suggestion')}:{' '}
            {f.suggestions.map((suggestion, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <span className={styles.flagged} data-testid="suggestion" data-value={suggestion}>
                  {suggestion ? showWhitespace(suggestion) : fmt(lang, 'deletion')}
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
      {/* A fixed card keeps its buttons' row, unseen and unusable, so the cards below do not move under the pointer. */}
      <div className={s.done ? `${styles.actions} ${styles.gone}` : styles.actions} aria-hidden={s.done || undefined}>
        {f.fix && (s.current || s.done) && (
          <Button size="small" appearance="primary" tabIndex={-1} disabled={disabled || s.done} onClick={stop(onFix)}>
            {fmt(lang, 'fix')}
          </Button>
        )}
        <Button size="small" appearance="subtle" tabIndex={-1} disabled={disabled || s.done} onClick={stop(onDismiss)}>
          {fmt(lang, 'dismiss')}
        </Button>
      </div>
    </div>
  );
}
