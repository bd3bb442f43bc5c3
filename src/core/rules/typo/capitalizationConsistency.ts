import capitalization from '../../data/typo/capitalization.json';
import type { Rule, RuleContext } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import * as tok from '../../vi/tokenize';
import { gapWithin, infoOf, isCapitalised, isSentenceStart, summaryOf, type ParagraphInfo } from './analysis';
import * as names from './properNames';

// Local copies: a CommonJS build reads imported bindings through getters (hot loop below).
const { W_ALL_CAPS, W_CAPITALISED, GAP_NBSP, GAP_SPACE } = tok;
const { nameAtInfo, NAME_PATTERNS } = names;

interface Term {
  keys: string[];
  /** Whether the prescribed form starts with a capital, when a rule prescribes one. */
  ruleCapital?: boolean;
  source?: string;
  genericAfter: string[][];
  genericBefore: string[][];
}

const keysOfPhrase = (phrase: string) => phrase.split(' ').map(syllableKey);
const TERMS_BY_FIRST = new Map<string, Term[]>();
for (const t of capitalization.terms as Array<{
  term: string;
  rule?: string;
  source?: string;
  genericAfter?: string[];
  genericBefore?: string[];
}>) {
  const term: Term = {
    keys: keysOfPhrase(t.term),
    ruleCapital: t.rule === undefined ? undefined : isCapitalised(t.rule),
    source: t.source,
    genericAfter: (t.genericAfter ?? []).map(keysOfPhrase),
    genericBefore: (t.genericBefore ?? []).map(keysOfPhrase),
  };
  TERMS_BY_FIRST.set(term.keys[0], [...(TERMS_BY_FIRST.get(term.keys[0]) ?? []), term]);
}
/** Names of bodies that contain a term in lower case by rule ("Ủy ban | nhân dân"), as syllable keys. */
const IN_NAMES = capitalization.inNames.map(keysOfPhrase);
const DOCUMENT_TYPES = new Set(capitalization.documentTypes.types);
const DOCUMENT_NAME_RULE = capitalization.documentTypes.source;

function inName(keys: readonly string[], i: number, term: readonly string[]): boolean {
  return IN_NAMES.some((name) => {
    const head = name.length - term.length;
    if (head <= 0 || i < head || name.slice(head).join(' ') !== term.join(' ')) return false;
    return name.slice(0, head).every((k, j) => keys[i - head + j] === k);
  });
}

const endsWith = (keys: readonly string[], end: number, phrase: readonly string[]) =>
  end >= phrase.length && phrase.every((k, j) => keys[end - phrase.length + j] === k);

/** A term or two-word name found in one paragraph (a function of the paragraph's text alone). */
interface Found {
  /** The term from the table, or the "first second third" key of a two-word name. */
  group: Term | string;
  /** Index of its first word, and how many words. */
  at: number;
  n: number;
  /** Case of each word: "U" capitalised, "l" lower case. */
  form: string;
  /** Neighbouring words' keys ('' at the paragraph's edge). */
  prev: string;
  next: string;
  generic: boolean;
  /** Whether a sentence starts at it, once asked. */
  sentenceStart?: boolean;
}

interface Occurrence {
  paragraph: number;
  info: ParagraphInfo;
  found: Found;
  form: string;
}

const NONE: Found[] = [];
const JOINED = GAP_SPACE | GAP_NBSP;

function foundAt(info: ParagraphInfo, group: Term | string, i: number, n: number, generic: boolean): Found {
  const { keys, flags } = info;
  let form = '';
  for (let j = i; j < i + n; j++) form += flags[j] & W_CAPITALISED ? 'U' : 'l';
  return { group, at: i, n, form, prev: keys[i - 1] ?? '', next: keys[i + n] ?? '', generic };
}

