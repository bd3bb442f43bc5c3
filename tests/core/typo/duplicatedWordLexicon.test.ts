import lexiconData from '../../../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../../../src/core/lexicon';
import { createDocument } from '../../../src/core/model';
import { duplicatedWord } from '../../../src/core/rules/typo/duplicatedWord';
import { runRules } from '../../../src/core/runner';
import { ruleTester } from '../../helpers/ruleTester';

// With the lexicon: a doubled syllable that ends one word and starts the next is not a slip.
setLexicon(decodeLexicon(lexiconData.data));
afterAll(() => setLexicon(null));

ruleTester(duplicatedWord, {
  valid: [
    'Sở Nội vụ là cơ quan quan trọng của tỉnh.',
    'Cần có nguồn thông tin tin cậy để đánh giá.',
    'Tổ chức hội nghị nghị quyết của Đảng ủy.',
  ],
  invalid: [
    { doc: 'Đơn vị có có kế hoạch cụ thể.', findings: [{ text: 'có có', severity: 'error' }] },
    { doc: 'Các đơn vị đã đã hoàn thành nhiệm vụ.', findings: [{ text: 'đã đã', severity: 'error' }] },
    { doc: 'Triển khai trong trong thời gian tới.', findings: [{ text: 'trong trong', severity: 'error' }] },
    // Only one side makes a word ("cơ quan"; "quan các" does not): still a slip.
    { doc: 'Báo cáo gửi cơ quan quan các cấp.', findings: [{ text: 'quan quan' }] },
    // Both sides make words, but the case differs: a stray word, not two words.
    { doc: 'Phát huy khối đại Đoàn đoàn kết toàn dân.', findings: [{ text: 'Đoàn đoàn', severity: 'error' }] },
    // The doubled syllable against a punctuation mark: no word on that side.
    { doc: 'Ý kiến của cơ quan quan, trọng tâm là cải cách.', findings: [{ text: 'quan quan' }] },
  ],
});

describe('duplicated-word before the lexicon is loaded', () => {
  it('flags every doubled syllable (the lexicon only removes findings)', () => {
    setLexicon(null);
    try {
      expect(runRules(createDocument(['là cơ quan quan trọng']), [duplicatedWord])).toHaveLength(1);
    } finally {
      setLexicon(decodeLexicon(lexiconData.data));
    }
  });
});
