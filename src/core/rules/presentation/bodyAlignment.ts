import { checkBodyRuns } from '../../presentation/bodyRule';
import type { Rule } from '../../rule';

/** Running text is justified on both margins. */
export const bodyAlignment: Rule = {
  meta: {
    id: 'body-alignment',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['paragraphFormat'],
    description: { vi: 'Nội dung căn đều hai lề', en: 'Body text justified' },
    messages: {
      body: {
        vi: 'Nội dung phải căn đều hai lề (đoạn {span}).',
        en: 'Body text should be justified (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.2; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    checkBodyRuns(ctx, 'prose', (doc, i, settings) => {
      const p = doc.paragraphs[i];
      const wanted = settings.body.alignment.value;
      if (!p.alignment || p.alignment === wanted) return null;
      return {
        fix: {
          kind: 'setFormat',
          paragraph: i,
          expectedText: p.text,
          expected: { alignment: p.alignment },
          set: { alignment: wanted },
        },
        data: {},
        confidence: settings.body.alignment.confidence,
      };
    });
  },
};
