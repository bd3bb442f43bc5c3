import type { CheckConfig } from '../config';
import type { DocumentModel } from '../model';
import type { RuleContext } from '../rule';
import { chooseTemplate } from './chooseTemplate';
import { compareOutline } from './compareOutline';
import { readOutline, type DocumentOutline } from './documentOutline';
import type { OutlineComparison, TemplateChoice } from './types';

/** Computed once per check and shared by the structure rules. */
export function outlineOf(context: RuleContext): DocumentOutline {
  return context.memo('structure:outline', () => readOutline(context.doc));
}

export function templateChoiceOf(context: RuleContext): TemplateChoice | null {
  return context.memo('structure:template', () => chooseTemplate(context.doc, context.config, outlineOf(context)));
}

export function comparisonOf(context: RuleContext): OutlineComparison | null {
  return context.memo('structure:comparison', () => {
    const choice = templateChoiceOf(context);
    return choice ? compareOutline(context.doc, choice.template, outlineOf(context)) : null;
  });
}

/** The same analysis outside a rule run (task pane, CLI). */
export function analyzeStructure(doc: DocumentModel, config: CheckConfig = {}) {
  const outline = readOutline(doc);
  const choice = chooseTemplate(doc, config, outline);
  const comparison = choice ? compareOutline(doc, choice.template, outline) : null;
  return { outline, choice, comparison };
}
