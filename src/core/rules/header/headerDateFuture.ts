import { todayIso } from '../../config';
import { dateOf, isRealDate, toIso } from '../../header/dates';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** A date after today is likely a slip (today from CheckConfig.today or the clock). */
export const headerDateFuture: Rule = {
  meta: {
    id: 'header-date-future',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Ngày ban hành không ở tương lai', en: 'The date is not in the future' },
    messages: {
      future: { vi: 'Ngày ban hành {date} ở sau hôm nay ({today}).', en: 'The date {date} is after today ({today}).' },
    },
  },
  checkDocument(ctx) {
    const line = headerContext(ctx).analysis.header.dateLine;
    if (!line) return;
    const date = dateOf(line.parsed);
    if (!date || !isRealDate(date)) return;
    const iso = toIso(date);
    const today = todayIso(ctx.config);
    if (iso <= today) return;
    const start = line.start + line.parsed.phraseStart;
    const end = line.start + line.parsed.year.start + line.parsed.year.raw.length;
    const dmy = (s: string) => s.split('-').reverse().join('/');
    ctx.report({
      paragraph: line.paragraph,
      start,
      length: end - start,
      messageId: 'future',
      data: { date: dmy(iso), today: dmy(today) },
    });
  },
};
