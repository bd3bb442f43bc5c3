/** @jest-environment jsdom */
import fc from 'fast-check';
import { applyTextEdits } from '../../src/core/applyEdits';
import { paragraphSpec, type Edit, type TextEdit } from '../../src/core/edit';
import type { SettingsStore } from '../../src/core/host';
import { createDocument } from '../../src/core/model';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';
import { LocalStorageSettings } from '../../src/playground/settings';

class MemorySettings implements SettingsStore {
  private readonly values = new Map<string, string>();
  get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: string) {
    this.values.set(key, value);
  }
}

function hostWith(paragraphs: string[], name?: string): PlaygroundHost {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const host = new PlaygroundHost(root, { settings: new MemorySettings() });
  host.load(createDocument(paragraphs, name ? { name } : {}));
  return host;
}

async function texts(host: PlaygroundHost): Promise<string[]> {
  return (await host.read()).paragraphs.map((p) => p.text);
}

function replace(paragraph: number, start: number, expected: string, replacement: string): TextEdit {
  return { kind: 'replaceText', paragraph, start, length: expected.length, expected, replacement };
}

describe('PlaygroundHost', () => {
  it('reads the loaded document with its name', async () => {
    const host = hostWith(['Một', 'Hai  ba'], 'baocao.txt');
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Một', 'Hai  ba']);
    expect(doc.meta.name).toBe('baocao.txt');
    expect(host.root.isContentEditable || host.root.contentEditable === 'true').toBe(true);
  });

  it('selects exactly the located text', async () => {
    const host = hostWith(['Một', 'Báo cáo của của đơn vị']);
    await host.select({ paragraph: 1, start: 8, length: 7 });
    expect(document.getSelection()?.toString()).toBe('của của');
  });

  it('rejects selecting a paragraph that no longer exists with a bilingual message', async () => {
    const host = hostWith(['Một']);
    await expect(host.select({ paragraph: 4, start: 0, length: 1 })).rejects.toMatchObject({
      localized: { vi: expect.stringContaining('Không tìm thấy đoạn 5') },
    });
  });

  it('applies text edits that still match and refuses stale ones', async () => {
    const host = hostWith(['Báo cáo của của đơn vị', 'Thanh tra  Tỉnh']);
    const edits: Edit[] = [replace(0, 8, 'của của', 'của'), replace(1, 9, '  ', ' '), replace(1, 0, 'Thanh sát', 'X')];
    const result = await host.apply(edits);
    expect(result).toEqual({ applied: 2, stale: [2] });
    expect(await texts(host)).toEqual(['Báo cáo của đơn vị', 'Thanh tra Tỉnh']);
  });

  it('applies several edits in one paragraph regardless of their order', async () => {
    const host = hostWith(['a  b  c']);
    const result = await host.apply([replace(0, 1, '  ', ' '), replace(0, 4, '  ', ' ')]);
    expect(result.stale).toEqual([]);
    expect(await texts(host)).toEqual(['a b c']);
  });

  it('matches the core text-edit semantics for any batch of edits (property)', async () => {
    const paragraph = fc.stringOf(fc.constantFrom('a', 'b', ' ', 'ệ', 'đ'), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'yz')), { maxLength: 4 }),
        async (paragraphs, raw) => {
          const host = hostWith(paragraphs);
          const model = await host.read();
          const edits: TextEdit[] = raw.map(([p, s, l, replacement]) => {
            const index = p % paragraphs.length;
            const text = paragraphs[index];
            const start = s % (text.length + 1);
            const length = l % (text.length - start + 1);
            return replace(index, start, text.slice(start, start + length), replacement);
          });
          await host.apply(edits);
          expect(await texts(host)).toEqual(applyTextEdits(model, edits).paragraphs.map((p) => p.text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses edits aimed at guidance placeholders', async () => {
    const host = hostWith([]);
    host.load(createDocument([{ text: 'Nêu kết quả', showsPlaceholder: true, controlTag: 'g' }]));
    const result = await host.apply([replace(0, 0, 'Nêu', 'Viết')]);
    expect(result).toEqual({ applied: 0, stale: [0] });
    expect((await host.read()).paragraphs[0]).toMatchObject({ text: 'Nêu kết quả', showsPlaceholder: true });
  });

  it('inserts blocks at the start, at the end and after a paragraph, keeping their order', async () => {
    const host = hostWith(['Một', 'Hai']);
    const result = await host.apply([
      { kind: 'insertBlock', position: { at: 'start' }, items: [paragraphSpec('Đầu 1'), paragraphSpec('Đầu 2')] },
      {
        kind: 'insertBlock',
        position: { at: 'afterParagraph', paragraph: 0, expected: 'Một' },
        items: [paragraphSpec('Sau một A')],
      },
      {
        kind: 'insertBlock',
        position: { at: 'afterParagraph', paragraph: 0, expected: 'Một' },
        items: [paragraphSpec('Sau một B')],
      },
      { kind: 'insertBlock', position: { at: 'end' }, items: [paragraphSpec('Cuối')] },
    ]);
    expect(result).toEqual({ applied: 4, stale: [] });
    expect(await texts(host)).toEqual(['Đầu 1', 'Đầu 2', 'Một', 'Sau một A', 'Sau một B', 'Hai', 'Cuối']);
  });

  it('refuses an insertion whose reference paragraph changed', async () => {
    const host = hostWith(['Một', 'Hai']);
    const result = await host.apply([
      {
        kind: 'insertBlock',
        position: { at: 'beforeParagraph', paragraph: 1, expected: 'Ba' },
        items: [paragraphSpec('X')],
      },
    ]);
    expect(result).toEqual({ applied: 0, stale: [0] });
    expect(await texts(host)).toEqual(['Một', 'Hai']);
  });

  it('replaces a tagged block in place when inserted again, with tables and placeholders', async () => {
    const host = hostWith(['Thân văn bản']);
    const header = (issuer: string): Edit => ({
      kind: 'insertBlock',
      tag: 'thethuc:header',
      position: { at: 'start' },
      items: [
        {
          kind: 'table',
          columnWidths: [45, 55],
          rows: [[[paragraphSpec(issuer, { format: { bold: true } })], [paragraphSpec('ĐẢNG CỘNG SẢN VIỆT NAM')]]],
        },
        { kind: 'paragraph', placeholder: { tag: 'thethuc:guide:bc:1', text: 'Nêu kết quả' } },
      ],
    });
    await host.apply([header('ĐẢNG BỘ A')]);
    await host.apply([header('ĐẢNG BỘ B')]);
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => [p.text, p.cell, p.controlTag, p.showsPlaceholder])).toEqual([
      ['ĐẢNG BỘ B', { table: 0, row: 0, cell: 0 }, 'thethuc:header', undefined],
      ['ĐẢNG CỘNG SẢN VIỆT NAM', { table: 0, row: 0, cell: 1 }, 'thethuc:header', undefined],
      ['Nêu kết quả', undefined, 'thethuc:guide:bc:1', true],
      ['Thân văn bản', undefined, undefined, undefined],
    ]);
    expect(doc.paragraphs[0].font).toMatchObject({ bold: true });
    expect(host.root.querySelectorAll('[data-tag="thethuc:header"]')).toHaveLength(1);
  });

  it('inserts at the caret for position "selection"', async () => {
    const host = hostWith(['Một', 'Hai', 'Ba']);
    await host.select({ paragraph: 1, start: 1, length: 0 });
    await host.apply([{ kind: 'insertBlock', position: { at: 'selection' }, items: [paragraphSpec('Chèn')] }]);
    expect(await texts(host)).toEqual(['Một', 'Hai', 'Chèn', 'Ba']);
  });

  it('remembers the template through setMeta', async () => {
    const host = hostWith(['Một']);
    expect(await host.apply([{ kind: 'setMeta', templateId: 'dang-bc-tongket' }])).toEqual({ applied: 1, stale: [] });
    expect((await host.read()).meta.templateId).toBe('dang-bc-tongket');
  });

  it('leaves the document as it was when a batch fails half-way', async () => {
    const host = hostWith(['Báo cáo của của đơn vị']);
    const broken = {
      kind: 'insertBlock',
      position: { at: 'end' },
      items: [{ kind: 'table', rows: null }],
    } as unknown as Edit;
    const result = await host.apply([replace(0, 8, 'của của', 'của'), broken]);
    expect(result.applied).toBe(0);
    expect(result.error?.vi).toMatch(/Văn bản giữ nguyên/);
    expect(await texts(host)).toEqual(['Báo cáo của của đơn vị']);
  });

  it('reports comments support and keeps comments for the side list', async () => {
    const host = hostWith(['Một', 'Báo cáo của của đơn vị']);
    expect(await host.status()).toEqual({ readOnly: false, trackChanges: false, comments: true });
    const seen: number[] = [];
    host.onCommentsChange((list) => seen.push(list.length));
    const result = await host.replaceComments([
      { paragraph: 1, start: 8, length: 7, text: 'Lặp từ' },
      { paragraph: 7, start: 0, length: 1, text: 'Mất' },
    ]);
    expect(result).toEqual({ applied: 1, stale: [1] });
    expect(host.comments).toEqual([{ paragraph: 1, start: 8, length: 7, text: 'Lặp từ', quote: 'của của' }]);
    expect(host.root.querySelectorAll('[data-comment]')).toHaveLength(1);
    await host.replaceComments([]);
    expect(host.root.querySelectorAll('[data-comment]')).toHaveLength(0);
    expect(seen).toEqual([1, 0]);
  });

  it('stops showing guidance as soon as the user types into it', async () => {
    const host = hostWith([]);
    host.load(createDocument([{ text: 'Nêu kết quả', showsPlaceholder: true }]));
    const p = host.root.querySelector('p')!;
    p.textContent = 'Đã đạt';
    host.root.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await host.read()).paragraphs[0]).toMatchObject({ text: 'Đã đạt' });
    expect((await host.read()).paragraphs[0].showsPlaceholder).toBeUndefined();
  });
});

describe('LocalStorageSettings', () => {
  it('stores values in localStorage under its prefix', async () => {
    const settings = new LocalStorageSettings(window.localStorage, 'p.');
    await settings.set('lang', 'en');
    expect(window.localStorage.getItem('p.lang')).toBe('en');
    expect(new LocalStorageSettings(window.localStorage, 'p.').get('lang')).toBe('en');
  });

  it('keeps working in memory when storage refuses', async () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const settings = new LocalStorageSettings(refusing);
    await settings.set('k', 'v');
    expect(settings.get('k')).toBe('v');
  });
});
