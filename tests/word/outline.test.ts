import type { Edit } from '../../src/core/edit';
import { findHeadings } from '../../src/core/outline/headings';
import { matchTemplate } from '../../src/core/outline/match';
import { buildRepair, buildScaffold } from '../../src/core/outline/scaffold';
import { Tags } from '../../src/core/tags';
import { flattenSections, getTemplate } from '../../src/core/templates';
import type { OutlineTemplate } from '../../src/core/templates/types';
import { TEMPLATE_SETTING, WordHost } from '../../src/word/WordHost';
import { createFakeWord, type FakeBlock } from '../fakes/fakeWord';
import { itWithSeed, seed000 } from '../core/outline/seeds';

const nq23 = getTemplate('nq23-tong-ket-20-nam')!;
const generic = getTemplate('bao-cao-tong-ket')!;

/** Reads, builds the edits, applies them; returns the syncs the apply took. */
async function run(blocks: FakeBlock[], template: OutlineTemplate, build: typeof buildScaffold = buildScaffold) {
  const fake = createFakeWord(blocks);
  const host = new WordHost(fake.env);
  const edits: Edit[] = build(await host.read(), template);
  const before = fake.syncCount;
  const result = await host.apply(edits);
  return { fake, host, edits, result, syncs: fake.syncCount - before };
}

describe('outline edits through WordHost on the fake Word', () => {
  it('scaffolds an empty document with heading styles, typed numbering and guidance controls', async () => {
    const { fake, host, result } = await run([''], nq23);
    expect(result.error).toBeUndefined();
    expect(result.stale).toEqual([]);
    const paragraphs = fake.paragraphs();
    const headings = paragraphs.filter((p) => /^Heading\d$/.test(p.styleBuiltIn));
    expect(headings.map((p) => p.text)).toHaveLength(flattenSections(nq23.sections).length);
    expect(headings[0]).toMatchObject({
      text: 'I- TÌNH HÌNH TRIỂN KHAI NGHỊ QUYẾT SỐ 23-NQ/TW',
      styleBuiltIn: 'Heading1',
      isListItem: false,
    });
    expect(headings.find((p) => p.text.startsWith('2.1- '))?.styleBuiltIn).toBe('Heading3');
    // Word's heading styles are blue in the default theme; official documents are black.
    expect(new Set(headings.map((p) => p.font.color))).toEqual(new Set(['#000000']));
    // Each guidance control holds only its own paragraph: the next heading is not swallowed into it.
    expect(headings.filter((p) => p.tags.some((t) => t.startsWith('thethuc:guide:')))).toEqual([]);
    const guide = paragraphs.find((p) => p.tag === Tags.guide(nq23.id, 'II.1'));
    expect(guide?.placeholderText).toMatch(/số lần tổ chức/);
    expect(fake.settings.get(TEMPLATE_SETTING)).toBe(nq23.id);

    // Read back through the adapter: the outline is the template's, and a second run has nothing to do.
    const doc = await host.read();
    expect(doc.meta.templateId).toBe(nq23.id);
    expect(matchTemplate(doc, nq23).missing).toEqual([]);
    expect(findHeadings(doc).map((h) => h.level)).toEqual(flattenSections(nq23.sections).map((s) => s.section.level));
    expect(buildScaffold(doc, nq23)).toEqual([]);
  });

  it('takes a bounded number of syncs, whatever the outline size', async () => {
    const small = await run([''], getTemplate('cong-van')!);
    const large = await run([''], nq23);
    expect(large.syncs).toBeLessThanOrEqual(2);
    expect(large.syncs).toBe(small.syncs);
  });

  it('goes after the header block and leaves it as it was', async () => {
    const header: FakeBlock = { control: { tag: Tags.header }, blocks: ['ĐẢNG BỘ TỈNH BÌNH ĐỊNH', 'BÁO CÁO', '-----'] };
    const { fake, host, edits } = await run([header, ''], generic);
    expect(edits[0]).toMatchObject({ position: { at: 'beforeParagraph', paragraph: 3, expected: '' } });
    const texts = fake.texts();
    expect(texts.slice(0, 4)).toEqual(['ĐẢNG BỘ TỈNH BÌNH ĐỊNH', 'BÁO CÁO', '-----', 'I- KẾT QUẢ THỰC HIỆN']);
    expect(
      fake
        .paragraphs()
        .slice(0, 3)
        .every((p) => p.tags.includes(Tags.header)),
    ).toBe(true);
    expect(fake.paragraphs()[3].tags).not.toContain(Tags.header);
    expect(buildScaffold(await host.read(), generic)).toEqual([]);
  });

  it('inserts before a heading and renumbers that same heading in one apply', async () => {
    const header: FakeBlock = { control: { tag: Tags.header }, blocks: ['ĐẢNG BỘ TỈNH BÌNH ĐỊNH', 'BÁO CÁO', '-----'] };
    const body = 'Nội dung đã viết của đơn vị, giữ nguyên khi bổ sung phần còn thiếu.';
    const blocks = [
      header,
      'I. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '2. Hạn chế',
      body,
      '3. Bài học kinh nghiệm',
      body,
    ];
    const { fake, host, edits, result } = await run(
      [...blocks, 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ', body],
      generic,
      buildRepair,
    );
    // Right after the header block, the insertion is anchored on the heading the renumbering edits.
    expect(edits[0]).toMatchObject({
      position: { at: 'beforeParagraph', paragraph: 3, expected: 'I. ĐÁNH GIÁ CHUNG' },
    });
    expect(edits.filter((e) => e.kind === 'replaceText').map((e) => e.kind === 'replaceText' && e.paragraph)).toEqual([
      3, 10,
    ]);
    expect(result).toMatchObject({ stale: [], applied: edits.length });
    expect(fake.texts().filter((t) => /^[IV]+\. /.test(t))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
    ]);
    expect(buildRepair(await host.read(), generic)).toEqual([]);
  });

  itWithSeed(seed000)(
    'repairs seed 000 without moving its text, changing only the numbers after the new "I."; a second run changes nothing',
    async () => {
      const original = seed000!.paragraphs.map((p) => p.text);
      const { fake, host, result, syncs, edits } = await run(original, nq23, buildRepair);
      expect(result.stale).toEqual([]);
      expect(result.applied).toBe(edits.length);
      // Read and place; find the renumbered numbers inside their headings; write.
      expect(syncs).toBeLessThanOrEqual(3);
      const roman: Record<string, string> = { I: 'II', II: 'III', III: 'IV' };
      const expected = original.map((t) => t.replace(/^(I|II|III)(?=\. [A-ZĐ])/, (n) => roman[n]));
      expect(expected.filter((t, i) => t !== original[i])).toHaveLength(3);
      expect(fake.texts().filter((t) => expected.includes(t))).toEqual(expected);
      const doc = await host.read();
      expect(matchTemplate(doc, nq23).missing).toEqual([]);
      const again = buildRepair(doc, nq23);
      expect(again).toEqual([]);
      const before = fake.syncCount;
      await host.apply(again);
      expect(fake.syncCount).toBe(before);
    },
  );
});
