import type { Profile } from '../model';
import { ruleSetsFor, type RuleSetEntry } from './data';

export type RuleSetId = 'hd36' | 'hd05' | 'nd30';

/**
 * The guide a document follows, by its date (ISO): Party documents dated from 27/5/2026 follow HD 05-HD/VPTW,
 * earlier ones HD 36-HD/VPTW; State documents NĐ 30/2020. A new (undated) document follows the current set.
 */
export function ruleSetFor(profile: Profile, isoDate: string): RuleSetEntry & { id: RuleSetId } {
  const sets = [...ruleSetsFor(profile)].sort((a, b) => a.from.localeCompare(b.from));
  const chosen = sets.filter((s) => s.from <= isoDate).pop() ?? sets[0];
  return chosen as RuleSetEntry & { id: RuleSetId };
}
