/**
 * Table-driven rule tests in the style of ESLint's RuleTester: valid texts produce no finding from the rule,
 * invalid texts produce exactly the listed findings, and applying every text fix gives `output`.
 */
import type { CheckConfig } from '../../src/core/config';
import type { Finding } from '../../src/core/finding';
import { createDocument, type DocumentModel, type Paragraph } from '../../src/core/model';
import type { Rule } from '../../src/core/rule';
import { runRules } from '../../src/core/runner';
import { applyTextEdits } from '../../src/core/applyEdits';

type DocInput = string | Array<string | Paragraph> | DocumentModel;

export interface ExpectedFinding {
  text?: string;
  paragraph?: number;
  start?: number;
  messageId?: string;
  severity?: Finding['severity'];
  suggestions?: string[];
}

export interface InvalidCase {
  name?: string;
  doc: DocInput;
  config?: CheckConfig;
  findings: ExpectedFinding[];
  /** Paragraph texts after applying every finding's text fix (omit when the rule gives no fix). */
  output?: string | string[];
}

export interface ValidCase {
  name?: string;
  doc: DocInput;
  config?: CheckConfig;
}

export function toDocument(input: DocInput): DocumentModel {
  if (typeof input === 'string') return createDocument([input]);
  if (Array.isArray(input)) return createDocument(input);
  return input;
}

function label(c: { name?: string; doc: DocInput }): string {
  if (c.name) return c.name;
  const d = toDocument(c.doc);
  return JSON.stringify(d.paragraphs.map((p) => p.text).join(' ¶ ')).slice(0, 80);
}

export function ruleTester(rule: Rule, cases: { valid: Array<ValidCase | string>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c: ValidCase = typeof raw === 'string' ? { doc: raw } : raw;
        it(label(c), () => {
          const findings = runRules(toDocument(c.doc), [rule], c.config);
          expect(findings.map((f) => `${f.paragraph}:${f.start} ${f.text} (${f.messageId})`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const doc = toDocument(c.doc);
          const findings = runRules(doc, [rule], c.config);
          expect(findings).toHaveLength(c.findings.length);
          findings.forEach((f, i) => {
            const want = c.findings[i];
            const got: ExpectedFinding = {};
            for (const key of Object.keys(want) as Array<keyof ExpectedFinding>)
              (got as Record<string, unknown>)[key] = f[key];
            expect(got).toEqual(want);
            expect(f.text).toBe(doc.paragraphs[f.paragraph]?.text.slice(f.start, f.start + f.length) ?? '');
          });
          if (c.output !== undefined) {
            const fixed = applyTextEdits(
              doc,
              findings.flatMap((f) => f.fix ?? []),
            );
            const want = typeof c.output === 'string' ? [c.output] : c.output;
            expect(fixed.paragraphs.map((p) => p.text)).toEqual(want);
          }
        });
      }
    });
  });
}
