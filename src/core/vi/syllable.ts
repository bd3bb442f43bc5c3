/**
 * Phonotactic model of the written Vietnamese syllable: (onset)(medial)(nucleus)(coda) + one tone.
 * Written from the spelling rules themselves (no word list), so it accepts every well-formed syllable,
 * real or not, and rejects what Vietnamese spelling cannot produce (lost letters, wrong tone placement,
 * a tone a stop coda cannot take, c/k and g/gh mix-ups, legacy-font debris).
 */

export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';
export type ToneStyle = 'old' | 'new';

const TONE_BY_MARK: Record<string, Tone> = {
  '\u0300': 'huyen',
  '\u0301': 'sac',
  '\u0309': 'hoi',
  '\u0303': 'nga',
  '\u0323': 'nang',
};
const MARK_BY_TONE: Record<Tone, string> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};
export const TONES: readonly Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'];

/** Vowel-quality marks: circumflex (â ê ô), breve (ă), horn (ơ ư). */
const MODIFIER_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

const VOWELS = new Set([...'aăâeêioôơuưy']);
const MODIFIED_VOWELS = new Set([...'ăâêôơư']);
const LETTERS = new Set([...'aăâbcdđeêghiklmnoôơpqrstuưvxy']);

export const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];

const PLAIN_RHYMES = `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
  i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu y yêm yên yêng yêt yêu
  o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung uôc uôi uôm uôn uông uôt up ut
  ư ưa ưc ưi ưm ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu`;
/** Rhymes with the medial o or u (a rounded glide before the nucleus). */
const MEDIAL_RHYMES = `oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet
  uân uâng uât uây uê uêch uênh uơ uy uych uynh uyt uyu uya uyên uyêt`;
/** After "qu" the u is the medial already written; "qui", "quít" are the older spellings of quy, quýt. */
const QU_RHYMES = `a ac ach ai am an ang anh ao ap at ay ăc ăm ăn ăng ăp ăt ân âng ât ây e em en eo et
  ê êch ên ênh êt ơ ơi ôc y ych ynh yt yu ya yên yêt i it in`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const PLAIN = new Set(words(PLAIN_RHYMES));
const MEDIAL = new Set(words(MEDIAL_RHYMES));
const AFTER_QU = new Set(words(QU_RHYMES));
const FRONT = new Set([...'eêiy']);
const STOP_CODA = /(?:c|ch|p|t)$/;

const plainLetters = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
/** Vowel sequences (marks stripped) that some rhyme contains: "ieu", "uye", "uoi"… but not "io" or "ae". */
const VOWEL_CORES = new Set([...PLAIN, ...MEDIAL].map((r) => plainLetters(r).replace(/[^aeiouy]/g, '')));

/**
 * Could this run of vowels (marks stripped) belong to one syllable after this onset (marks stripped)? The i of
 * gi and the u of qu are written before the rhyme's own vowels.
 */
export function isVowelCore(onset: string, run: string): boolean {
  if (VOWEL_CORES.has(run)) return true;
  if (onset === 'g' && run[0] === 'i') return VOWEL_CORES.has(run.slice(1)) || run === 'i';
  if (onset === 'q' && run[0] === 'u') return VOWEL_CORES.has(run.slice(1));
  return false;
}

export interface SyllableParse {
  onset: string;
  /** Rhyme letters (medial + nucleus + coda) without tone. */
  rhyme: string;
  /** Offset of the rhyme in the toneless letters (the "i" of gì/gìn is shared with the onset "gi"). */
  rhymeStart: number;
  /** Letter indexes that may carry the tone: [old style, new style] (equal except open oa/oe/uy). */
  toneIndex: [number, number];
}

/** Letters without tone (lower case, NFC letters with their vowel marks), the tone and where its mark sits. */
export interface Decomposed {
  letters: string;
  tone: Tone;
  /** Index into `letters` of the letter carrying the tone mark, -1 for ngang. */
  toneAt: number;
}

