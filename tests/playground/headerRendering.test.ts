/** @jest-environment jsdom */
import { buildHeaderEdit, analyzeDocument, plainHyphens } from '../../src/core/header';
import { createDocument } from '../../src/core/model';
import { Tags } from '../../src/core/tags';
import { paragraphSpecElement } from '../../src/playground/dom';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';
import { DocumentSettings } from '../../src/playground/settings';

const header = {
  profile: 'party' as const,
  superiorBody: 'Đảng bộ tỉnh Bình Định',
  issuingBody: 'Đảng uỷ Khối các cơ quan',
  issuerAbbr: 'ĐUK',
  typeId: 'cong-van',
  number: '694',
  place: 'Bình Định',
  date: '2026-09-15',
  summary: 'V/v báo cáo tổng kết',
  recipients: ['Ban Thường vụ Tỉnh uỷ', 'Các ban đảng'],
};

class Memory implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

describe('playground: the header as the page shows it', () => {
  it('a rule is a CSS border of the given width, centred, with no text the user could type into', () => {
    const el = paragraphSpecElement(document, { kind: 'paragraph', text: '', rule: { width: 207 } });
    expect(el.textContent).toBe('');
    expect(el.style.borderBottom).toMatch(/solid/);
    expect(el.style.width).toBe('207pt');
    expect([el.style.marginLeft, el.style.marginRight]).toEqual(['auto', 'auto']);
    expect(el.contentEditable).toBe('false');
  });

  it('a recipient line hangs: left margin with a negative first-line indent', () => {
    const el = paragraphSpecElement(document, {
      kind: 'paragraph',
      text: '- A;',
      leftIndent: 95,
      firstLineIndent: -10,
    });
    expect([el.style.marginLeft, el.style.textIndent]).toEqual(['95pt', '-10pt']);
  });

  it('inserted and read back: no underscores, the symbol reads as written, the parts are found', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const host = new PlaygroundHost(root, {
      name: 'a.docx',
      documentSettings: new DocumentSettings(() => 'a.docx', new Memory()),
    });
    host.load(createDocument(['Nội dung công văn gửi các đơn vị để thực hiện.']));
    expect(await host.apply([buildHeaderEdit(header)])).toEqual({ applied: 1, stale: [] });
    expect(root.querySelectorAll('[data-rule]')).toHaveLength(1);
    const doc = await host.read();
    expect(doc.paragraphs.filter((p) => /_{3,}/.test(p.text))).toEqual([]);
    expect(doc.paragraphs.some((p) => p.text === 'Số 694\u2011CV/ĐUK' && p.controlTag === Tags.header)).toBe(true);
    const { header: parts } = analyzeDocument(doc);
    expect(plainHyphens(parts.numberLine!.text)).toBe('Số 694-CV/ĐUK');
    expect(parts.congVanSummary?.text).toBe('V/v báo cáo tổng kết');
    expect(parts.recipients.map((r) => r.text)).toEqual(['Ban Thường vụ Tỉnh uỷ;', 'Các ban đảng.']);
    host.dispose();
  });

  it('per-document settings follow the open document', async () => {
    const storage = new Memory();
    const root = document.createElement('div');
    const host = new PlaygroundHost(root, { name: 'a.docx', documentSettings: undefined });
    const named = new PlaygroundHost(document.createElement('div'), {
      documentSettings: new DocumentSettings(() => current, storage),
    });
    let current = 'a.docx';
    await named.documentSettings.set('k', 'for a');
    current = 'b.docx';
    expect(named.documentSettings.get('k')).toBeUndefined();
    await named.documentSettings.set('k', 'for b');
    current = 'a.docx';
    expect(named.documentSettings.get('k')).toBe('for a');
    expect(host.documentSettings).toBeInstanceOf(DocumentSettings);
    host.dispose();
    named.dispose();
  });
});
