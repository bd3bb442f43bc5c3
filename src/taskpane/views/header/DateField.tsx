import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Field,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CalendarLtrRegular, ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { formatDayMonthYear, parseTypedDate, todayParts, type IsoParts } from '../../../core/header/dates';
import { formatTemplate, type Lang, type MessageData } from '../../../core/i18n';
import { CALENDAR_EN, CALENDAR_VI, HEADER_TEXT } from '../../headerStrings';

export interface DateFieldProps {
  label: string;
  /** The text as typed (dd/mm/yyyy). */
  value: string;
  onChange(text: string): void;
  lang: Lang;
}

const useStyles = makeStyles({
  surface: { padding: '8px', maxWidth: '300px' },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '4px' },
  grid: { borderCollapse: 'collapse', marginTop: '4px' },
  weekday: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, padding: '2px' },
  day: { minWidth: '32px', width: '32px', height: '32px', padding: 0 },
  outside: { color: tokens.colorNeutralForeground4 },
});

/** The message for what was typed, or undefined when it is a date (or empty: a draft). */
export function dateMessage(text: string, lang: Lang): string | undefined {
  const parsed = parseTypedDate(text);
  const t = (key: keyof typeof HEADER_TEXT, data?: MessageData) => formatTemplate(HEADER_TEXT[key][lang], data);
  if (parsed.kind === 'format') return t('dateFormat', { text: text.trim() });
  if (parsed.kind === 'noSuchDay')
    return t('dateNoSuchDay', { day: parsed.day, month: parsed.month, year: parsed.year });
  return undefined;
}

const same = (a: IsoParts, b: IsoParts) => a.year === b.year && a.month === b.month && a.day === b.day;

/** A day moved by `days` (calendar arithmetic in UTC, no time-zone surprises). */
function addDays(d: IsoParts, days: number): IsoParts {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function addMonths(d: IsoParts, months: number): IsoParts {
  const first = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** Six weeks, Monday first, covering the month of `d`. */
function monthGrid(d: IsoParts): IsoParts[][] {
  const first = { year: d.year, month: d.month, day: 1 };
  const weekday = (new Date(Date.UTC(d.year, d.month - 1, 1)).getUTCDay() + 6) % 7;
  const start = addDays(first, -weekday);
  return Array.from({ length: 6 }, (_, w) => Array.from({ length: 7 }, (_, i) => addDays(start, w * 7 + i)));
}

/**
 * The issue date: typed as day/month/year (05/02/2026 or 5/2/2026), or picked on a Vietnamese calendar (Monday
 * first). A wrong date is kept as typed and explained under the field. The calendar is a grid: arrow keys move by
 * day and week, Page Up/Down by month, Home/End to the week's ends, Enter picks, Escape closes.
 */
export function DateField({ label, value, onChange, lang }: DateFieldProps) {
  const styles = useStyles();
  const names = lang === 'vi' ? CALENDAR_VI : CALENDAR_EN;
  const t = (key: keyof typeof HEADER_TEXT) => HEADER_TEXT[key][lang];
  const parsed = parseTypedDate(value);
  const selected = parsed.kind === 'date' ? parsed.date : null;
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState<IsoParts>(() => selected ?? todayParts());
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const message = dateMessage(value, lang);

  useEffect(() => {
    if (!open || !moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused, open]);

  const openChange = (next: boolean) => {
    if (next) setFocused(selected ?? todayParts());
    setOpen(next);
  };
  const pick = (d: IsoParts) => {
    onChange(formatDayMonthYear(d));
    setOpen(false);
  };
  const move = (d: IsoParts) => {
    moved.current = true;
    setFocused(d);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const weekday = (new Date(Date.UTC(focused.year, focused.month - 1, focused.day)).getUTCDay() + 6) % 7;
    const steps: Record<string, () => IsoParts> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      PageUp: () => addMonths(focused, -1),
      PageDown: () => addMonths(focused, 1),
      Home: () => addDays(focused, -weekday),
      End: () => addDays(focused, 6 - weekday),
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    move(step());
  };
  const dayLabel = (d: IsoParts) => {
    const weekday = names.weekdays[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7];
    return lang === 'vi'
      ? `${weekday}, ngày ${d.day} tháng ${d.month} năm ${d.year}`
      : `${weekday}, ${d.day} ${names.months[d.month - 1]} ${d.year}`;
  };
  const monthTitle =
    lang === 'vi'
      ? `${names.months[focused.month - 1]} năm ${focused.year}`
      : `${names.months[focused.month - 1]} ${focused.year}`;

  return (
    <Field
      label={label}
      hint={message ? undefined : t('dateHint')}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input
        value={value}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        onChange={(_, d) => onChange(d.value)}
        contentAfter={
          <Popover open={open} onOpenChange={(_, d) => openChange(d.open)} trapFocus positioning="below-end">
            <PopoverTrigger disableButtonEnhancement>
              <Button
                appearance="transparent"
                size="small"
                icon={<CalendarLtrRegular />}
                aria-label={t('openCalendar')}
              />
            </PopoverTrigger>
            <PopoverSurface className={styles.surface} aria-label={t('calendar')}>
              <div className={styles.head}>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ChevronLeftRegular />}
                  aria-label={t('previousMonth')}
                  onClick={() => setFocused(addMonths(focused, -1))}
                />
                <strong aria-live="polite">{monthTitle}</strong>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ChevronRightRegular />}
                  aria-label={t('nextMonth')}
                  onClick={() => setFocused(addMonths(focused, 1))}
                />
              </div>
              <table role="grid" aria-label={monthTitle} className={styles.grid} ref={gridRef} onKeyDown={onKeyDown}>
                <thead>
                  <tr role="row">
                    {names.weekdaysShort.map((short, i) => (
                      <th key={short} role="columnheader" abbr={names.weekdays[i]} className={styles.weekday}>
                        {short}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {monthGrid(focused).map((week) => (
                    <tr role="row" key={`${week[0].month}-${week[0].day}`}>
                      {week.map((d) => (
                        <td role="gridcell" key={`${d.month}-${d.day}`} aria-selected={!!selected && same(d, selected)}>
                          <Button
                            className={mergeClasses(styles.day, d.month !== focused.month && styles.outside)}
                            appearance={selected && same(d, selected) ? 'primary' : 'subtle'}
                            size="small"
                            tabIndex={same(d, focused) ? 0 : -1}
                            aria-label={dayLabel(d)}
                            aria-current={same(d, todayParts()) ? 'date' : undefined}
                            onClick={() => pick(d)}
                          >
                            {d.day}
                          </Button>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <Button size="small" appearance="subtle" onClick={() => pick(todayParts())}>
                {t('today')}
              </Button>
            </PopoverSurface>
          </Popover>
        }
      />
    </Field>
  );
}
