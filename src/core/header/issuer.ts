import type { Profile } from '../model';
import { issuerTable } from './data';
import { foldKey } from './text';

function startsWithWords(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(`${prefix} `);
}

/**
 * Proposes the issuer abbreviation for the number line from the issuing body's name (ĐẢNG ỦY KHỐI … → ĐUK,
 * VĂN PHÒNG + TỈNH ỦY → VPTU), from data; otherwise the initials of the name. The clerk may edit it.
 */
export function proposeIssuerAbbreviation(issuingBody: string, superiorBody = '', profile?: Profile): string {
  const name = foldKey(issuingBody);
  if (!name) return '';
  const candidates = issuerTable.bodies
    .filter((b) => !profile || b.profile === profile)
    .filter((b) => startsWithWords(name, foldKey(b.match)))
    .sort((a, b) => foldKey(b.match).length - foldKey(a.match).length);
  const best = candidates[0];
  if (best) {
    if (!best.withLevel) return best.abbr;
    const rest = name.slice(foldKey(best.match).length).trim();
    return best.abbr + (levelOf(rest) ?? levelOf(foldKey(superiorBody)) ?? '');
  }
  return initials(issuingBody);
}

function levelOf(folded: string): string | undefined {
  if (!folded) return undefined;
  const levels = [...issuerTable.levels].sort((a, b) => b.match.length - a.match.length);
  return levels.find((l) => folded.includes(foldKey(l.match)))?.abbr;
}

function initials(name: string): string {
  const skip = new Set(issuerTable.skipWords.map(foldKey));
  return name
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w && !skip.has(foldKey(w)))
    .map((w) => w[0].toLocaleUpperCase('vi'))
    .join('');
}
