import Ajv, { type ErrorObject } from 'ajv';
import type { LocalizedText } from '../i18n';
import baoCaoChinhTriChiBo from './builtin/bao-cao-chinh-tri-chi-bo.json';
import baoCaoTongKet from './builtin/bao-cao-tong-ket.json';
import congVan from './builtin/cong-van.json';
import keHoach from './builtin/ke-hoach.json';
import nghiQuyet from './builtin/nghi-quyet.json';
import nq23 from './builtin/nq23-tong-ket-20-nam.json';
import { TemplateError } from './errors';
import schema from './template.schema.json';
import type { OutlineTemplate, TemplateSection } from './types';

export { TemplateError } from './errors';
export { importOutline, type ImportOptions } from './import';
export type { NumberingStyle, OutlineTemplate, TemplateSection } from './types';

export type TemplateValidation = { ok: true; template: OutlineTemplate } | { ok: false; errors: LocalizedText[] };

let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaValidator() {
  compiled ??= new Ajv({ allErrors: true }).compile(schema);
  return compiled;
}

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

/** Validates parsed JSON against template.schema.json and the structural checks. The "$schema" key is dropped. */
export function validateTemplate(json: unknown): TemplateValidation {
  const validate = schemaValidator();
  if (!validate(json)) return { ok: false, errors: (validate.errors ?? []).map(describeSchemaError) };
  const { $schema: _schema, ...template } = json as OutlineTemplate & { $schema?: string };
  const errors = structuralErrors(template);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template };
}

/** Parses and validates a template from JSON text; throws TemplateError with messages for the user. */
export function parseTemplateJson(text: string): OutlineTemplate {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new TemplateError([
      {
        vi: `Tệp mẫu đề cương không phải JSON hợp lệ: ${detail}`,
        en: `The outline template is not valid JSON: ${detail}`,
      },
    ]);
  }
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
