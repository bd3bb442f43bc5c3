import { currentLexicon, EDGE } from '../../lexicon';
import type { Lexicon } from '../../lexicon';
import {
  isCommonBeside,
  judgeAlternatives,
  REAL_WORD_SETTINGS,
  type RealWordSettings,
  type RealWordVerdict,
} from '../../lexicon/realWord';
import { lexiconKeys } from '../../lexicon/sentences';
import type { ReportDescriptor, Rule, RuleContext } from '../../rule';
import { analyzeSyllable, matchCase, withToneStyle } from '../../vi/syllable';
import * as tok from '../../vi/tokenize';
import { gapWithin, infoOf, isSentenceStart, summaryOf, type ParagraphInfo } from './analysis';

const { GAP_NBSP, GAP_SPACE, GAP_TAB, W_ALL_CAPS, W_CAPITALISED } = tok;
import { knownConfusion } from './knownConfusion';

/** Spans the curated confusion list already reports in a paragraph: that list wins there. */
function curatedSpans(context: RuleContext, index: number): Array<[number, number]> {
  return context.memo(`typo.curatedSpans.${index}`, () => {
    const spans: Array<[number, number]> = [];
    const capture: RuleContext = {
      ...context,
      options: {},
      report: (d: ReportDescriptor) => spans.push([d.start, d.start + d.length]),
    };
    knownConfusion.checkParagraph?.(context.doc.paragraphs[index], index, capture);
    return spans;
  });
}

/** The default thresholds, with numeric options of the rule's configuration over them (e.g. { "delta": 12 }). */
function settingsFrom(options: Record<string, unknown>): RealWordSettings {
  const settings: RealWordSettings = { ...REAL_WORD_SETTINGS };
  for (const [k, v] of Object.entries(options))
    if (k in settings && typeof v === 'number') settings[k as keyof RealWordSettings] = v;
  return settings;
}

/** What lexiconKeys counts as running on from the previous word: spaces, tabs, no-break spaces. */
const JOIN_GAP = GAP_SPACE | GAP_TAB | GAP_NBSP;

/**
 * Lexicon keys of a paragraph's words and whether each runs on from the previous one (shared by rules): what
 * lexiconKeys(text, words) gives, read from the shared analysis (the key and syllable test of each word are there).
 */
export function lexiconKeysOf(context: RuleContext, index: number): ReturnType<typeof lexiconKeys> {
  return summaryOf(infoOf(context, index), 'lexicon.keys', (info) => {
    const n = info.words.length;
    const keys: string[] = new Array(n);
    const joined: boolean[] = new Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = info.entries[i].info ? info.keys[i] : '';
      joined[i] = i > 0 && gapWithin(info, i, JOIN_GAP);
    }
    return { keys, joined };
  });
}

/** The lexicon ids of a paragraph's lexicon keys, kept with the lexicon they were read from. */
function lexiconIdsOf(info: ParagraphInfo, keys: readonly string[], lexicon: Lexicon): Int32Array {
  const kept = info.summaries.get('lexicon.ids') as { lexicon: Lexicon; ids: Int32Array } | undefined;
  if (kept && kept.lexicon === lexicon) return kept.ids;
  const ids = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ids[i] = lexicon.id(keys[i]);
  info.summaries.set('lexicon.ids', { lexicon, ids });
  return ids;
}

/** A name (capitalised mid-sentence) tells nothing about its neighbour: it counts as a sentence edge. */
function usableOf(info: ParagraphInfo, keys: readonly string[]): Uint8Array {
  return summaryOf(info, 'lexicon.usable', () => {
    const usable = new Uint8Array(keys.length);
    for (let j = 0; j < keys.length; j++)
      usable[j] =
        keys[j] && !(info.flags[j] & W_CAPITALISED && !isSentenceStart(info.text, info.words[j].start)) ? 1 : 0;
    return usable;
  });
}

/**
 * How often a lexicon key occurs in the whole document, counted once per check when the first suspect asks
 * (most paragraphs of a re-check have none).
 */
function documentCount(context: RuleContext, key: string): number {
  const counts = context.memo('typo.lexiconKeyCounts', () => {
    const all = new Map<string, number>();
    for (let i = 0; i < context.doc.paragraphs.length; i++)
      for (const k of lexiconKeysOf(context, i).keys) if (k) all.set(k, (all.get(k) ?? 0) + 1);
    return all;
  });
  return counts.get(key) ?? 0;
}

/** The alternative as the writer would write it: the corpus' usual form, the tone style and case of the word. */
function present(form: string, written: string, style: 'old' | 'new'): string {
  const own = analyzeSyllable(written.normalize('NFC'))?.style ?? style;
  return matchCase(withToneStyle(form, own) ?? form, written);
}

