import type { Rule } from '../rule';
import { headerRules } from './header';
import { presentationRules } from './presentation';
import { structureRules } from './structure';
import { typoRules } from './typo';

/** Every built-in rule, by area. Each area's folder keeps one rule per module and exports its list. */
export const allRules: readonly Rule[] = [...headerRules, ...structureRules, ...typoRules, ...presentationRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
