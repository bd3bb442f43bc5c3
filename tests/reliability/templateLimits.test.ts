import { parseTemplateJson, TEMPLATE_LIMITS, validateTemplate } from '../../src/core/templates';
import { TemplateError } from '../../src/core/templates/errors';

/** A template whose sections nest `depth` deep, as JSON text (built as text: JSON.stringify would recurse). */
function nestedTemplate(depth: number): string {
  const open = '{"id":"x","title":"Mục","level":1,"numbering":"none","required":false,"children":[';
  const sections = open.repeat(depth) + ']}'.repeat(depth);
  return `{"id":"t","name":{"vi":"M","en":"M"},"documentType":"Báo cáo","profile":"any","sections":[${sections}]}`;
}

describe('template size and depth are checked before schema validation', () => {
  it('refuses a template nested 100,000 deep with a message, not a stack overflow', () => {
    const json: unknown = JSON.parse(nestedTemplate(100_000));
    const result = validateTemplate(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].vi).toMatch(/lồng quá sâu/);
    expect(() => parseTemplateJson(nestedTemplate(100_000))).toThrow(TemplateError);
  });

  it('refuses a template with more values than the limit', () => {
    const sections = Array.from({ length: TEMPLATE_LIMITS.values / 5 }, (_, i) => ({
      id: `s${i}`,
      title: 'Mục',
      level: 1,
      numbering: 'none',
      required: false,
      children: [],
    }));
    const result = validateTemplate({
      id: 't',
      name: { vi: 'M', en: 'M' },
      documentType: 'Báo cáo',
      profile: 'any',
      sections,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].en).toMatch(/too large/);
  });

  it('still validates a template within the limits by the schema', () => {
    const shallow: unknown = JSON.parse(nestedTemplate(3));
    const result = validateTemplate(shallow);
    // Nested sections reuse one id and level here: the structural checks (not the shape check) refuse them.
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.vi).join(' ')).toMatch(/bị trùng/);
      expect(result.errors.map((e) => e.vi).join(' ')).not.toMatch(/quá sâu|quá lớn/);
    }
  });
});
