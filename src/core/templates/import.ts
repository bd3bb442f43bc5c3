import { foldAccents } from '../vi/tokenize';
import { relativeLevels } from '../outline/headings';
import { isBullet, parseNumbering, toLetter, toRoman, type ParsedNumbering } from '../outline/numbering';
import { TemplateError } from './errors';
import type { OutlineTemplate, TemplateSection } from './types';

export interface ImportOptions {
  id?: string;
  name?: OutlineTemplate['name'];
  documentType?: string;
  profile?: OutlineTemplate['profile'];
  source?: string;
}

/** Guidance that asks for figures: counts, shares, percentages. */
const FIGURES = /(số lượng|số lần|tỷ lệ|tỉ lệ|số liệu|bao nhiêu|\d\s*%)/iu;

const DOCUMENT_TYPES = [
  'Báo cáo',
  'Kế hoạch',
  'Nghị quyết',
  'Công văn',
  'Tờ trình',
  'Chương trình',
  'Đề án',
  'Hướng dẫn',
];

export function needsFigures(texts: readonly string[]): boolean {
  return texts.some((t) => FIGURES.test(t));
}

/**
 * Lines of pasted text as paragraphs: a line that starts in lower case continues the previous one (text copied
 * from PDFs wraps mid-sentence), unless the previous line is a title in capitals or ends a sentence.
 */
function readLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    const line = raw
      .replace(/\*\*/g, '')
      .replace(/[\s\u00a0]+/gu, ' ')
      .trim();
    if (line === '') continue;
    const previous = out[out.length - 1];
    const wraps =
      previous !== undefined &&
      /^\p{Ll}/u.test(line) &&
      parseNumbering(line) === null &&
      !/[.:;!?]$/u.test(previous) &&
      previous !== previous.toLocaleUpperCase('vi');
    if (wraps) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}

function ownId(n: ParsedNumbering): string {
  if (n.kind === 'roman') return toRoman(n.value);
  if (n.kind === 'letter') return toLetter(n.value);
  return String(n.value);
}

function sentenceCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function slug(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Reads an outline pasted as text (like the "GỢI Ý ĐỀ CƯƠNG BÁO CÁO" part of a superior body's letter) into a
 * template. Numbered lines ("I-", "II.", "1.", "2.1-", "a)") are sections; their levels follow the order in
 * which the numbering kinds appear; "- " bullets and plain lines under a section are its guidance. When the text
 * holds a whole letter, the outline starts at the line naming "đề cương". Section ids follow the numbering
 * ("II.2.1" for 2.1- under II), so the same outline always gives the same ids.
 */
export function importOutline(text: string, options: ImportOptions = {}): OutlineTemplate {
  let lines = readLines(text);
  const outlineTitle = lines.findIndex((l) => /\bde cuong\b/.test(foldAccents(l)) && l.length <= 120);
  if (outlineTitle >= 0) lines = lines.slice(outlineTitle);

  const preamble: string[] = [];
  const entries: Array<{ numbering: ParsedNumbering; title: string; guidance: string[] }> = [];
  for (const line of lines) {
    const numbering = isBullet(line) ? null : parseNumbering(line);
    if (numbering) {
      entries.push({ numbering, title: line.slice(numbering.titleStart).trim(), guidance: [] });
    } else if (entries.length > 0) {
      entries[entries.length - 1].guidance.push(line.replace(/^[-–•+*·▪◦●○■□➢➤✓]\s+/u, ''));
    } else {
      preamble.push(line);
    }
  }
  if (entries.length === 0) {
    throw new TemplateError([
      {
        vi: 'Không tìm thấy mục nào được đánh số (I-, II., 1., 2.1-, a)…) trong văn bản dán vào.',
        en: 'No numbered section (I-, II., 1., 2.1-, a)…) was found in the pasted text.',
      },
    ]);
  }

  const levels = relativeLevels(entries.map((e) => e.numbering.kind));
  const roots: TemplateSection[] = [];
  const open: TemplateSection[] = [];
  const used = new Set<string>();
  entries.forEach((entry, i) => {
    while (open.length >= levels[i]) open.pop();
    const parent = open[open.length - 1];
    const base = parent ? `${parent.id}.${ownId(entry.numbering)}` : ownId(entry.numbering);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const section: TemplateSection = {
      id,
      title: entry.title,
      level: open.length + 1,
      numbering: entry.numbering.style,
      required: true,
      ...(entry.guidance.length > 0 ? { guidance: entry.guidance } : {}),
      ...(needsFigures([entry.title, ...entry.guidance]) ? { needsFigures: true } : {}),
      children: [],
    };
    (parent ? parent.children : roots).push(section);
    open.push(section);
  });

  const title = preamble.length > 0 ? sentenceCase(preamble[0]) : '';
  const nameVi = options.name?.vi ?? ([title, ...preamble.slice(1)].join(' ').trim() || entries[0].title);
  const folded = foldAccents(preamble.join(' '));
  const detectedType = DOCUMENT_TYPES.find((t) => folded.includes(foldAccents(t)));
  return {
    id: options.id ?? (slug(nameVi) || 'de-cuong'),
    name: options.name ?? { vi: nameVi, en: `Imported outline: ${nameVi}` },
    documentType: options.documentType ?? detectedType ?? 'Báo cáo',
    profile: options.profile ?? 'any',
    ...(options.source ? { source: options.source } : {}),
    sections: roots,
  };
}
