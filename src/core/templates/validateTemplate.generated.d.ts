import type { ErrorObject } from 'ajv';

/** Validator precompiled from template.schema.json by scripts/build-schemas.js (no run-time code generation). */
declare const validateTemplateSchema: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validateTemplateSchema;
