import { typesByAbbreviation } from '../../header/data';
import { parseSymbol } from '../../header/numberLine';
import type { DocumentAnalysis } from '../../header/parse';
import type { Profile } from '../../model';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** A công văn: no type name line, and the number says so (Party "-CV/", State with no type abbreviation) or a trích yếu sits under it. */
export function isCongVan(analysis: DocumentAnalysis, profile: Profile): boolean {
  const { header } = analysis;
  if (header.typeTitle) return false;
  if (header.congVanSummary) return true;
  const symbol = header.numberLine?.parsed.symbol;
  if (!symbol) return false;
  const parts = parseSymbol(profile, symbol, (a) => typesByAbbreviation(profile, a).length > 0);
  if (!parts) return false;
  if (profile === 'party') return typesByAbbreviation('party', parts.typeAbbr ?? '').some((t) => t.congVan);
  return parts.typeAbbr === null;
}

/** The header's required components for its profile. */
export const headerRequiredParts: Rule = {
  meta: {
    id: 'header-required-parts',
    category: 'format',
    defaultSeverity: 'error',
    description: { vi: 'Phần đầu văn bản có đủ thành phần thể thức', en: 'Header has every required component' },
    messages: {
      missingHeader: {
        vi: 'Không thấy phần đầu văn bản (tiêu đề, tên cơ quan ban hành, số và ký hiệu, địa danh và ngày tháng).',
        en: 'No header found (title, issuing body, number and symbol, place and date).',
      },
      missingNationalTitle: {
        vi: 'Thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”.',
        en: 'The title “ĐẢNG CỘNG SẢN VIỆT NAM” is missing.',
      },
      missingQuocHieu: {
        vi: 'Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.',
        en: 'The national title is missing.',
      },
      missingTieuNgu: {
        vi: 'Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.',
        en: 'The motto “Độc lập - Tự do - Hạnh phúc” is missing.',
      },
      missingIssuer: { vi: 'Thiếu tên cơ quan ban hành văn bản.', en: 'The issuing body is missing.' },
      missingAsterisk: {
        vi: 'Thiếu dấu sao (*) dưới tên cơ quan ban hành.',
        en: 'The asterisk (*) under the issuing body is missing.',
      },
      missingNumber: { vi: 'Thiếu số và ký hiệu văn bản.', en: 'The number and symbol are missing.' },
      missingDate: { vi: 'Thiếu địa danh và ngày, tháng, năm ban hành.', en: 'The place and date are missing.' },
      missingTypeName: {
        vi: 'Thiếu tên loại văn bản (ví dụ “BÁO CÁO”).',
        en: 'The document type name (e.g. “BÁO CÁO”) is missing.',
      },
      missingCongVanSummary: {
        vi: 'Công văn thiếu trích yếu nội dung dưới số và ký hiệu.',
        en: 'The công văn has no summary under its number.',
      },
    },
    source: 'HD 05-HD/VPTW Phần II, ô 1–5 (QĐ 399-QĐ/TW); NĐ 30/2020/NĐ-CP Điều 8, Phụ lục I',
  },
  checkDocument(ctx) {
    const { analysis, profile } = headerContext(ctx);
    if (!profile || analysis.appendix) return;
    const h = analysis.header;
    const at = { paragraph: 0, start: 0, length: 0 };
    const titles = profile === 'party' ? [h.nationalTitle] : [h.quocHieu, h.tieuNgu];
    if (![...titles, h.bodyLines[0], h.numberLine, h.dateLine, h.asterisk].some(Boolean)) {
      ctx.report({ ...at, messageId: 'missingHeader' });
    } else {
      const missing: string[] = [];
      if (profile === 'party') {
        if (!h.nationalTitle) missing.push('missingNationalTitle');
      } else {
        if (!h.quocHieu) missing.push('missingQuocHieu');
        if (!h.tieuNgu) missing.push('missingTieuNgu');
      }
      if (!h.bodyLines.length) missing.push('missingIssuer');
      if (profile === 'party' && !h.asterisk) missing.push('missingAsterisk');
      if (!h.numberLine) missing.push('missingNumber');
      if (!h.dateLine) missing.push('missingDate');
      for (const messageId of missing) ctx.report({ ...at, messageId });
    }
    const congVan = isCongVan(analysis, profile);
    if (!congVan && !h.typeTitle) ctx.report({ ...at, messageId: 'missingTypeName' });
    if (congVan && !h.congVanSummary && h.numberLine) {
      ctx.report({
        paragraph: h.numberLine.paragraph,
        start: h.numberLine.start,
        length: h.numberLine.text.length,
        messageId: 'missingCongVanSummary',
      });
    }
  },
};