/** Splits a word into toneless letters and its tone; null if it is not written in the Vietnamese alphabet. */
export function decompose(word: string): Decomposed | null {
  const nfd = word.toLowerCase().normalize('NFD');
  let letters = '';
  let tone: Tone = 'ngang';
  let toneAt = -1;
  let current = '';
  const flush = () => {
    if (current) letters += current.normalize('NFC');
    current = '';
  };
  for (const ch of nfd) {
    const toneMark = TONE_BY_MARK[ch];
    if (toneMark) {
      if (!current || tone !== 'ngang') return null;
      tone = toneMark;
      toneAt = letters.length;
      continue;
    }
    if (MODIFIER_MARKS.has(ch)) {
      if (!current) return null;
      current += ch;
      continue;
    }
    flush();
    current = ch;
  }
  flush();
  if (!letters) return null;
  for (const ch of letters) if (!LETTERS.has(ch)) return null;
  return { letters, tone, toneAt };
}

/** Where the tone goes in a rhyme (relative index), old and new style. */
function rhymeToneIndex(rhyme: string): [number, number] {
  let lastModified = -1;
  let lastVowel = -1;
  const vowelIndexes: number[] = [];
  for (let i = 0; i < rhyme.length; i++) {
    const ch = rhyme[i];
    if (!VOWELS.has(ch)) continue;
    // "uông", "ương": the u/ư before the nucleus vowel is part of a diphthong; keep all vowels in order.
    vowelIndexes.push(i);
    lastVowel = i;
    if (MODIFIED_VOWELS.has(ch)) lastModified = i;
  }
  if (lastModified >= 0) return [lastModified, lastModified];
  const endsInConsonant = !VOWELS.has(rhyme[rhyme.length - 1]);
  if (endsInConsonant) return [lastVowel, lastVowel];
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') return [0, 1];
  if (vowelIndexes.length === 3) return [vowelIndexes[1], vowelIndexes[1]];
  return [vowelIndexes[0], vowelIndexes[0]];
}

function rhymeFits(onset: string, rhyme: string): boolean {
  if (onset === 'qu') return AFTER_QU.has(rhyme);
  const medial = MEDIAL.has(rhyme);
  if (!medial && !PLAIN.has(rhyme)) return false;
  const first = rhyme[0];
  if (onset === '' && rhyme.startsWith('iê')) return false; // written yê without an onset
  if (onset !== '' && /^y[êa]/.test(rhyme)) return false; // written iê after an onset
  switch (onset) {
    case 'c':
      return !FRONT.has(first) && !medial;
    case 'k':
      return FRONT.has(first);
    case 'g':
    case 'ng':
      return !FRONT.has(first);
    case 'gh':
    case 'ngh':
      return FRONT.has(first) && first !== 'y';
    default:
      return true;
  }
}

function parses(letters: string): SyllableParse[] {
  const out: SyllableParse[] = [];
  const add = (onset: string, rhymeStart: number) => {
    const rhyme = letters.slice(rhymeStart);
    if (rhyme && rhymeFits(onset, rhyme)) {
      const [o, n] = rhymeToneIndex(rhyme);
      out.push({ onset, rhyme, rhymeStart, toneIndex: [o + rhymeStart, n + rhymeStart] });
    }
  };
  const onset = ONSETS.find((o) => letters.startsWith(o)) ?? '';
  add(onset, onset.length);
  // gì, gìn, giếng: the i belongs to both the onset and the rhyme.
  if (onset === 'gi' && (letters.length === 2 || !VOWELS.has(letters[2]) || letters[2] === 'ê')) add('gi', 1);
  return out;
}

/** The parse of a toneless syllable, or null. */
export function parseLetters(letters: string): SyllableParse | null {
  return parses(letters)[0] ?? null;
}

