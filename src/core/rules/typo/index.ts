import type { Rule } from '../../rule';
import { capitalizationConsistency } from './capitalizationConsistency';
import { doubleSpace } from './doubleSpace';
import { duplicatedWord } from './duplicatedWord';
import { invisibleCharacters } from './invisibleCharacters';
import { knownConfusion } from './knownConfusion';
import { legacyEncoding } from './legacyEncoding';
import { missingSpaceAfterPunctuation } from './missingSpaceAfterPunctuation';
import { nonSyllable } from './nonSyllable';
import { realWord } from './realWord';
import { repeatedPunctuation } from './repeatedPunctuation';
import { spaceBeforePunctuation } from './spaceBeforePunctuation';
import { spaceInsideBrackets } from './spaceInsideBrackets';
import { toneStyleMix } from './toneStyleMix';
import { unbalancedBrackets } from './unbalancedBrackets';
import { unicodeNormalization } from './unicodeNormalization';

export const typoRules: readonly Rule[] = [
  duplicatedWord,
  doubleSpace,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  spaceInsideBrackets,
  repeatedPunctuation,
  unbalancedBrackets,
  unicodeNormalization,
  invisibleCharacters,
  legacyEncoding,
  nonSyllable,
  knownConfusion,
  toneStyleMix,
  capitalizationConsistency,
  realWord,
];
