import { signingPrefixes } from '../../header/data';
import { detectionOf } from '../../header/profile';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** Signals of the other profile in a document: a Party header with "Số:", a State "KT." in a Party document… */
export const headerProfileMixed: Rule = {
  meta: {
    id: 'header-profile-mixed',
    category: 'format',
    defaultSeverity: 'warning',
    severities: [
      { severity: 'warning' },
      {
        severity: 'error',
        when: {
          vi: 'khi nhận rõ văn bản của Đảng hay Nhà nước',
          en: 'when the document is clearly a Party or a State one',
        },
      },
    ],
    description: {
      vi: 'Văn bản trộn thể thức của Đảng và của Nhà nước',
      en: 'Document mixes Party and State format',
    },
    messages: {
      numberLabelParty: {
        vi: 'Văn bản của Đảng ghi “Số” không có dấu hai chấm (ví dụ “Số 12-NQ/ĐU”).',
        en: 'Party documents write “Số” without a colon (e.g. “Số 12-NQ/ĐU”).',
      },
      numberLabelState: {
        vi: 'Văn bản hành chính nhà nước ghi “Số:” có dấu hai chấm (ví dụ “Số: 15/QĐ-UBND”).',
        en: 'State documents write “Số:” with a colon (e.g. “Số: 15/QĐ-UBND”).',
      },
      prefixParty: {
        vi: '“{found}” là ký hiệu đề ký của văn bản nhà nước; văn bản của Đảng dùng {expected}.',
        en: '“{found}” is a State signing prefix; Party documents use {expected}.',
      },
      prefixState: {
        vi: '“{found}” là ký hiệu đề ký của văn bản Đảng; văn bản nhà nước dùng {expected}.',
        en: '“{found}” is a Party signing prefix; State documents use {expected}.',
      },
      archiveParty: {
        vi: 'Dòng lưu của văn bản Đảng viết “- Lưu Văn phòng …”, không có dấu hai chấm và không ghi “VT”.',
        en: 'A Party archive line reads “- Lưu Văn phòng …”, with no colon and no “VT”.',
      },
      archiveState: {
        vi: 'Dòng lưu của văn bản nhà nước viết “- Lưu: VT, …”.',
        en: 'A State archive line reads “- Lưu: VT, …”.',
      },
      asteriskState: {
        vi: 'Văn bản nhà nước dùng đường kẻ ngắn dưới tên cơ quan, không dùng dấu “*”.',
        en: 'State documents put a short rule under the issuing body, not “*”.',
      },
      titleParty: {
        vi: 'Văn bản của Đảng dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, không dùng Quốc hiệu.',
        en: 'Party documents carry the title “ĐẢNG CỘNG SẢN VIỆT NAM”, not the national title.',
      },
      titleState: {
        vi: 'Văn bản nhà nước dùng Quốc hiệu và Tiêu ngữ, không dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”.',
        en: 'State documents carry the national title and motto, not “ĐẢNG CỘNG SẢN VIỆT NAM”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 3.2.2, 7.1, 9.2.5; NĐ 30/2020/NĐ-CP Phụ lục I; format-rules §5.5',
  },
  checkDocument(ctx) {
    const { profile, confident } = headerContext(ctx);
    if (!profile) return;
    const severity = confident ? 'error' : 'warning';
    const suffix = profile === 'party' ? 'Party' : 'State';
    const own = signingPrefixes(profile);
    for (const s of detectionOf(ctx).signals) {
      if (s.profile === profile || s.kind === 'numberShape') continue;
      const text = ctx.doc.paragraphs[s.paragraph].text.slice(s.start, s.start + s.length);
      const at = { paragraph: s.paragraph, start: s.start, length: s.length, severity } as const;
      switch (s.kind) {
        case 'numberLabel': {
          const replacement = profile === 'party' ? 'Số ' : 'Số: ';
          ctx.report({
            ...at,
            messageId: `numberLabel${suffix}`,
            fix: [{ start: s.start, length: s.length, replacement }],
          });
          break;
        }
        case 'authorityPrefix': {
          const other = signingPrefixes(profile === 'party' ? 'state' : 'party').find((p) => p.prefix === text);
          const counterpart =
            other?.counterpart && own.some((p) => p.prefix === other.counterpart) ? other.counterpart : null;
          const expected = own.map((p) => p.prefix).join(', ');
          ctx.report({
            ...at,
            messageId: `prefix${suffix}`,
            data: { found: text, expected },
            ...(counterpart
              ? { fix: [{ start: s.start, length: s.length, replacement: counterpart }] }
              : { suggestions: own.filter((p) => p.prefix !== 'Q.').map((p) => p.prefix) }),
          });
          break;
        }
        case 'archiveLine':
          ctx.report({ ...at, messageId: `archive${suffix}` });
          break;
        case 'asterisk':
          ctx.report({ ...at, messageId: 'asteriskState' });
          break;
        case 'nationalTitle':
        case 'quocHieu':
          ctx.report({ ...at, messageId: `title${suffix}` });
          break;
      }
    }
  },
};