export interface SyllableInfo extends Decomposed {
  parse: SyllableParse;
  /** Placement style of the tone, when the syllable is one where the two styles differ (open oa, oe, uy). */
  style: ToneStyle | null;
}

const analysisCache = new Map<string, SyllableInfo | null>();

/** Full analysis of a word as a Vietnamese syllable (case-insensitive), or null if it is not one. */
export function analyzeSyllable(word: string): SyllableInfo | null {
  const cached = analysisCache.get(word);
  if (cached !== undefined) return cached;
  const result = analyzeUncached(word);
  if (analysisCache.size > 50_000) analysisCache.clear();
  analysisCache.set(word, result);
  return result;
}

function analyzeUncached(word: string): SyllableInfo | null {
  const d = decompose(word);
  if (!d) return null;
  for (const parse of parses(d.letters)) {
    if (STOP_CODA.test(parse.rhyme) && d.tone !== 'sac' && d.tone !== 'nang') continue;
    const [oldAt, newAt] = parse.toneIndex;
    if (d.tone !== 'ngang' && d.toneAt !== oldAt && d.toneAt !== newAt) continue;
    const style = d.tone !== 'ngang' && oldAt !== newAt ? (d.toneAt === oldAt ? 'old' : 'new') : null;
    return { ...d, parse, style };
  }
  return null;
}

export function isSyllable(word: string): boolean {
  return analyzeSyllable(word) !== null;
}

/** Writes toneless letters with a tone at the style's position; null if the letters are not a syllable. */
export function composeSyllable(letters: string, tone: Tone, style: ToneStyle = 'new'): string | null {
  const parse = parseLetters(letters);
  if (!parse) return null;
  if (tone === 'ngang') return letters;
  if (STOP_CODA.test(parse.rhyme) && tone !== 'sac' && tone !== 'nang') return null;
  const at = parse.toneIndex[style === 'old' ? 0 : 1];
  const nfd = letters.slice(0, at + 1).normalize('NFD') + MARK_BY_TONE[tone];
  return (nfd + letters.slice(at + 1)).normalize('NFC');
}

/** Copies the letter case of `model` (lower, Title or UPPER) onto `word`. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0];
  if (first && first !== first.toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The same word with its tone placed in the other style (hòa ↔ hoà), or null when the styles agree. */
export function withToneStyle(word: string, style: ToneStyle): string | null {
  const info = analyzeSyllable(word.normalize('NFC'));
  if (!info || !info.style || info.style === style) return null;
  const composed = composeSyllable(info.letters, info.tone, style);
  return composed ? matchCase(composed, word) : null;
}

/** A word's comparison key with the analysis it came from (shared: one cache lookup per word gives both). */
export interface SyllableEntry {
  /** See syllableKey. */
  readonly key: string;
  /** The word's analysis as a syllable; null when it is not one. */
  readonly info: SyllableInfo | null;
}

/**
 * Comparison key: lower case, NFC, tone in the new style, and the lone vowel y written i (kỷ/kỉ, lý/lí are
 * spelling variants of one syllable).
 */
export function syllableKey(word: string): string {
  return syllableEntry(word).key;
}

/** syllableKey and analyzeSyllable of a word at once, cached. */
export function syllableEntry(word: string): SyllableEntry {
  let entry = keyCache.get(word);
  if (entry === undefined) {
    entry = entryUncached(word);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, entry);
  }
  return entry;
}

const keyCache = new Map<string, SyllableEntry>();

function entryUncached(word: string): SyllableEntry {
  const lower = word.normalize('NFC').toLowerCase();
  const info = analyzeSyllable(lower);
  if (!info) return { key: lower, info };
  let letters = info.letters;
  if (info.parse.rhyme === 'y' && info.parse.onset !== '' && info.parse.onset !== 'qu')
    letters = letters.slice(0, -1) + 'i';
  return { key: composeSyllable(letters, info.tone, 'new') ?? lower, info };
}
