import { duplicatedWord } from '../../../src/core/rules/typo/duplicatedWord';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(duplicatedWord, {
  valid: [
    'Người người thi đua, nhà nhà thi đua.',
    'Ngày ngày đến cơ quan, mãi mãi ghi nhớ, luôn luôn sẵn sàng.',
    'Tào Tháo và Cao Cao là hai cách gọi.',
    'đời đời nhớ ơn',
    'Từ từ tiến lên, dần dần hoàn thiện.',
    'của, của',
    'số 20 20 bản',
    'Đoàn công tác đi đi về về nhiều lần.',
    'người ra ra vào vào tấp nập',
    'đi đi lại lại',
  ],
  invalid: [
    {
      name: 'two different slips in a row are both certain errors (function words are never AABB reduplication)',
      doc: 'báo cáo của của các các đơn vị',
      findings: [
        { text: 'của của', severity: 'error' },
        { text: 'các các', severity: 'error' },
      ],
      output: 'báo cáo của các đơn vị',
    },
    {
      doc: 'lợi ích chính đáng của của Nhân dân',
      findings: [{ text: 'của của', severity: 'error', messageId: 'duplicated', suggestions: ['của'] }],
      output: 'lợi ích chính đáng của Nhân dân',
    },
    {
      name: 'case differs: keeps the lower-case right-hand word',
      doc: 'thực hiện đại Đoàn đoàn kết dân tộc',
      findings: [{ text: 'Đoàn đoàn', severity: 'error', start: 14 }],
      output: 'thực hiện đại đoàn kết dân tộc',
    },
    {
      name: 'sentence-initial capital is kept',
      doc: 'Các các đơn vị báo cáo.',
      findings: [{ text: 'Các các', severity: 'error' }],
      output: 'Các đơn vị báo cáo.',
    },
    {
      name: 'content word doubled: warning',
      doc: 'tình hình hình kinh tế',
      findings: [{ text: 'hình hình', severity: 'warning' }],
      output: 'tình hình kinh tế',
    },
    {
      name: 'across a manual line break',
      doc: 'báo cáo về\vvề tình hình',
      findings: [{ text: 'về\vvề', severity: 'error' }],
      output: 'báo cáo về tình hình',
    },
    {
      name: 'decomposed and composed forms are the same word',
      doc: `nhiệm vụ của ${'của'.normalize('NFD')} đơn vị`,
      findings: [{ start: 9, text: `của ${'của'.normalize('NFD')}` }],
    },
    {
      name: 'configured severity applies to all',
      doc: 'của của',
      config: { rules: { 'duplicated-word': 'info' } },
      findings: [{ severity: 'info' }],
    },
    {
      name: 'three in a row: two findings, fixing both leaves one',
      doc: 'và và và',
      findings: [{ start: 0 }, { start: 3 }],
      output: 'và',
    },
  ],
});

ruleTester(duplicatedWord, {
  valid: ['lãnh thổ Thổ Nhĩ Kỳ', 'đường song song với quốc lộ'],
  invalid: [
    {
      name: 'a directional verb doubled alone is only a warning',
      doc: 'đi lại lại',
      findings: [{ text: 'lại lại', severity: 'warning' }],
    },
  ],
});
