import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Finding } from '../../../src/core/finding';
import { readPlainText } from '../../../src/core/plainText';
import { typoRules } from '../../../src/core/rules/typo';
import { runRules } from '../../../src/core/runner';

const seeds = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seed000 = join(seeds, '000_e4afd91083a3c978.txt');
const seed001 = join(seeds, '001_1d6683048ed9c242.txt');
const check = (file: string) => runRules(readPlainText(readFileSync(file, 'utf8')), typoRules);
const describeIf = existsSync(seed000) && existsSync(seed001) ? describe : describe.skip;
const summary = (f: Finding) => `${f.ruleId} ${f.text}`;

describeIf('typo rules on the seed documents', () => {
  it('seed 000: flags its slips and nothing correct', () => {
    const doc = readPlainText(readFileSync(seed000, 'utf8'));
    const findings = runRules(doc, typoRules);
    const flagged = findings.map(summary);
    expect(flagged.filter((s) => s === 'duplicated-word Đoàn đoàn')).toHaveLength(2);
    expect(flagged).toContain('duplicated-word của của');
    expect(flagged).toContain('space-before-punctuation  .');
    const around = (f: Finding) => doc.paragraphs[f.paragraph].text.slice(f.start - 5, f.start + f.length + 5);
    expect(findings.filter((f) => f.ruleId === 'double-space').map(around)).toEqual(['quan,  Thanh', ', Mặt  trận ']);
    // Everything else must be one of the known slips, the expected style notes, or a correct observation.
    const expectedRules = new Set([
      'duplicated-word',
      'double-space',
      'space-before-punctuation',
      'tone-style-mix',
      'capitalization-consistency',
      'known-confusion',
    ]);
    expect(findings.filter((f) => !expectedRules.has(f.ruleId)).map(summary)).toEqual([]);
    expect(
      findings
        .filter((f) => f.ruleId === 'tone-style-mix')
        .map((f) => f.text.toLowerCase())
        .sort(),
    ).toEqual(['hóa', 'khóa', 'khóa']);
    expect(findings.filter((f) => f.ruleId === 'known-confusion').map(summary)).toEqual(['known-confusion dung']);
    expect(
      findings
        .filter((f) => f.severity === 'error')
        .map(summary)
        .sort(),
    ).toEqual(['duplicated-word của của', 'duplicated-word Đoàn đoàn', 'duplicated-word Đoàn đoàn']);
  });

  it('seed 001: flags "đề cán bộ" and nothing else but its one pair of straight quotes', () => {
    const findings = check(seed001).filter((f) => f.ruleId !== 'quote-style');
    expect(
      check(seed001)
        .filter((f) => f.ruleId === 'quote-style')
        .map(summary),
    ).toEqual(['quote-style "', 'quote-style "']);
    expect(findings.map(summary)).toEqual(['known-confusion đề']);
    expect(findings[0].suggestions).toEqual(['để']);
  });
});