/** The terms and capitalised word pairs of one paragraph, in order. */
function summarise(info: ParagraphInfo): Found[] {
  if (info.allCapsText) return NONE;
  const { words, keys, flags } = info;
  const out: Found[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const key = keys[i];
    if (!key) continue;
    const capitalised = (flags[i] & W_CAPITALISED) !== 0;
    // A capitalised name from the table is proper-name-case's to judge.
    const name = capitalised && NAME_PATTERNS.has(key) ? nameAtInfo(info, i) : undefined;
    if (name) {
      i += name.keys.length - 1;
      continue;
    }
    const terms = TERMS_BY_FIRST.get(key);
    const term = terms?.find((t) =>
      t.keys.every((k, j) => keys[i + j] === k && (j === 0 || gapWithin(info, i + j, JOINED))),
    );
    if (!term && !(keys[i + 1] && capitalised && gapWithin(info, i + 1, JOINED))) continue;
    const n = term ? term.keys.length : 2;
    let caps = false;
    for (let j = i; j < i + n; j++) if (flags[j] & W_ALL_CAPS) caps = true;
    if (caps) continue;
    if (term) {
      if (!inName(keys, i, term.keys)) {
        const generic =
          term.genericAfter.some((p) => endsWith(keys, i, p)) ||
          term.genericBefore.some((p) => p.every((k, j) => keys[i + n + j] === k));
        out.push(foundAt(info, term, i, n, generic));
      }
      i += n - 1;
      continue;
    }
    out.push(foundAt(info, `${key} ${keys[i + 1]} ${keys[i + 2] ?? ''}`, i, 2, false));
  }
  return out.length ? out : NONE;
}

const wordsOfOccurrence = (o: Occurrence) => o.info.words.slice(o.found.at, o.found.at + o.found.n);
const recase = (word: string, form: string) =>
  form === 'U' ? word[0].toUpperCase() + word.slice(1) : word[0].toLowerCase() + word.slice(1);
const textOf = (o: Occurrence) =>
  wordsOfOccurrence(o)
    .map((w) => w.text.normalize('NFC'))
    .join(' ');

function report(context: RuleContext, o: Occurrence, target: string, model: Occurrence, count: number, rule?: string) {
  const words = wordsOfOccurrence(o);
  const first = words[0];
  const last = words[words.length - 1];
  const fix = words
    .map((w, j) => ({ w, j }))
    .filter(({ j }) => target[j] !== undefined && o.form[j] !== target[j])
    .map(({ w, j }) => ({ start: w.start, length: w.end - w.start, replacement: recase(w.text, target[j]) }));
  context.report({
    paragraph: o.paragraph,
    start: first.start,
    length: last.end - first.start,
    messageId: rule ? 'rule' : 'inconsistent',
    data: { text: textOf(o), majority: textOf(model), count, rule: rule ?? '' },
    fix,
  });
}

/** Majority form of `list` (ties: the form used first), with the occurrences in it. */
function majorityOf(list: Occurrence[], formOf: (o: Occurrence) => string): [string, Occurrence[]] {
  const byForm = new Map<string, Occurrence[]>();
  for (const o of list) {
    const same = byForm.get(formOf(o));
    if (same) same.push(o);
    else byForm.set(formOf(o), [o]);
  }
  return [...byForm.entries()].sort((a, b) => b[1].length - a[1].length)[0];
}

/**
 * One term capitalised two ways in one document ("Đảng Ủy"/"Đảng ủy", "trực thuộc Trung ương"/"trực thuộc trung
 * ương"). A capital on the first word marks a specific use and lower case a generic one, so those two are compared
 * only where they share a neighbouring word; where a rule prescribes the form, the suggestion follows the rule.
 */