/**
 * Real-word slips found by syllable-pair counts from official text: a valid syllable that is rare beside its
 * neighbours while one a single edit away is common beside both ("thực nhiện" → "thực hiện"). Runs only once a
 * lexicon is loaded (see src/core/lexicon); names (capitalised mid-sentence), words in capitals and the
 * office's own word list are left alone.
 */
export const realWord: Rule = {
  meta: {
    id: 'real-word',
    category: 'spelling',
    defaultSeverity: 'warning',
    severities: [
      { severity: 'warning' },
      {
        severity: 'error',
        when: { vi: 'khi thống kê cho thấy gần như chắc chắn', en: 'when the evidence is overwhelming' },
      },
    ],
    description: { vi: 'Chữ đúng chính tả nhưng có thể gõ nhầm', en: 'A real word that is probably a slip' },
    messages: {
      realWord: {
        vi: 'Có thể gõ nhầm: “{wrong}” → “{right}” (“{pair}” ít gặp trong văn bản hành chính).',
        en: 'Probably a slip: “{wrong}” → “{right}” (“{pair}” is rare in official text).',
      },
    },
    needsData: { name: 'lexicon', ready: () => currentLexicon() !== null },
    source: 'Thống kê cặp âm tiết từ văn bản quy phạm pháp luật / syllable-pair counts from legal text',
  },
  checkParagraph(paragraph, index, context) {
    const lexicon = currentLexicon();
    if (!lexicon) return;
    const text = paragraph.text;
    const info = infoOf(context, index);
    const { words, flags } = info;
    if (words.length < 2) return;
    const { keys, joined } = lexiconKeysOf(context, index);
    const ids = lexiconIdsOf(info, keys, lexicon);
    const usable = usableOf(info, keys);
    const { settings, exceptions } = context.memo('typo.realWordSettings', () => ({
      settings: settingsFrom(context.options),
      exceptions: new Set((context.config.exceptions ?? []).map((w) => w.normalize('NFC').toLowerCase())),
    }));
    const style = context.config.toneStyle === 'old' ? 'old' : 'new';
    const found: Array<{ at: number; verdict: RealWordVerdict }> = [];
    // The tests are the same as before, cheapest first: most words are settled by two pair counts.
    for (let i = 0; i < words.length; i++) {
      if (!keys[i] || flags[i] & W_ALL_CAPS) continue;
      const w = words[i];
      if (!usable[i] || exceptions.has(w.key)) continue;
      const prevOk = joined[i] && usable[i - 1] === 1;
      const nextOk = i + 1 < words.length && joined[i + 1] && usable[i + 1] === 1;
      if (!prevOk && !nextOk) continue;
      const p = prevOk ? ids[i - 1] : lexicon.id(EDGE);
      const n = nextOk ? ids[i + 1] : lexicon.id(EDGE);
      if (isCommonBeside(lexicon, p, ids[i], n, settings)) continue;
      // A syllable written more than once in the document is meant (a name, a term the legal register lacks).
      if (settings.onlyOnce && documentCount(context, keys[i]) > 1) continue;
      const prev = prevOk ? keys[i - 1] : EDGE;
      const next = nextOk ? keys[i + 1] : EDGE;
      const verdict = judgeAlternatives(lexicon, prev, keys[i], next, p, ids[i], n, settings);
      if (!verdict) continue;
      // Two suspects side by side are one slip: keep the better-supported one.
      const last = found[found.length - 1];
      if (last && last.at === i - 1) {
        if (last.verdict.delta >= verdict.delta) continue;
        found.pop();
      }
      found.push({ at: i, verdict });
    }
    if (!found.length) return;
    const curated = curatedSpans(context, index);
    for (const { at, verdict } of found) {
      const w = words[at];
      if (curated.some(([s, e]) => w.start < e && w.end > s)) continue;
      const suggestions = verdict.alternatives.slice(0, 3).map((k) => present(lexicon.form(k), w.text, style));
      const neighbour = joined[at + 1] && keys[at + 1] ? words[at + 1] : joined[at] && keys[at - 1] ? words[at - 1] : w;
      const pairStart = Math.min(neighbour.start, w.start);
      const pairEnd = Math.max(neighbour.end, w.end);
      context.report({
        paragraph: index,
        start: w.start,
        length: w.end - w.start,
        messageId: 'realWord',
        data: { wrong: w.text, right: suggestions[0], pair: text.slice(pairStart, pairEnd) },
        suggestions,
        fix: [{ start: w.start, length: w.end - w.start, replacement: suggestions[0] }],
        ...(verdict.overwhelming ? { severity: 'error' as const } : {}),
      });
    }
  },
};
