/** @jest-environment jsdom */
import { paragraphSpec, type Edit } from '../../src/core/edit';
import type { DocumentChange, SettingsStore } from '../../src/core/host';
import { createDocument, type Paragraph } from '../../src/core/model';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';

class MemorySettings implements SettingsStore {
  private readonly values = new Map<string, string>();
  get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: string) {
    this.values.set(key, value);
  }
}

function hostWith(paragraphs: Array<string | Paragraph>): PlaygroundHost {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const host = new PlaygroundHost(root, { settings: new MemorySettings() });
  host.load(createDocument(paragraphs));
  return host;
}

const texts = async (host: PlaygroundHost) => (await host.read()).paragraphs.map((p) => p.text);

describe('PlaygroundHost: selecting checks the text is still there', () => {
  it('selects when the paragraph reads as expected', async () => {
    const host = hostWith(['Một', 'Báo cáo của của đơn vị']);
    await host.select({ paragraph: 1, start: 8, length: 7, expected: 'của của' });
    expect(document.getSelection()?.toString()).toBe('của của');
  });

  it('says so in Vietnamese and selects nothing when the text moved or changed', async () => {
    const host = hostWith(['Một', 'Báo cáo của của đơn vị']);
    document.getSelection()?.removeAllRanges();
    host.root.querySelectorAll('p')[1].textContent = 'Báo cáo cơ chế và các điều kiện';
    await expect(host.select({ paragraph: 1, start: 8, length: 7, expected: 'của của' })).rejects.toMatchObject({
      localized: { vi: expect.stringContaining('Đoạn 2 đã thay đổi') },
    });
    expect(document.getSelection()?.rangeCount).toBe(0);
  });
});

describe('PlaygroundHost: change notices', () => {
  it("reports typing and the add-in's own edits as 'edit', loading and clearing as 'replace'", async () => {
    const host = hostWith(['Một  hai']);
    const seen: DocumentChange[] = [];
    const stop = host.onDocumentChange((c) => seen.push(c));
    host.root.dispatchEvent(new Event('input', { bubbles: true }));
    await host.apply([{ kind: 'replaceText', paragraph: 0, start: 3, length: 2, expected: '  ', replacement: ' ' }]);
    // A refused edit changes nothing, so nothing is reported.
    await host.apply([{ kind: 'replaceText', paragraph: 0, start: 0, length: 1, expected: 'X', replacement: 'Y' }]);
    host.load(createDocument(['Khác']));
    host.clear();
    stop();
    host.clear();
    expect(seen).toEqual(['edit', 'edit', 'replace', 'replace']);
  });
});

describe("PlaygroundHost: insertBlock at 'replaceParagraphs'", () => {
  const header = [paragraphSpec('ĐẢNG BỘ TỈNH X'), paragraphSpec('Số 12-BC/TU')];
  const replaceAt = (first: number, last: number, expected: string[]): Edit => ({
    kind: 'insertBlock',
    position: { at: 'replaceParagraphs', first, last, expected },
    items: header,
    tag: 'thethuc:header',
  });

  it('replaces exactly the paragraphs it names, in place', async () => {
    const host = hostWith(['Đảng bộ tỉnh X', 'Số 12', 'BÁO CÁO', 'Nội dung']);
    const result = await host.apply([replaceAt(0, 1, ['Đảng bộ tỉnh X', 'Số 12'])]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(await texts(host)).toEqual(['ĐẢNG BỘ TỈNH X', 'Số 12-BC/TU', 'BÁO CÁO', 'Nội dung']);
    expect((await host.read()).paragraphs[0].controlTag).toBe('thethuc:header');
  });

  it('is refused, changing nothing, when a paragraph no longer reads as expected', async () => {
    const host = hostWith(['Đảng bộ tỉnh X', 'Số 13', 'BÁO CÁO']);
    const result = await host.apply([replaceAt(0, 1, ['Đảng bộ tỉnh X', 'Số 12'])]);
    expect(result).toEqual({ applied: 0, stale: [0] });
    expect(await texts(host)).toEqual(['Đảng bộ tỉnh X', 'Số 13', 'BÁO CÁO']);
  });

  it('is refused when a table in the range holds text outside it', async () => {
    const host = hostWith([
      { text: 'Đảng bộ tỉnh X', cell: { table: 0, row: 0, cell: 0 } },
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', cell: { table: 0, row: 0, cell: 1 } },
      'BÁO CÁO',
    ]);
    const result = await host.apply([replaceAt(0, 0, ['Đảng bộ tỉnh X'])]);
    expect(result.stale).toEqual([0]);
    expect(await texts(host)).toEqual(['Đảng bộ tỉnh X', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO']);
  });

  it('replaces a whole table typed by hand', async () => {
    const host = hostWith([
      { text: 'Đảng bộ tỉnh X', cell: { table: 0, row: 0, cell: 0 } },
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', cell: { table: 0, row: 0, cell: 1 } },
      'BÁO CÁO',
    ]);
    const result = await host.apply([replaceAt(0, 1, ['Đảng bộ tỉnh X', 'ĐẢNG CỘNG SẢN VIỆT NAM'])]);
    expect(result.stale).toEqual([]);
    expect(await texts(host)).toEqual(['ĐẢNG BỘ TỈNH X', 'Số 12-BC/TU', 'BÁO CÁO']);
    expect(host.root.querySelector('table')).toBeNull();
  });
});
