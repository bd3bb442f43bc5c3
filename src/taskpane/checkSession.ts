/**
 * What runs a check wherever it runs (the check worker, or the pane's own thread): a full check, or a re-check of
 * the paragraphs that changed since an earlier result this session still holds. Plain data in and out, so the
 * same requests and results cross the worker boundary unchanged.
 */
import { checkDocument, recheckDocument, type CheckResult } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { DocumentModel } from '../core/model';
import type { Rule } from '../core/rule';
import { allRules } from '../core/rules';

export interface CheckRequest {
  id: number;
  doc: DocumentModel;
  config: CheckConfig;
  /** An earlier result of this session with the same configuration: only what changed since is checked again. */
  previousId?: number;
}

export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };

/** Results kept for re-checks: the one on screen and the one being replaced. */
const KEPT = 2;

export class CheckSession {
  private readonly results = new Map<number, CheckResult>();

  constructor(private readonly rules: readonly Rule[] = allRules) {}

  run(request: CheckRequest): CheckResult {
    const previous = request.previousId === undefined ? undefined : this.results.get(request.previousId);
    const result = previous
      ? recheckDocument(previous, request.doc, request.config, this.rules)
      : checkDocument(request.doc, request.config, this.rules);
    this.results.set(request.id, result);
    for (const id of this.results.keys()) if (this.results.size > KEPT) this.results.delete(id);
    return result;
  }

  respond(request: CheckRequest): CheckResponse {
    try {
      return { id: request.id, result: this.run(request) };
    } catch (e) {
      return { id: request.id, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
