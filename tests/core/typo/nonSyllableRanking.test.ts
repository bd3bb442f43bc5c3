import lexiconData from '../../../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, EDGE, setLexicon } from '../../../src/core/lexicon';
import { rankByContext } from '../../../src/core/lexicon/rank';
import { createDocument } from '../../../src/core/model';
import { nonSyllable } from '../../../src/core/rules/typo/nonSyllable';
import { runRules } from '../../../src/core/runner';
import { syllableKey } from '../../../src/core/vi/syllable';

const lexicon = decodeLexicon(lexiconData.data);
const suggestionsFor = (text: string) => runRules(createDocument([text]), [nonSyllable])[0]?.suggestions ?? [];
afterEach(() => setLexicon(null));

describe('non-syllable suggestions ranked by the neighbours', () => {
  it.each([
    ['Ban hành nghị quyêt về phát triển.', 'quyết'],
    ['Giao Sở Tài chíng chủ trì.', 'chính'],
    ['Báo cáo kết quẩ công tác.', 'quả'],
  ])('%s → %s first, syllables official text uses before those it never uses', (text, best) => {
    setLexicon(lexicon);
    const ranked = suggestionsFor(text);
    expect(ranked[0]).toBe(best);
    const used = ranked.map((s) => lexicon.count(syllableKey(s)) > 0);
    expect(used).toEqual([...used].sort((a, b) => Number(b) - Number(a)));
  });

  it('keeps the spelling order without a lexicon (well-formed but unused syllables included)', () => {
    const plain = suggestionsFor('Ban hành nghị quyêt về phát triển.');
    expect(plain[0]).toBe('quyết');
    expect(plain.some((s) => lexicon.count(syllableKey(s)) === 0)).toBe(true);
  });

  it('the context decides between two common syllables', () => {
    expect(rankByContext(lexicon, ['quẩn', 'quả'], 'kết', 'công')[0]).toBe('quả');
    // No evidence on either side: the frequency breaks the tie, equal scores keep their order.
    expect(rankByContext(lexicon, ['xyzq', 'abcq'], EDGE, EDGE)).toEqual(['xyzq', 'abcq']);
  });
});
