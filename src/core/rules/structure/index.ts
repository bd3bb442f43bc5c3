import type { Rule } from '../../rule';
import { emptySection } from './emptySection';
import { leftoverGuidance } from './leftoverGuidance';
import { needsFigures } from './needsFigures';
import { numberingSequence } from './numberingSequence';
import { requiredSection } from './requiredSection';
import { sectionOrder } from './sectionOrder';

/** Bố cục: the document against its outline template and its own heading structure. */
export const structureRules: readonly Rule[] = [
  requiredSection,
  sectionOrder,
  numberingSequence,
  emptySection,
  leftoverGuidance,
  needsFigures,
];
