import { createDocument } from '../../src/core/model';
import type { Rule } from '../../src/core/rule';
import { runRules } from '../../src/core/runner';
import { checkDocument } from '../../src/core/check';

/** Flags every "x"; a lone "x" word is certain (error), any other a warning. */
const xRule: Rule = {
  meta: {
    id: 'x-rule',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: { vi: 'x', en: 'x' },
    messages: { x: { vi: 'Có “x”', en: 'Has “x”' } },
  },
  checkParagraph(p, index, context) {
    for (const m of p.text.matchAll(/x+/g)) {
      context.report({
        paragraph: index,
        start: m.index!,
        length: m[0].length,
        messageId: 'x',
        ...(m[0].length === 1 ? { severity: 'error' as const } : {}),
        fix: [{ start: m.index!, length: m[0].length, replacement: 'y' }],
      });
    }
  },
};

describe('runRules', () => {
  const doc = createDocument(['a x b xx']);

  it('keeps the severity a rule gives a finding when the user chose none', () => {
    expect(runRules(doc, [xRule]).map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('applies a severity the user chose to every finding of the rule', () => {
    expect(runRules(doc, [xRule], { rules: { 'x-rule': 'info' } }).map((f) => f.severity)).toEqual(['info', 'info']);
    expect(runRules(doc, [xRule], { rules: { 'x-rule': { severity: 'warning' } } }).map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it('runs nothing for a rule turned off', () => {
    expect(runRules(doc, [xRule], { rules: { 'x-rule': 'off' } })).toEqual([]);
  });

  it('adds the expected text to text fixes and the fixed slice as the suggestion', () => {
    const [finding] = runRules(doc, [xRule]);
    expect(finding.fix).toEqual([
      { kind: 'replaceText', paragraph: 0, start: 2, length: 1, expected: 'x', replacement: 'y' },
    ]);
    expect(finding.suggestions).toEqual(['y']);
    expect(finding.text).toBe('x');
  });

  it('skips guidance placeholders still showing (the add-in’s grey text)', () => {
    const withGuide = createDocument([{ text: 'x gợi ý', showsPlaceholder: true }, 'x']);
    expect(runRules(withGuide, [xRule]).map((f) => f.paragraph)).toEqual([1]);
  });
});

describe('rules that need what the host cannot report', () => {
  const fontRule: Rule = { ...xRule, meta: { ...xRule.meta, id: 'font-rule', requires: ['fonts'] } };

  it('do not run, and the check lists them as not evaluated', () => {
    const plain = createDocument(['a x']);
    expect(runRules(plain, [fontRule])).toEqual([]);
    expect(checkDocument(plain, {}, [fontRule, xRule]).notEvaluated).toEqual([
      { ruleId: 'font-rule', description: xRule.meta.description, missing: ['fonts'] },
    ]);
  });

  it('run when the host reports the capability, and a disabled rule is not listed', () => {
    const word = { ...createDocument(['a x']), capabilities: { fonts: true } };
    expect(runRules(word, [fontRule])).toHaveLength(1);
    expect(checkDocument(word, {}, [fontRule]).notEvaluated).toEqual([]);
    expect(checkDocument(createDocument(['x']), { rules: { 'font-rule': 'off' } }, [fontRule]).notEvaluated).toEqual(
      [],
    );
  });
});
