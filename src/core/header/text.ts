import type { DocumentModel } from '../model';
import { foldAccents } from '../vi/tokenize';

/** Comparison key for fixed phrases: no accents or case (so ủy/uỷ, hòa/hoà match), one space, plain hyphens. */
export function foldKey(text: string): string {
  return foldAccents(text)
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** One visual line of a paragraph (paragraphs may hold manual line breaks). */
export interface Line {
  /** Index of this line among all lines of the document. */
  index: number;
  paragraph: number;
  /** Offset in the paragraph's text of the first non-space character. */
  start: number;
  /** Text without surrounding white space. */
  text: string;
  /** The line's raw text started with white space (a wrapped continuation, e.g. "   cơ quan thuộc Chính phủ;"). */
  indented: boolean;
  /** "table:row:cell" when the paragraph sits in a table cell. */
  cell?: string;
}

export function documentLines(doc: DocumentModel): Line[] {
  const lines: Line[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    const cell = p.cell ? `${p.cell.table}:${p.cell.row}:${p.cell.cell}` : undefined;
    let offset = 0;
    for (const raw of p.text.split(/[\n\v\u2028]/)) {
      const lead = raw.length - raw.trimStart().length;
      lines.push({
        index: lines.length,
        paragraph,
        start: offset + lead,
        text: raw.trim(),
        indented: lead > 0,
        ...(cell ? { cell } : {}),
      });
      offset += raw.length + 1;
    }
  });
  return lines;
}

/** Upper-case text (at least two letters, none lower case): body names, titles, signature lines. */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** A line drawn with characters: "____", "-----". */
export function isRuleLine(text: string): boolean {
  return /^[_\-–—‒=]{3,}$/.test(text.replace(/\s/g, ''));
}

/** A military or police rank written before a signer's name ("Thượng tướng Nguyễn Văn A"). */
const RANK = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|u[ýỷ])|Chuẩn\s+u[ýỷ]|(?:Phó\s+|Chuẩn\s+)?[Đđ]ô\s+đốc)\s+/u;

/** A person's name: two to six capitalised syllables, possibly after a rank. */
export function looksLikeName(text: string): boolean {
  const name = text.normalize('NFC').replace(RANK, '');
  return /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u.test(name);
}
