import { typeByTitle, typesByAbbreviation } from '../../header/data';
import { parseSymbol } from '../../header/numberLine';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** The type abbreviation in the number matches the document's type name (BÁO CÁO → BC; Party Quy định QĐ/QĐi, State QyĐ). */
export const headerNumberType: Rule = {
  meta: {
    id: 'header-number-type',
    category: 'format',
    defaultSeverity: 'error',
    description: {
      vi: 'Ký hiệu tên loại trong số văn bản khớp với tên loại',
      en: 'The type abbreviation in the number matches the document type',
    },
    messages: {
      mismatch: {
        vi: 'Ký hiệu “{found}” không khớp với tên loại “{title}” (cần “{expected}”).',
        en: 'Abbreviation “{found}” does not match the type “{title}” (expected “{expected}”).',
      },
      missingType: {
        vi: 'Số văn bản thiếu ký hiệu tên loại “{expected}” của “{title}”.',
        en: 'The number lacks the type abbreviation “{expected}” for “{title}”.',
      },
      unknown: {
        vi: '“{found}” không phải ký hiệu tên loại văn bản đã biết.',
        en: '“{found}” is not a known document type abbreviation.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 3.1.2.a; NĐ 30/2020/NĐ-CP Phụ lục III',
  },
  checkDocument(ctx) {
    const { analysis, profile } = headerContext(ctx);
    const line = analysis.header.numberLine;
    if (!profile || !line) return;
    const parts = parseSymbol(profile, line.parsed.symbol, (a) => typesByAbbreviation(profile, a).length > 0);
    if (!parts) return;
    const symbolStart = line.start + line.parsed.prefixLength;
    const title = analysis.header.typeTitle;
    const type = title ? typeByTitle(title.text, profile) : undefined;
    if (profile === 'party' && parts.typeAbbr && typesByAbbreviation('party', parts.typeAbbr).length === 0) {
      ctx.report({
        paragraph: line.paragraph,
        start: symbolStart + parts.typeStart,
        length: parts.typeAbbr.length,
        messageId: 'unknown',
        data: { found: parts.typeAbbr },
        severity: 'warning',
        ...(type?.abbr ? { suggestions: [type.abbr] } : {}),
      });
      return;
    }
    if (!title || !type || type.abbr === null) return;
    const accepted = [type.abbr, ...(type.accepted ?? [])];
    const data = { title: title.text, expected: type.abbr };
    // Abbreviations not confirmed by any source are checked at warning level only.
    const severity = type.confidence === '?' ? ('warning' as const) : undefined;
    if (parts.typeAbbr === null) {
      ctx.report({
        paragraph: line.paragraph,
        start: symbolStart,
        length: line.parsed.symbol.length,
        messageId: 'missingType',
        data,
        ...(severity ? { severity } : {}),
      });
    } else if (!accepted.includes(parts.typeAbbr)) {
      ctx.report({
        paragraph: line.paragraph,
        start: symbolStart + parts.typeStart,
        length: parts.typeAbbr.length,
        messageId: 'mismatch',
        data: { ...data, found: parts.typeAbbr },
        suggestions: [type.abbr],
        ...(severity ? { severity } : {}),
      });
    }
  },
};
