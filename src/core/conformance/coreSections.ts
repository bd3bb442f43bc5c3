import type { LocalizedText } from '../i18n';
import data from './coreSections.json';
import { foldText, foldedWords } from './text';

/** A section every report must have (see coreSections.json). */
export interface CoreSection {
  id: string;
  title: LocalizedText;
  wordings: string[];
}

export const coreSections: readonly CoreSection[] = data.sections;

const FOLDED_WORDINGS = new Map(coreSections.map((s) => [s, s.wordings.map(foldedWords)]));

const REPORT_TYPES = new Set(data.documentTypes.map(foldText));

export function isReportType(documentType: string): boolean {
  return REPORT_TYPES.has(foldText(documentType));
}

/** A part after the first may carry this many words beyond the wording ("nhiệm vụ và giải pháp" but not "… nhiệm vụ phát triển kinh tế - xã hội"). */
const EXTRA_WORDS_IN_LATER_PART = 2;

/**
 * The core sections a heading title stands for: "Ưu điểm, hạn chế và nguyên nhân" is both strengths and
 * shortcomings; "Khái quát tình hình; …, nhiệm vụ phát triển kinh tế - xã hội" is not the tasks section.
 */
export function coreSectionsOf(title: string): CoreSection[] {
  let found = coreCache.get(title);
  if (!found) {
    if (coreCache.size >= CORE_CACHE_LIMIT) coreCache.clear();
    coreCache.set(title, (found = computeCoreSections(title)));
  }
  return found;
}

/** Titles are read against every template section: the answer is kept per title (bounded). Never mutated. */
const coreCache = new Map<string, CoreSection[]>();
const CORE_CACHE_LIMIT = 5000;

function computeCoreSections(title: string): CoreSection[] {
  const parts = title
    .split(/[,;:]|\s+và\s+|\s+-\s+/iu)
    .map(foldedWords)
    .filter((words) => words.length > 0);
  return coreSections.filter((section) =>
    FOLDED_WORDINGS.get(section)!.some((w) => {
      return parts.some(
        (part, i) => startsWith(part, w) && (i === 0 || part.length <= w.length + EXTRA_WORDS_IN_LATER_PART),
      );
    }),
  );
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}
