import type { Paragraph } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { analyzeSyllable } from '../../vi/syllable';
import { decodeLegacy, encodingOfFont, LEGACY_SIGNATURE, type LegacyEncoding } from '../../vi/legacy';

export interface LegacyRun {
  start: number;
  end: number;
  encoding: LegacyEncoding;
  converted: string;
}

/** The legacy encoding a paragraph's font declares (any run in a .Vn… or VNI… font), if any. */
export function legacyEncodingOf(paragraph: Paragraph): LegacyEncoding | null {
  const fonts = [paragraph.font?.name, ...(paragraph.runs ?? []).map((r) => r.font.name)];
  for (const name of fonts) {
    const found = encodingOfFont(name);
    if (found) return found.encoding;
  }
  return null;
}

const CHUNK = /\S+/g;
const LETTERS = /[\p{L}\p{M}]+/gu;
/** Legacy bytes read as text are Latin-1: a character beyond U+00FF (ư, ơ, ạ, curly quotes aside) is Unicode. */
const BEYOND_LATIN1 = /[^\s -\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;

function validWords(text: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (const m of text.matchAll(LETTERS)) {
    if (/^[a-z]+$/i.test(m[0]) || analyzeSyllable(m[0])) valid++;
    else invalid++;
  }
  return { valid, invalid };
}

/** Stretches of one paragraph that are legacy-encoded text shown as Unicode (by font, or by mojibake signature). */
export function legacyRuns(context: RuleContext, index: number): LegacyRun[] {
  return context.memo(`typo.legacy.${index}`, () => findLegacyRuns(context.doc.paragraphs[index]));
}

function findLegacyRuns(paragraph: Paragraph | undefined): LegacyRun[] {
  if (!paragraph) return [];
  const text = paragraph.text;
  const runs: LegacyRun[] = [];
  const fontRuns = paragraph.runs?.length
    ? paragraph.runs
    : paragraph.font
      ? [{ start: 0, length: text.length, font: paragraph.font }]
      : [];
  for (const r of fontRuns) {
    const found = encodingOfFont(r.font.name);
    if (!found) continue;
    const slice = text.slice(r.start, r.start + r.length);
    let converted = decodeLegacy(slice, found.encoding);
    if (found.capitals) converted = converted.toUpperCase();
    if (converted === slice) continue;
    // Already Unicode (converted once, font left behind): converting again would only do harm.
    const before = validWords(slice);
    const after = validWords(converted);
    if (
      after.invalid < before.invalid ||
      (before.invalid === 0 && LEGACY_SIGNATURE[found.encoding].test(slice) && after.invalid === 0)
    ) {
      runs.push({ start: r.start, end: r.start + r.length, encoding: found.encoding, converted });
    }
  }
  if (runs.length) return runs;
  // Without a legacy font: mojibake signatures. Pick the encoding whose conversion repairs the most words.
  let best: LegacyRun[] = [];
  let bestScore = 0;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    if (!LEGACY_SIGNATURE[encoding].test(text)) continue;
    const found = signatureRuns(text, encoding);
    const score = found.reduce((sum, r) => sum + r.repaired, 0);
    if (score > bestScore) {
      best = found.map((r) => trimRun(r, text));
      bestScore = score;
    }
  }
  return best;
}

/**
 * Chunks (space-separated) whose conversion turns non-syllables into syllables are legacy; a run of them may
 * bridge unchanged chunks, and, when the whole paragraph is Latin-1 (legacy text never has ư, ơ, ạ…),
 * chunks that read as syllables either way (TCVN3 "phóc" is "phúc").
 */
function signatureRuns(text: string, encoding: LegacyEncoding): Array<LegacyRun & { repaired: number }> {
  const allLatin1 = !BEYOND_LATIN1.test(text);
  const runs: Array<LegacyRun & { repaired: number }> = [];
  let run: { start: number; end: number; repaired: number } | null = null;
  const close = () => {
    // One repaired word with a single odd character (a Spanish ñ, a stray symbol) is not evidence enough.
    if (
      run &&
      (run.repaired > 1 || (run.repaired === 1 && signatureCount(text.slice(run.start, run.end), encoding) > 1))
    ) {
      runs.push({ ...run, encoding, converted: decodeLegacy(text.slice(run.start, run.end), encoding) });
    }
    run = null;
  };
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    const start = m.index!;
    if (BEYOND_LATIN1.test(chunk)) {
      close();
      continue;
    }
    const converted = decodeLegacy(chunk, encoding);
    if (converted === chunk) continue;
    const after = validWords(converted);
    const before = validWords(chunk);
    if (after.invalid > 0) {
      close();
      continue;
    }
    const repaired = LEGACY_SIGNATURE[encoding].test(chunk) && before.invalid > 0 && /[\p{L}\p{M}]{2}/u.test(converted);
    // Without a signature, a chunk joins an open run only if converting it turns a non-syllable into syllables.
    const improved = before.invalid > 0 && run !== null;
    if (!repaired && !improved && !allLatin1) {
      close();
      continue;
    }
    const end = start + chunk.length;
    run = run
      ? { start: run.start, end, repaired: run.repaired + (repaired ? 1 : 0) }
      : { start, end, repaired: repaired ? 1 : 0 };
  }
  close();
  return runs;
}

function signatureCount(text: string, encoding: LegacyEncoding): number {
  return text.match(new RegExp(LEGACY_SIGNATURE[encoding].source, 'gu'))?.length ?? 0;
}

/** Leaves surrounding punctuation outside the run. */
function trimRun(run: LegacyRun, text: string): LegacyRun {
  let { start, end } = run;
  while (start < end && /[("“'‘]/.test(text[start])) start++;
  while (end > start && /[.,;:!?)"”'’]/.test(text[end - 1]) && !LEGACY_SIGNATURE[run.encoding].test(text[end - 1]))
    end--;
  return { ...run, start, end, converted: decodeLegacy(text.slice(start, end), run.encoding) };
}

export const legacyEncoding: Rule = {
  meta: {
    id: 'legacy-encoding',
    category: 'spelling',
    defaultSeverity: 'error',
    description: { vi: 'Văn bản gõ bằng bảng mã cũ (TCVN3, VNI)', en: 'Text in a legacy encoding (TCVN3, VNI)' },
    messages: {
      legacy: {
        vi: 'Đoạn chữ dùng bảng mã {encoding}, không phải Unicode (TCVN 6909:2001); chuyển sang Unicode.',
        en: 'Text in the {encoding} encoding, not Unicode (TCVN 6909:2001); convert it to Unicode.',
      },
    },
    source: 'TCVN 6909:2001',
  },
  checkParagraph(_paragraph, index, context) {
    for (const run of legacyRuns(context, index)) {
      context.report({
        paragraph: index,
        start: run.start,
        length: run.end - run.start,
        messageId: 'legacy',
        data: { encoding: run.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI' },
        fix: [{ start: run.start, length: run.end - run.start, replacement: run.converted }],
      });
    }
  },
};
