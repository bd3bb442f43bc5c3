/** The fake must behave like Office where the adapter depends on it; these tests pin that down. */
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord, FakeOfficeError, type FakeRequestContext } from '../fakes/fakeWord';

type Ctx = FakeRequestContext;

describe('fake Word: load/sync semantics', () => {
  it('throws PropertyNotLoaded before load + sync, and reads after', async () => {
    const fake = createFakeWord(['Một', 'Hai']);
    await fake.Word.run(async (context: Ctx) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('text');
      expect(() => paragraphs.items).toThrow(FakeOfficeError);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(['Một', 'Hai']);
      expect(() => paragraphs.items[0].style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('refuses load() without arguments', async () => {
    const fake = createFakeWord(['x']);
    await fake.Word.run(async (context: Ctx) => {
      expect(() => context.document.body.paragraphs.load()).toThrow(/name the properties/);
    });
  });

  it('applies queued writes only at sync, and counts syncs', async () => {
    const fake = createFakeWord(['Một']);
    await fake.Word.run(async (context: Ctx) => {
      context.document.body.insertParagraph('Đầu', 'Start');
      expect(fake.texts()).toEqual(['Một']);
      await context.sync();
      expect(fake.texts()).toEqual(['Đầu', 'Một']);
      expect(context.syncCount).toBe(1);
    });
    expect(fake.syncCount).toBe(1);
  });

  it('syncs pending operations when the batch returns, and closes the context', async () => {
    const fake = createFakeWord(['Một']);
    let kept: Ctx | null = null;
    await fake.Word.run(async (context: Ctx) => {
      kept = context;
      context.document.body.insertParagraph('Cuối', 'End');
    });
    expect(fake.texts()).toEqual(['Một', 'Cuối']);
    expect(fake.syncCount).toBe(1);
    expect(() => kept!.document.body.insertParagraph('x', 'End')).toThrow(
      expect.objectContaining({ code: 'InvalidObjectPath' }),
    );
  });

  it('loads navigation properties and null objects', async () => {
    const fake = createFakeWord([{ text: 'a', listString: '1.' }, 'b']);
    await fake.Word.run(async (context: Ctx) => {
      const ps = context.document.body.paragraphs.load('items/listItemOrNullObject/listString,font/name');
      await context.sync();
      const [a, b] = ps.items;
      expect(a.listItemOrNullObject.isNullObject).toBe(false);
      expect(a.listItemOrNullObject.listString).toBe('1.');
      expect(b.listItemOrNullObject.isNullObject).toBe(true);
      expect(() => b.listItemOrNullObject.listString).toThrow(FakeOfficeError);
      expect(a.font.name).toBe('Times New Roman');
    });
  });

  it('rejects the sync at a failing operation with an Office error code', async () => {
    const fake = createFakeWord(['x'], { apiVersion: '1.3' });
    await expect(
      fake.Word.run(async (context: Ctx) => {
        context.document.body.getComments().load('content');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    fake.mode = 'readOnly';
    await expect(
      fake.Word.run(async (context: Ctx) => {
        context.document.body.insertParagraph('x', 'End');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.texts()).toEqual(['x']);
  });
});

describe('fake Word: search and ranges', () => {
  it('finds non-overlapping, case-sensitive hits in document order, with escapes and the 255 limit', async () => {
    const fake = createFakeWord(['aaa Và và', 'x\tvà']);
    await fake.Word.run(async (context: Ctx) => {
      const body = context.document.body;
      const aa = body.search('aa', { matchCase: true }).load('text');
      const va = body.search('và', { matchCase: true }).load('text');
      const vaAnyCase = body.search('và', { matchCase: false }).load('text');
      const tab = body.search('x^tvà', { matchCase: true }).load('text');
      await context.sync();
      expect(aa.items).toHaveLength(1);
      expect(va.items).toHaveLength(2);
      expect(vaAnyCase.items.map((r) => r.text)).toEqual(['Và', 'và', 'và']);
      expect(tab.items).toHaveLength(1);
      body.search('a'.repeat(256));
      // Desktop Word answers InvalidArgument for searches over 255 characters (office-js#168, #31).
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    const web = createFakeWord(['a'], { host: 'web' });
    await web.Word.run(async (context: Ctx) => {
      context.document.body.search('a'.repeat(256));
      await expect(context.sync()).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
    });
  });

  it('keeps ranges live across replacements in the same paragraph', async () => {
    const fake = createFakeWord(['một hai ba']);
    await fake.Word.run(async (context: Ctx) => {
      const body = context.document.body;
      const mot = body.search('một', { matchCase: true }).load('text');
      const ba = body.search('ba', { matchCase: true }).load('text');
      await context.sync();
      mot.items[0].insertText('MỘT NỮA', 'Replace');
      ba.items[0].insertText('BA', 'Replace');
      await context.sync();
    });
    expect(fake.texts()).toEqual(['MỘT NỮA hai BA']);
  });

  it('builds tables, controls and comments, and reads them back', async () => {
    const fake = createFakeWord([{ control: { tag: 't', title: 'T' }, blocks: [{ table: [['a', 'b']] }, 'c'] }, 'd']);
    fake.addComment(3, 0, 1, 'ghi chú');
    expect(fake.tables()[0]).toMatchObject({ rows: [['a', 'b']], tags: ['t'], borders: { Top: 'Single' } });
    expect(fake.paragraphs().map((p) => [p.text, p.tags, p.cell])).toEqual([
      ['a', ['t'], { table: 0, row: 0, cell: 0 }],
      ['b', ['t'], { table: 0, row: 0, cell: 1 }],
      ['c', ['t'], undefined],
      ['d', [], undefined],
    ]);
    expect(fake.comments()).toEqual([{ content: 'ghi chú', paragraph: 3, text: 'd' }]);
  });

  it('can stand in for the Word and Office globals', async () => {
    const fake = createFakeWord(['Toàn cục']);
    const restore = fake.installGlobals();
    try {
      expect((await new WordHost().read()).paragraphs[0].text).toBe('Toàn cục');
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Word).toBeUndefined();
  });
});
