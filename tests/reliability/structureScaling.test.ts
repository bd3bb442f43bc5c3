/**
 * Issue 16: a template with thousands of sections must not make the structure rules quadratic (the fix of each
 * missing section used to match the whole document against the template again). Times are compared within the
 * test, ten times the sections against a generous factor, with a floor below which nothing is judged.
 */
import { createDocument } from '../../src/core/model';
import { structureRules } from '../../src/core/rules/structure';
import { runRules } from '../../src/core/runner';
import type { OutlineTemplate } from '../../src/core/templates/types';

const FACTOR = 40;
const FLOOR_MS = 1_000;

function template(sections: number): OutlineTemplate {
  return {
    id: `big-${sections}`,
    name: { vi: 'Mẫu lớn', en: 'Big' },
    documentType: 'Báo cáo',
    profile: 'any',
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `s${i}`,
      title: `Mục thứ ${i}`,
      level: 1,
      numbering: 'arabic-dot' as const,
      required: true,
      guidance: [`Nêu kết quả thực hiện nhiệm vụ số ${i} của cơ quan trong năm`],
      children: [],
    })),
  };
}

function check(sections: number): { ms: number; missing: number } {
  const t = template(sections);
  const doc = createDocument(['BÁO CÁO', 'Tổng kết công tác năm', 'Nội dung báo cáo.']);
  const start = performance.now();
  const findings = runRules(doc, structureRules, {
    templates: [t],
    templateId: t.id,
    timeBudgetMs: Number.MAX_SAFE_INTEGER,
  });
  return { ms: performance.now() - start, missing: findings.filter((f) => f.messageId === 'missing' && f.fix).length };
}

describe('structure rules scale with the size of the template', () => {
  it('reports 4,000 missing sections, each with its fix, in time linear in their number', () => {
    check(400); // warm-up
    const small = check(400);
    const large = check(4_000);
    expect(small.missing).toBe(400);
    expect(large.missing).toBe(4_000);
    if (large.ms > FLOOR_MS) expect(large.ms).toBeLessThan(FACTOR * Math.max(small.ms, 1));
  });
});
