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
import { bracketSpacing } from './bracketSpacing';
import { dashSpacing } from './dashSpacing';
import { headingNumberSpace } from './headingNumberSpace';
import { leadingPunctuation } from './leadingPunctuation';
import { quoteStyle } from './quoteStyle';
import { properNameCase } from './properNames';
import { sentenceStart } from './sentenceStart';
import { titleCase } from './titleCase';
import { iyConsistency } from './iyConsistency';
import { documentSymbol } from './documentSymbol';
import { citationCase } from './citationCase';

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
  dashSpacing,
  headingNumberSpace,
  leadingPunctuation,
  bracketSpacing,
  quoteStyle,
  properNameCase,
  sentenceStart,
  titleCase,
  iyConsistency,
  documentSymbol,
  citationCase,
];
