/**
 * Precision on published official text: every file under tests/corpus/clean/ (laws, decrees, decisions … as
 * published; see SOURCES.md there) goes through the checker as the CLI reads it. Nearly every finding on such
 * text is a false alarm, so the figure that matters is findings per 5,000 words by rule and severity. A slip
 * confirmed in the published text is listed in slips.json and counted apart, never silenced.
 *
 * Also the header test: every document with a header must have it read as conforming: each part found (title,
 * issuing body, number, place and date, type name or trích yếu, signer) and no error or warning from the header
 * rules; prints the pass rate.
 *
 * Usage: npx tsx scripts/eval-clean.ts [--show]   (--show prints each error and warning, for diagnosis)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { checkDocument } from '../src/core/check';
import type { Finding } from '../src/core/finding';
import type { DocumentModel } from '../src/core/model';
import { analyzeDocument, detectProfile } from '../src/core/header';
import { readPlainText } from '../src/core/plainText';
import { headerRules } from '../src/core/rules/header';
import { readDocx } from '../src/docx';
import lexiconData from '../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../src/core/lexicon';

const ROOT = join(__dirname, '..', 'tests', 'corpus', 'clean');
const PER = 5000;

interface Slip {
  file: string;
  ruleId: string;
  text: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return /\.(txt|docx)$/i.test(name) ? [path] : [];
    });
}

function read(path: string): DocumentModel {
  const bytes = readFileSync(path);
  return /\.docx$/i.test(path) ? readDocx(new Uint8Array(bytes), path) : readPlainText(bytes.toString('utf8'), path);
}

const countWords = (doc: DocumentModel) =>
  doc.paragraphs.reduce((n, p) => n + (p.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).length, 0);

/** Parts of a header and signature the reader did not find (none for a conforming document read right). */
function unreadParts(doc: DocumentModel): string[] {
  const analysis = analyzeDocument(doc);
  const { header: h, signature: sig } = analysis;
  const profile = detectProfile(doc, analysis).profile;
  const missing: Array<[string, unknown]> = [
    ['profile', profile],
    ['title', profile === 'party' ? h.nationalTitle : h.quocHieu && h.tieuNgu],
    ['issuer', h.bodyLines.length],
    ['number', h.numberLine],
    ['date', h.dateLine],
    ['type or trích yếu', h.typeTitle ?? h.congVanSummary],
    ['signer', sig.signer],
  ];
  return missing.filter(([, found]) => !found).map(([part]) => `unread ${part}`);
}

function main(): void {
  // As the CLI and the task pane run once the lexicon is loaded; --no-lexicon measures the engine before it is.
  if (!process.argv.includes('--no-lexicon')) setLexicon(decodeLexicon(lexiconData.data));
  if (!existsSync(ROOT)) {
    console.log(`No clean-text set at ${ROOT}; nothing to measure.`);
    return;
  }
  const show = process.argv.includes('--show');
  const slipsPath = join(ROOT, 'slips.json');
  const slips: Slip[] = existsSync(slipsPath) ? JSON.parse(readFileSync(slipsPath, 'utf8')) : [];
  const headerIds = new Set(headerRules.map((r) => r.meta.id));
  const byRule = new Map<string, { error: number; warning: number; info: number }>();
  let words = 0;
  let slipCount = 0;
  let withHeader = 0;
  let headerPass = 0;
  let withSlip = 0;
  const headerFailures: string[] = [];
  const shown: string[] = [];
  const files = listFiles(ROOT);
  const started = Date.now();

  for (const path of files) {
    const name = relative(ROOT, path);
    const doc = read(path);
    words += countWords(doc);
    const findings: Finding[] = checkDocument(doc, { today: '2026-12-31' }).findings;
    for (const f of findings) {
      if (slips.some((s) => s.file === name && s.ruleId === f.ruleId && f.text.includes(s.text))) {
        slipCount++;
        continue;
      }
      const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      row[f.severity]++;
      byRule.set(f.ruleId, row);
      if (show && f.severity !== 'info')
        shown.push(`${name} ¶${f.paragraph} ${f.severity} ${f.ruleId}/${f.messageId}: «${f.text.slice(0, 80)}»`);
    }
    // A document "has a header" when the national title or the number line opens it.
    const opening = doc.paragraphs
      .slice(0, 12)
      .map((p) => p.text)
      .join('\n');
    if (/CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|^\s*(Luật |Lệnh )?[Ss]ố:/mu.test(opening)) {
      withHeader++;
      const bad = findings.filter((f) => headerIds.has(f.ruleId) && f.severity !== 'info');
      const unread = unreadParts(doc);
      const problems = [...unread, ...new Set(bad.map((f) => `${f.ruleId}/${f.messageId}`))];
      // A header whose deviation is a confirmed slip of the published text is not a conforming header.
      if (slips.some((s) => s.file === name && headerIds.has(s.ruleId))) withSlip++;
      else if (problems.length === 0) headerPass++;
      else headerFailures.push(`${name}: ${problems.join(', ')}`);
    }
  }

  const rate = (n: number) => ((PER * n) / words).toFixed(2);
  const rows = [...byRule.entries()].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning);
  console.log('Clean-text precision (published official texts, tests/corpus/clean; see SOURCES.md)');
  console.log(`${files.length} documents, ${words} words; rates are findings per ${PER} words\n`);
  const header = ['rule', 'errors', 'warnings', 'infos', 'err/5k', 'warn/5k'];
  const table = rows.map(([id, r]) => [
    id,
    String(r.error),
    String(r.warning),
    String(r.info),
    rate(r.error),
    rate(r.warning),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  table.forEach((r) => console.log(line(r)));
  const total = (s: 'error' | 'warning') => rows.reduce((n, [, r]) => n + r[s], 0);
  console.log(`\nall rules: ${rate(total('error'))} errors and ${rate(total('warning'))} warnings per ${PER} words`);
  console.log(`findings on confirmed slips of the published texts (slips.json, counted apart): ${slipCount}`);
  const conforming = withHeader - withSlip;
  console.log(
    `header test: ${headerPass} / ${conforming} conforming headers read as conforming (${conforming ? ((100 * headerPass) / conforming).toFixed(1) : '—'} %); ${withSlip} more with a confirmed slip in the header`,
  );
  headerFailures.forEach((f) => console.log(`  not conforming: ${f}`));
  console.log(`time: ${Date.now() - started} ms`);
  if (show) console.log(`\n${shown.join('\n')}`);
}

main();
