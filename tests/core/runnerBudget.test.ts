import { createDocument } from '../../src/core/model';
import type { Rule } from '../../src/core/rule';
import { AnalysisCache, runRules } from '../../src/core/runner';

const flagging = (id: string, counter: { calls: number }): Rule => ({
  meta: {
    id,
    category: 'spelling',
    defaultSeverity: 'warning',
    description: { vi: id, en: id },
    messages: { hit: { vi: 'có', en: 'hit' } },
  },
  checkParagraph(_p, index, context) {
    counter.calls++;
    context.report({ paragraph: index, start: 0, length: 1, messageId: 'hit' });
  },
});

/** A clock that moves `step` ms each time it is read. */
const clock = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('time budget', () => {
  const doc = createDocument(['a', 'b']);

  it('stops before the rules left once the budget is spent and says the check is incomplete', () => {
    const first = { calls: 0 };
    const second = { calls: 0 };
    const findings = runRules(
      doc,
      [flagging('first', first), flagging('second', second)],
      { timeBudgetMs: 2 },
      { now: clock(1) },
    );
    expect(first.calls).toBe(2);
    expect(second.calls).toBe(0);
    const incomplete = findings.filter((f) => f.ruleId === 'check-incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0].severity).toBe('error');
    expect(incomplete[0].message.vi).toMatch(/^Không kiểm tra hết/);
    expect(incomplete[0].message.vi).toContain('second');
  });

  it('adds nothing when the check ends within the budget', () => {
    const counter = { calls: 0 };
    const findings = runRules(doc, [flagging('only', counter)], { timeBudgetMs: 1000 }, { now: clock(1) });
    expect(findings.map((f) => f.ruleId)).toEqual(['only', 'only']);
  });
});

describe('AnalysisCache', () => {
  const counting = (counter: { calls: number }): Rule => ({
    meta: {
      id: 'counting',
      category: 'spelling',
      defaultSeverity: 'info',
      description: { vi: 'c', en: 'c' },
      messages: { m: { vi: 'c', en: 'c' } },
    },
    checkParagraph(p, index, context) {
      context.memoParagraph!(index, 'length', () => (counter.calls++, p.text.length));
    },
  });

  it('analyses only the paragraphs whose text changed since the last check', () => {
    const counter = { calls: 0 };
    const cache = new AnalysisCache();
    runRules(createDocument(['một', 'hai', 'ba']), [counting(counter)], {}, { cache });
    expect(counter.calls).toBe(3);
    runRules(createDocument(['một', 'hai đã sửa', 'ba']), [counting(counter)], {}, { cache });
    expect(counter.calls).toBe(4);
  });

  it('runs paragraph rules on the paragraphs asked for only', () => {
    const counter = { calls: 0 };
    const findings = runRules(createDocument(['a', 'b', 'c']), [flagging('f', counter)], {}, { paragraphs: [1] });
    expect(findings.map((f) => f.paragraph)).toEqual([1]);
  });
});