export const capitalizationConsistency: Rule = {
  meta: {
    id: 'capitalization-consistency',
    category: 'spelling',
    defaultSeverity: 'info',
    description: { vi: 'Một cụm từ viết hoa không thống nhất', en: 'Inconsistent capitalisation of a term' },
    messages: {
      inconsistent: {
        vi: '“{text}” được viết hoa khác với {count} chỗ khác trong văn bản (“{majority}”).',
        en: '“{text}” is capitalised differently from {count} other places in the document (“{majority}”).',
      },
      rule: {
        vi: '“{text}” được viết hoa khác với chỗ khác trong văn bản (“{majority}”); theo quy định viết như “{majority}” ({rule}).',
        en: '“{text}” is capitalised differently elsewhere in the document (“{majority}”); the rule prescribes “{majority}” ({rule}).',
      },
    },
    source: 'Quy định 4148-QĐ/VPTW; Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa)',
  },
  checkDocument(context) {
    const terms = new Map<Term, Occurrence[]>();
    /** Two-word names by "first second third" key: their occurrences. */
    const names = new Map<string, Occurrence[]>();
    const paragraphs = context.doc.paragraphs;
    for (let index = 0; index < paragraphs.length; index++) {
      const info = infoOf(context, index);
      for (const found of summaryOf(info, 'capitalization', summarise)) {
        const o: Occurrence = { paragraph: index, info, found, form: found.form };
        const map = (typeof found.group === 'string' ? names : terms) as Map<Term | string, Occurrence[]>;
        const list = map.get(found.group);
        if (list) list.push(o);
        else map.set(found.group, [o]);
      }
    }

    const reported = new Set<Occurrence>();
    const atSentenceStart = (o: Occurrence) =>
      (o.found.sentenceStart ??= isSentenceStart(o.info.text, o.info.words[o.found.at].start));
    const flagMinority = (list: Occurrence[], formOf: (o: Occurrence) => string, target?: string, rule?: string) => {
      const [majority, majorityList] = majorityOf(list, formOf);
      const goal = target ?? majority;
      const model = list.find((o) => formOf(o) === goal) ?? majorityList[0];
      const count = list.filter((o) => formOf(o) === goal).length;
      for (const o of list) {
        if (formOf(o) === goal || reported.has(o)) continue;
        reported.add(o);
        report(context, o, goal, model, count, rule);
      }
    };

    for (const [term, all] of terms) {
      if (all.every((o) => o.form === all[0].form)) continue;
      const occurrences = all.filter((o) => !atSentenceStart(o));
      // The same name written two ways ("Mặt trận tổ quốc" / "Mặt trận Tổ quốc").
      const capitalised = occurrences.filter((o) => o.form[0] === 'U');
      if (new Set(capitalised.map((o) => o.form)).size > 1) flagMinority(capitalised, (o) => o.form);
      // Capital and lower case first word: compared only after the same word, and generic uses only with each other.
      const buckets = new Map<string, Occurrence[]>();
      for (const o of occurrences) {
        if (!o.found.prev) continue;
        // Where a rule prescribes the form, every specific use is compared with every other.
        const b = term.ruleCapital !== undefined && !o.found.generic ? 'ruled' : `${o.found.generic}:${o.found.prev}`;
        const list = buckets.get(b);
        if (list) list.push(o);
        else buckets.set(b, [o]);
      }
      for (const list of buckets.values()) {
        const first = (o: Occurrence) => o.form[0];
        if (list.every((o) => first(o) === first(list[0]))) continue;
        const ruled = term.ruleCapital !== undefined && !list[0].found.generic;
        if (ruled) flagMinority(list, first, term.ruleCapital ? 'U' : 'l', term.source);
        else {
          const upper = list.filter((o) => first(o) === 'U').length;
          if (upper * 2 !== list.length) flagMinority(list, first);
        }
      }
    }
    for (const all of names.values()) {
      const second = (o: Occurrence) => o.form.slice(0, 2);
      if (all.every((o) => second(o) === second(all[0]))) continue;
      const occurrences = all.filter((o) => o.form[0] === 'U' && !atSentenceStart(o));
      if (new Set(occurrences.map(second)).size < 2) continue;
      // "Luật Ngân sách nhà nước": the name of a law capitalises its first syllable.
      if (DOCUMENT_TYPES.has(occurrences[0].info.words[occurrences[0].found.at].key))
        flagMinority(occurrences, second, 'UU', DOCUMENT_NAME_RULE);
      else flagMinority(occurrences, second);
    }
  },
};
