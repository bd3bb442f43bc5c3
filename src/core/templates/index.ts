import type { ErrorObject } from 'ajv';
import type { LocalizedText } from '../i18n';
import { parseJson } from '../json';
import baoCaoChinhTriChiBo from './builtin/bao-cao-chinh-tri-chi-bo.json';
import baoCaoTongKet from './builtin/bao-cao-tong-ket.json';
import congVan from './builtin/cong-van.json';
import keHoach from './builtin/ke-hoach.json';
import nghiQuyet from './builtin/nghi-quyet.json';
import nq23 from './builtin/nq23-tong-ket-20-nam.json';
import { TemplateError } from './errors';
import type { OutlineTemplate, TemplateSection } from './types';
// Precompiled from template.schema.json (scripts/build-schemas.js): no `new Function` under a strict CSP.
import validateTemplateSchema from './validateTemplate.generated';

export { TemplateError } from './errors';
export { importOutline, type ImportOptions } from './import';
export type { NumberingStyle, OutlineTemplate, TemplateSection } from './types';

export type TemplateValidation = { ok: true; template: OutlineTemplate } | { ok: false; errors: LocalizedText[] };

function describeSchemaError(e: ErrorObject): LocalizedText {
  const at = e.instancePath || '/';
  const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
  const allowed = e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
  return {
    vi: `Mẫu đề cương không hợp lệ tại ${at}: ${e.message ?? e.keyword}${extra}${allowed}`,
    en: `Invalid outline template at ${at}: ${e.message ?? e.keyword}${extra}${allowed}`,
  };
}

/** Checks the schema can't express: ids unique in the template, each child one level below its parent. */
function structuralErrors(template: OutlineTemplate): LocalizedText[] {
  const errors: LocalizedText[] = [];
  const seen = new Set<string>();
  const walk = (sections: TemplateSection[], parentLevel: number) => {
    for (const s of sections) {
      if (seen.has(s.id)) {
        errors.push({ vi: `Mã mục "${s.id}" bị trùng.`, en: `Section id "${s.id}" is used twice.` });
      }
      seen.add(s.id);
      if (s.level !== parentLevel + 1) {
        errors.push({
          vi: `Mục "${s.id}" có cấp ${s.level}, phải là cấp ${parentLevel + 1}.`,
          en: `Section "${s.id}" has level ${s.level}; it must be ${parentLevel + 1}.`,
        });
      }
      walk(s.children, s.level);
    }
  };
  walk(template.sections, 0);
  return errors;
}

/** Far deeper and larger than any real outline (a few levels, a few hundred sections), far below a stack overflow. */
export const TEMPLATE_LIMITS = { depth: 40, values: 200_000 };

/**
 * The nesting depth and the number of values of parsed JSON, walked without recursion and stopping past the
 * limits: the schema validator recurses, so a template nested 100,000 deep must be refused before it runs.
 */
function shapeErrors(json: unknown): LocalizedText[] {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: json, depth: 0 }];
  let values = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++values > TEMPLATE_LIMITS.values)
      return [
        {
          vi: `Mẫu đề cương quá lớn (hơn ${TEMPLATE_LIMITS.values} giá trị).`,
          en: `The outline template is too large (more than ${TEMPLATE_LIMITS.values} values).`,
        },
      ];
    if (depth > TEMPLATE_LIMITS.depth)
      return [
        {
          vi: `Mẫu đề cương lồng quá sâu (hơn ${TEMPLATE_LIMITS.depth} cấp).`,
          en: `The outline template is nested too deeply (more than ${TEMPLATE_LIMITS.depth} levels).`,
        },
      ];
    if (value !== null && typeof value === 'object')
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return [];
}

/** Validates parsed JSON against template.schema.json and the structural checks. The "$schema" key is dropped. */
export function validateTemplate(json: unknown): TemplateValidation {
  const tooBig = shapeErrors(json);
  if (tooBig.length) return { ok: false, errors: tooBig };
  if (!validateTemplateSchema(json)) {
    return { ok: false, errors: (validateTemplateSchema.errors ?? []).map(describeSchemaError) };
  }
  const { $schema: _schema, ...template } = json as OutlineTemplate & { $schema?: string };
  const errors = structuralErrors(template);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template };
}

/** Parses and validates a template from JSON text; throws TemplateError with messages for the user. */
export function parseTemplateJson(text: string): OutlineTemplate {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new TemplateError([
      { vi: `Tệp mẫu đề cương: ${parsed.error.vi}`, en: `Outline template file: ${parsed.error.en}` },
    ]);
  }
  const json = parsed.value;
  const result = validateTemplate(json);
  if (!result.ok) throw new TemplateError(result.errors);
  return result.template;
}

/**
 * Built-ins are validated by the unit tests, not at every start: compiling the schema costs more than checking a
 * short file (the CLI's startup).
 */
function loadBuiltIn(json: unknown): OutlineTemplate {
  const { $schema: _schema, ...template } = json as OutlineTemplate & { $schema?: string };
  return template;
}

/** The templates shipped with the add-in (JSON in ./builtin). */
export const builtInTemplates: readonly OutlineTemplate[] = [
  nq23,
  baoCaoTongKet,
  baoCaoChinhTriChiBo,
  keHoach,
  congVan,
  nghiQuyet,
].map(loadBuiltIn);

/** A built-in template by id, or from `extra` (e.g. templates the user saved). */
export function getTemplate(id: string, extra: readonly OutlineTemplate[] = []): OutlineTemplate | undefined {
  return builtInTemplates.find((t) => t.id === id) ?? extra.find((t) => t.id === id);
}

/** Every section of a template in document order (pre-order), with its parent's id. */
export function flattenSections(
  sections: readonly TemplateSection[],
  parentId?: string,
): Array<{ section: TemplateSection; parentId?: string }> {
  return sections.flatMap((section) => [
    { section, ...(parentId !== undefined ? { parentId } : {}) },
    ...flattenSections(section.children, section.id),
  ]);
}
