import tables from '../data/typo/legacy-encodings.json';

/** Pre-Unicode Vietnamese encodings still found in old documents. */
export type LegacyEncoding = 'tcvn3' | 'vni';

const TABLES: Record<LegacyEncoding, Map<string, string>> = {
  tcvn3: new Map(Object.entries(tables.tcvn3)),
  vni: new Map(Object.entries(tables.vni)),
};

/** Converts text typed in a legacy font (read as Latin-1 characters) to Unicode. Longest key first (VNI pairs). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = TABLES[encoding];
  let out = '';
  for (let i = 0; i < text.length;) {
    const pair = encoding === 'vni' ? table.get(text.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const single = table.get(text[i]);
    out += single ?? text[i];
    i++;
  }
  return out;
}

/** Font families of the legacy encodings: .VnTime, .VnArialH (TCVN3; "H" = capitals), VNI-Times (VNI). */
export function encodingOfFont(
  name: string | null | undefined,
): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!name) return null;
  if (/^\.?vn[a-z]/i.test(name) && !/^vni/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[- _]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * Characters that legacy text shows and Unicode Vietnamese never uses: TCVN3 codes for toned letters
 * (¸ µ ¶ · ¹ ¨ © ª « ¬ ® Õ Ö …) and VNI mark characters after a vowel (ø û ï å ä ë ü …).
 */
export const LEGACY_SIGNATURE: Record<LegacyEncoding, RegExp> = {
  tcvn3: /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]|\p{Ll}[ÕÔÒÓÉÊÈÝ]/u,
  vni: /[aeiouyAEIOUYôöÔÖ][øûïåäëüØÛÏÅÄËÜ]|[aeoAEO][âÂ]|[aeAE][áàãÁÀÃ]|ñ|Ñ(?=[\p{L}])/u,
};
