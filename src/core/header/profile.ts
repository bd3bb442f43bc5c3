import type { DocumentModel, Profile } from '../model';
import type { RuleContext } from '../rule';
import { signingPrefixes } from './data';
import { symbolShape } from './numberLine';
import { analyzeDocument, type DocumentAnalysis } from './parse';

/** A piece of evidence for one profile, with where it is (offsets into the paragraph's text). */
export interface ProfileSignal {
  profile: Profile;
  kind:
    | 'nationalTitle' // ĐẢNG CỘNG SẢN VIỆT NAM
    | 'quocHieu' // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc
    | 'asterisk'
    | 'numberLabel' // "Số" without colon (Party) or "Số:" (State)
    | 'numberShape' // 12-NQ/ĐU (Party) or 12/QĐ-UBND (State)
    | 'authorityPrefix' // T/M, K/T, T/L (Party) or TM., KT., TL., TUQ. (State)
    | 'archiveLine'; // "- Lưu Văn phòng …" (Party) or "- Lưu: VT, …" (State)
  paragraph: number;
  start: number;
  length: number;
  /** How much the signal counts. */
  weight: number;
}

export interface ProfileDetection {
  profile: Profile | null;
  signals: ProfileSignal[];
  scores: Record<Profile, number>;
}

/**
 * Tells Party from State documents by the signals of format-rules §5.5. The weightier side wins; a tie goes to
 * the national title line when only one kind is present, else (or with no signal at all) gives null. Rules share one detection per run through ctx.memo('profile', …) (see profileOf).
 */
export function detectProfile(doc: DocumentModel, analysis: DocumentAnalysis = analyzeDocument(doc)): ProfileDetection {
  const signals: ProfileSignal[] = [];
  const { header, signature } = analysis;
  const add = (
    profile: Profile,
    kind: ProfileSignal['kind'],
    paragraph: number,
    start: number,
    length: number,
    weight: number,
  ) => signals.push({ profile, kind, paragraph, start, length, weight });

  if (header.nationalTitle)
    add(
      'party',
      'nationalTitle',
      header.nationalTitle.paragraph,
      header.nationalTitle.start,
      header.nationalTitle.text.length,
      3,
    );
  if (header.quocHieu)
    add('state', 'quocHieu', header.quocHieu.paragraph, header.quocHieu.start, header.quocHieu.text.length, 3);
  else if (header.tieuNgu)
    add('state', 'quocHieu', header.tieuNgu.paragraph, header.tieuNgu.start, header.tieuNgu.text.length, 2);
  if (header.asterisk) add('party', 'asterisk', header.asterisk.paragraph, header.asterisk.start, 1, 1);
  const number = header.numberLine;
  if (number) {
    const label = number.parsed;
    // The label signal spans "Số:" plus following spaces (State) or "Số" plus its space (Party), for the fix.
    add(label.hasColon ? 'state' : 'party', 'numberLabel', number.paragraph, number.start, label.prefixLength, 2);
    const shape = symbolShape(label.symbol);
    if (shape) add(shape, 'numberShape', number.paragraph, number.start + label.prefixLength, label.symbol.length, 1);
  }
  for (const authority of signature.authorities) {
    const owner = (['party', 'state'] as const).filter((p) =>
      signingPrefixes(p).some((s) => s.prefix === authority.prefix),
    );
    if (owner.length === 1)
      add(owner[0], 'authorityPrefix', authority.paragraph, authority.start, authority.prefix.length, 2);
  }
  const archive = signature.archive;
  if (archive) {
    const line = archive.lines[0];
    const m = /Lưu\s*(:?)/u.exec(line.text);
    if (m) add(m[1] ? 'state' : 'party', 'archiveLine', line.paragraph, line.start + m.index, m[0].trimEnd().length, 1);
  }
  const scores: Record<Profile, number> = { party: 0, state: 0 };
  for (const s of signals) scores[s.profile] += s.weight;
  // On a tie the national title line decides, when only one kind is present: it is what the document claims to be.
  const titles = new Set(
    signals.filter((s) => s.kind === 'nationalTitle' || s.kind === 'quocHieu').map((s) => s.profile),
  );
  const byTitle = titles.size === 1 ? [...titles][0] : null;
  const profile = scores.party > scores.state ? 'party' : scores.state > scores.party ? 'state' : byTitle;
  return { profile, signals, scores };
}

/** The analysis of the header and signature, computed once per run. */
export function analysisOf(ctx: Pick<RuleContext, 'doc' | 'memo'>): DocumentAnalysis {
  return ctx.memo('header:analysis', () => analyzeDocument(ctx.doc));
}

/** The detection, computed once per run and shared by every rule. */
export function detectionOf(ctx: Pick<RuleContext, 'doc' | 'memo'>): ProfileDetection {
  return ctx.memo('profile', () => detectProfile(ctx.doc, analysisOf(ctx)));
}

/** The profile a rule should check against: the configured one, else the detected one. */
export function profileOf(ctx: Pick<RuleContext, 'doc' | 'memo' | 'config'>): Profile | null {
  const forced = ctx.config.profile;
  if (forced === 'party' || forced === 'state') return forced;
  return detectionOf(ctx).profile;
}
