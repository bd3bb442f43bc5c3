import type { Rule } from '../../rule';
import { doubleSpace } from './doubleSpace';
import { duplicatedWord } from './duplicatedWord';
import { spaceBeforePunctuation } from './spaceBeforePunctuation';

export const typoRules: readonly Rule[] = [duplicatedWord, doubleSpace, spaceBeforePunctuation];
