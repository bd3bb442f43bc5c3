import type { CheckConfig } from '../config';
import type { DocumentModel } from '../model';
import { matchTemplate, type TemplateMatch } from '../outline/match';
import type { RuleContext } from '../rule';
import type { OutlineTemplate } from '../templates/types';
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

/** The document matched against a template, once per check (the required-section fixes all start from it). */
export function templateMatchOf(context: RuleContext, template: OutlineTemplate): TemplateMatch {
  return context.memo(`structure:match:${template.id}`, () => matchTemplate(context.doc, template));
}

/** The same analysis outside a rule run (task pane, CLI). */
export function analyzeStructure(doc: DocumentModel, config: CheckConfig = {}) {
  const outline = readOutline(doc);
  const choice = chooseTemplate(doc, config, outline);
  const comparison = choice ? compareOutline(doc, choice.template, outline) : null;
  return { outline, choice, comparison };
}
