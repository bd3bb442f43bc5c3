import { signingPrefixes } from '../../header/data';
import type { Profile } from '../../model';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** Misspelt prefixes and their forms in each profile (null: no single right form). */
const MISSPELT: Record<string, Record<Profile, string | null>> = {
  'T.M': { party: 'T/M', state: 'TM.' },
  'T.M.': { party: 'T/M', state: 'TM.' },
  TM: { party: 'T/M', state: 'TM.' },
  'K.T': { party: 'K/T', state: 'KT.' },
  'K.T.': { party: 'K/T', state: 'KT.' },
  KT: { party: 'K/T', state: 'KT.' },
  'T.L': { party: 'T/L', state: 'TL.' },
  'T.L.': { party: 'T/L', state: 'TL.' },
  TL: { party: 'T/L', state: 'TL.' },
  TUQ: { party: null, state: 'TUQ.' },
  'T/U': { party: null, state: null },
};

/** The signature block: present, with a valid signing prefix, and the signer's name. */
export const signatureBlock: Rule = {
  meta: {
    id: 'signature-block',
    category: 'format',
    defaultSeverity: 'error',
    description: {
      vi: 'Quyền hạn, chức vụ và họ tên người ký đúng thể thức',
      en: 'Signing authority, office and name are well formed',
    },
    messages: {
      missing: { vi: 'Không thấy phần quyền hạn, chức vụ, họ tên người ký.', en: 'No signature block found.' },
      badPrefix: {
        vi: '“{found}” không phải ký hiệu đề ký hợp lệ ({valid}).',
        en: '“{found}” is not a valid signing prefix ({valid}).',
      },
      noSigner: { vi: 'Thiếu họ tên người ký dưới chức vụ.', en: 'The signer’s name under the office is missing.' },
    },
    source: 'HD 05-HD/VPTW điểm 7.1; HD 36-HD/VPTW điểm 1.7.1; NĐ 30/2020/NĐ-CP Phụ lục I',
  },
  checkDocument(ctx) {
    const { analysis, profile } = headerContext(ctx);
    const sig = analysis.signature;
    if (!sig.authority && !sig.office && !sig.signer) {
      if (!profile || analysis.appendix) return;
      const last = Math.max(0, ctx.doc.paragraphs.length - 1);
      const at = sig.noiNhan ? sig.noiNhan.paragraph : last;
      ctx.report({ paragraph: at, start: 0, length: 0, messageId: 'missing' });
      return;
    }
    for (const authority of sig.authorities) {
      const known = (['party', 'state'] as const).some((p) =>
        signingPrefixes(p).some((s) => s.prefix === authority.prefix),
      );
      if (!known) {
        const forms = MISSPELT[authority.prefix];
        const right = profile && forms ? forms[profile] : null;
        const valid = (profile ? signingPrefixes(profile) : [...signingPrefixes('party'), ...signingPrefixes('state')])
          .map((s) => s.prefix)
          .filter((p, i, all) => all.indexOf(p) === i);
        ctx.report({
          paragraph: authority.paragraph,
          start: authority.start,
          length: authority.prefix.length,
          messageId: 'badPrefix',
          data: { found: authority.prefix, valid: valid.join(', ') },
          ...(right
            ? { fix: [{ start: authority.start, length: authority.prefix.length, replacement: right }] }
            : { suggestions: valid.filter((p) => p !== 'Q.') }),
        });
      }
    }
    if (!sig.signer) {
      const anchor = sig.office ?? sig.authorities[sig.authorities.length - 1];
      ctx.report({
        paragraph: anchor.paragraph,
        start: anchor.start,
        length: anchor.text.length,
        messageId: 'noSigner',
        severity: 'warning',
      });
    }
  },
};
