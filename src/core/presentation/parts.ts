import type { TextFormat } from '../edit';
import type { DocumentAnalysis } from '../header/parse';
import { foldKey, isUpperCase, type Line } from '../header/text';
import type { LocalizedText } from '../i18n';
import type { DocumentModel, Profile } from '../model';
import type { RuleContext } from '../rule';
import { fontEdit, fontsIn, formatNumber, presentationContext } from './helpers';
import { severityOf, type PartRole, type PartStyle } from './settings';

export const PART_NAMES: Record<PartRole, LocalizedText> = {
  nationalTitle: { vi: 'Tiêu đề / Quốc hiệu', en: 'National title' },
  motto: { vi: 'Tiêu ngữ', en: 'Motto' },
  superiorBody: { vi: 'Tên cơ quan cấp trên', en: 'Superior body' },
  issuingBody: { vi: 'Tên cơ quan ban hành', en: 'Issuing body' },
  number: { vi: 'Số và ký hiệu', en: 'Number and symbol' },
  date: { vi: 'Địa danh, ngày tháng', en: 'Place and date' },
  typeName: { vi: 'Tên loại văn bản', en: 'Document type name' },
  summary: { vi: 'Trích yếu', en: 'Summary (trích yếu)' },
  congVanSummary: { vi: 'Trích yếu công văn', en: 'Công văn summary' },
  recipientsLabel: { vi: '“Kính gửi”/“Kính trình”', en: '“Kính gửi”/“Kính trình”' },
  authority: { vi: 'Quyền hạn người ký', en: 'Signing authority' },
  office: { vi: 'Chức vụ người ký', en: 'Signer’s office' },
  signer: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  noiNhanLabel: { vi: '“Nơi nhận:”', en: '“Nơi nhận:”' },
  noiNhanItem: { vi: 'Danh sách nơi nhận', en: 'Recipient list' },
};

export interface PartRef {
  role: PartRole;
  /** Stretches of the document the part covers (several for the recipient list). */
  lines: Line[];
}

const WRAPPED_ISSUER = /^(uy ban nhan dan|hoi dong nhan dan)$/;

/** The header parts, as the header parser found them. */
export function headerParts(analysis: DocumentAnalysis, profile: Profile): PartRef[] {
  const h = analysis.header;
  const out: PartRef[] = [];
  const add = (role: PartRole, line: Line | undefined) => line && out.push({ role, lines: [line] });
  if (profile === 'party') add('nationalTitle', h.nationalTitle);
  else {
    add('nationalTitle', h.quocHieu);
    add('motto', h.tieuNgu);
  }
  // Two or more body lines: the first names the superior body, the rest the issuer; except a People's Committee
  // or Council whose name wraps ("UỶ BAN NHÂN DÂN / TỈNH LÂM ĐỒNG"): one issuer on two lines.
  const wrapped = h.bodyLines.length > 1 && WRAPPED_ISSUER.test(foldKey(h.bodyLines[0].text));
  h.bodyLines.forEach((line, i) =>
    add(i === 0 && h.bodyLines.length > 1 && !wrapped ? 'superiorBody' : 'issuingBody', line),
  );
  add('number', h.numberLine);
  add('congVanSummary', h.congVanSummary);
  add('date', h.dateLine);
  add('typeName', h.typeTitle);
  add('summary', h.summary);
  if (h.recipientsLabel) {
    const label = /^Kính\s+(gửi|trình)\s*:?/u.exec(h.recipientsLabel.text)![0];
    add('recipientsLabel', { ...h.recipientsLabel, text: label });
  }
  return out;
}

/** The signature block and Nơi nhận. */
export function signatureParts(analysis: DocumentAnalysis): PartRef[] {
  const s = analysis.signature;
  const out: PartRef[] = [];
  for (const line of s.authorities) out.push({ role: 'authority', lines: [line] });
  if (s.office) out.push({ role: 'office', lines: [s.office] });
  if (s.signer) out.push({ role: 'signer', lines: [s.signer] });
  if (s.noiNhan) {
    const label = /^Nơi\s+nhận\s*:?/u.exec(s.noiNhan.text)![0];
    out.push({ role: 'noiNhanLabel', lines: [{ ...s.noiNhan, text: label }] });
  }
  const items = s.noiNhanItems.flatMap((item) => item.lines);
  if (items.length) out.push({ role: 'noiNhanItem', lines: items });
  return out;
}

