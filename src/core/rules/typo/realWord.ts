import { currentLexicon, EDGE } from '../../lexicon';
import { judgeRealWord, REAL_WORD_SETTINGS, type RealWordSettings, type RealWordVerdict } from '../../lexicon/realWord';
import { lexiconKeys } from '../../lexicon/sentences';
import type { ReportDescriptor, Rule, RuleContext } from '../../rule';
import { analyzeSyllable, matchCase, withToneStyle } from '../../vi/syllable';
import { isAllCaps, isCapitalised, isSentenceStart, wordsOf } from './analysis';
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

/** Lexicon keys of a paragraph's words and whether each runs on from the previous one (shared by rules). */
export function lexiconKeysOf(context: RuleContext, index: number): ReturnType<typeof lexiconKeys> {
  return context.memo(`typo.lexiconKeys.${index}`, () =>
    lexiconKeys(context.doc.paragraphs[index]?.text ?? '', wordsOf(context, index)),
  );
}

/** How often each lexicon key occurs in the whole document. */
function documentCounts(context: RuleContext): Map<string, number> {
  return context.memo('typo.lexiconKeyCounts', () => {
    const counts = new Map<string, number>();
    context.doc.paragraphs.forEach((_, i) => {
      for (const k of lexiconKeysOf(context, i).keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    return counts;
  });
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
    const words = wordsOf(context, index);
    if (words.length < 2) return;
    const { keys, joined } = lexiconKeysOf(context, index);
    const { settings, exceptions } = context.memo('typo.realWordSettings', () => ({
      settings: settingsFrom(context.options),
      exceptions: new Set((context.config.exceptions ?? []).map((w) => w.normalize('NFC').toLowerCase())),
    }));
    const style = context.config.toneStyle === 'old' ? 'old' : 'new';
    const found: Array<{ at: number; verdict: RealWordVerdict }> = [];
    const seen = documentCounts(context);
    // A name (capitalised mid-sentence) tells nothing about its neighbour: it counts as a sentence edge.
    const usable = (j: number) =>
      !!keys[j] && !(isCapitalised(words[j].text) && !isSentenceStart(text, words[j].start));
    for (let i = 0; i < words.length; i++) {
      // A syllable written more than once in the document is meant (a name, a term the legal register lacks).
      if (!keys[i] || (settings.onlyOnce && (seen.get(keys[i]) ?? 0) > 1)) continue;
      const w = words[i];
      if (!usable(i) || exceptions.has(w.key) || isAllCaps(w.text)) continue;
      const prev = joined[i] && usable(i - 1) ? keys[i - 1] : EDGE;
      const next = i + 1 < words.length && joined[i + 1] && usable(i + 1) ? keys[i + 1] : EDGE;
      const verdict = judgeRealWord(lexicon, prev, keys[i], next, settings);
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
