import type { Rule } from '../../rule';

export const typoRules: readonly Rule[] = [];