interface Problem {
  vi: string;
  en: string;
  set: TextFormat;
}

/** What is wrong with one line against the part's style (each property once). */
function lineProblems(doc: DocumentModel, line: Line, style: PartStyle): Problem[] {
  const fonts = fontsIn(doc.paragraphs[line.paragraph], line.start, line.text.length);
  const problems: Problem[] = [];
  const [min, max] = style.size;
  const sizes = fonts.map((f) => f.size).filter((s): s is number => typeof s === 'number');
  const wrong = sizes.find((s) => s < min || s > max);
  if (wrong !== undefined) {
    const range = min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
    problems.push({
      vi: `cỡ ${formatNumber(wrong)} pt (quy định ${range} pt)`,
      en: `${formatNumber(wrong)} pt (the rule is ${range} pt)`,
      set: { size: wrong < min ? min : max },
    });
  }
  const flag = (key: 'bold' | 'italic' | 'underline', on: [string, string], off: [string, string]) => {
    const want = style[key];
    if (want === undefined) return;
    // null = mixed within the line: part of it is not as required.
    if (!fonts.some((f) => f[key] !== undefined && f[key] !== want)) return;
    const [vi, en] = want ? on : off;
    problems.push({ vi, en, set: { [key]: want } });
  };
  flag('bold', ['chưa in đậm', 'not bold'], ['không in đậm', 'should not be bold']);
  flag('italic', ['chưa in nghiêng', 'not italic'], ['không in nghiêng', 'should be upright']);
  flag('underline', ['chưa gạch chân', 'not underlined'], ['không gạch chân', 'should not be underlined']);
  if (style.case === 'upper' && !isUpperCase(line.text))
    problems.push({ vi: 'phải in hoa', en: 'should be upper case', set: {} });
  if (style.case === 'lower' && isUpperCase(line.text))
    problems.push({ vi: 'không in hoa toàn bộ', en: 'should not be all upper case', set: {} });
  return problems;
}

/**
 * One finding per part whose typography differs from the rule set's (Party HD 36 / HD 05, State NĐ 30), with
 * a formatting fix per line (case is reported, never changed: that would change the text).
 */
export function checkParts(ctx: RuleContext, parts: PartRef[]): void {
  const { settings } = presentationContext(ctx);
  if (!settings) return;
  for (const part of parts) {
    const style = settings.parts[part.role];
    if (!style) continue;
    const found = part.lines.map((line) => ({ line, problems: lineProblems(ctx.doc, line, style) }));
    const bad = found.filter((f) => f.problems.length);
    if (!bad.length) continue;
    const seen = new Map<string, Problem>();
    for (const f of bad)
      for (const p of f.problems) if (!seen.has(p.vi.split(' (')[0])) seen.set(p.vi.split(' (')[0], p);
    const problems = [...seen.values()];
    const fix = bad
      .map(({ line, problems: ps }) => {
        const set: TextFormat = Object.assign({}, ...ps.map((p) => p.set));
        return Object.keys(set).length
          ? fontEdit(ctx.doc, line.paragraph, set, { start: line.start, length: line.text.length })
          : null;
      })
      .filter((e) => e !== null);
    const first = bad[0].line;
    ctx.report({
      paragraph: first.paragraph,
      start: first.start,
      length: first.text.length,
      messageId: 'part',
      data: {
        partVi: PART_NAMES[part.role].vi,
        partEn: PART_NAMES[part.role].en,
        problemsVi: problems.map((p) => p.vi).join(', '),
        problemsEn: problems.map((p) => p.en).join(', '),
        ruleSet: settings.name,
      },
      severity: severityOf(style.confidence),
      ...(fix.length ? { fix } : {}),
    });
  }
}
