/**
 * The place-and-date line: "<Địa danh>, ngày DD tháng M năm YYYY". Days below 10 and months below 3 take a
 * leading zero (HD 05-HD/VPTW điểm 4.2.2; NĐ 30/2020 Phụ lục I), so "ngày 05 tháng 02" but "tháng 9".
 */
export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

export interface IsoParts {
  year: number;
  month: number;
  day: number;
}

export function parseIso(iso: string): IsoParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(parts) ? parts : null;
}

export function toIso({ year, month, day }: IsoParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isRealDate({ year, month, day }: IsoParts): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "ngày 05 tháng 02 năm 2026"; blank parts (a draft) keep room for hand-writing. */
export function formatDatePhrase(date: IsoParts | null): string {
  if (!date) return 'ngày      tháng      năm';
  return `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

export function formatDateLine(place: string, date: IsoParts | null): string {
  const phrase = formatDatePhrase(date);
  const where = place.trim();
  return where ? `${where}, ${phrase}` : phrase;
}

/** A date line read back: offsets are into the line's text. */
export interface ParsedDateLine {
  place: string;
  /** A comma separates the place from "ngày". */
  comma: boolean;
  /** Offset of "ngày". */
  phraseStart: number;
  day: { raw: string; start: number };
  month: { raw: string; start: number };
  year: { raw: string; start: number };
}

const DATE_PHRASE =
  /[nN]gày(\s*)([0-9]{1,2}|[.…_]*)(\s*)tháng(\s*)([0-9]{1,2}|[.…_]*)(\s*)năm(\s*)([0-9]{2,4}|[.…_]*)/u;

export function parseDateLine(text: string): ParsedDateLine | null {
  const m = DATE_PHRASE.exec(text);
  // The date closes its line: "ngày 05 tháng 3 năm 2020 của Chính phủ)" is a citation, not a date line.
  if (!m || text.length > 120 || !/^[\s.]*$/.test(text.slice(m.index + m[0].length))) return null;
  const phraseStart = m.index;
  const dayStart = phraseStart + 4 + m[1].length;
  const monthStart = dayStart + m[2].length + m[3].length + 5 + m[4].length;
  const yearStart = monthStart + m[5].length + m[6].length + 3 + m[7].length;
  const before = text.slice(0, phraseStart).trimEnd();
  const comma = before.endsWith(',');
  return {
    place: (comma ? before.slice(0, -1) : before).trim(),
    comma,
    phraseStart,
    day: { raw: m[2], start: dayStart },
    month: { raw: m[5], start: monthStart },
    year: { raw: m[8], start: yearStart },
  };
}

/** The calendar date of a parsed line, or null when a part is blank or not a number. */
export function dateOf(parsed: ParsedDateLine): IsoParts | null {
  if (!/^\d+$/.test(parsed.day.raw) || !/^\d+$/.test(parsed.month.raw) || !/^\d{4}$/.test(parsed.year.raw)) return null;
  return { year: Number(parsed.year.raw), month: Number(parsed.month.raw), day: Number(parsed.day.raw) };
}

/** Today as ISO in local time. */
export function todayParts(now: Date = new Date()): IsoParts {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "05/02/2026": how the form shows a date (Vietnamese order, day and month on two digits). */
export function formatDayMonthYear({ year, month, day }: IsoParts): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoParts }
  /** Not day/month/year at all. */
  | { kind: 'format' }
  /** Day/month/year, but no such day ("31/02/2026", "15/13/2026"). */
  | { kind: 'noSuchDay'; day: number; month: number; year: number };

/**
 * A date typed in the form: "05/02/2026", "5/2/2026" ("." or "-" also separate), or ISO "2026-02-05" (pasted).
 * Years have four digits; no guessing of the century.
 */
export function parseTypedDate(text: string): TypedDate {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!iso && !dmy) return { kind: 'format' };
  const [day, month, year] = iso ? [iso[3], iso[2], iso[1]].map(Number) : [dmy![1], dmy![2], dmy![3]].map(Number);
  const date = { year, month, day };
  return isRealDate(date) ? { kind: 'date', date } : { kind: 'noSuchDay', day, month, year };
}
