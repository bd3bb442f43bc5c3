/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../src/core/edit';
import type { ApplyResult } from '../../src/core/host';
import type { Lang } from '../../src/core/i18n';
import { findHeadings } from '../../src/core/outline/headings';
import { SAVED_TEMPLATES_KEY } from '../../src/core/templates/saved';
import { OutlineView } from '../../src/taskpane/views/OutlineView';
import { applyInsertions } from '../core/outline/applyInsertions';
import { MemoryHost } from './memoryHost';

/** A memory host that also carries out insertions, as the playground and Word do. */
class OutlineHost extends MemoryHost {
  override async apply(edits: Edit[]): Promise<ApplyResult> {
    this.applied.push(edits);
    this.doc = applyInsertions(this.doc, edits);
    return { applied: edits.length, stale: [] };
  }
}

function renderView(host: MemoryHost, lang: Lang = 'vi') {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <OutlineView host={host} lang={lang} />
    </FluentProvider>,
  );
  return user;
}

const notice = () => screen.findByTestId('outline-notice');

describe('OutlineView', () => {
  it('previews the chosen template as a tree, numbered in the chosen style', async () => {
    const user = renderView(new OutlineHost(['']));
    const tree = screen.getAllByRole('tree')[0];
    expect(
      within(tree).getByRole('treeitem', { name: 'I- Tình hình triển khai Nghị quyết số 23-NQ/TW' }),
    ).toBeInTheDocument();
    expect(within(tree).getByRole('treeitem', { name: /^2\.1- Xây dựng những định hướng/ })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'I., 1., 2.1., a)' }));
    expect(within(tree).getByRole('treeitem', { name: /^2\.1\. Xây dựng/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox'), 'bao-cao-tong-ket');
    expect(
      within(screen.getAllByRole('tree')[0]).getByRole('treeitem', { name: 'II. Đánh giá chung' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/house practice/)).toBeInTheDocument();
  });

  it('inserts the outline, then reports that a second insertion has nothing to add', async () => {
    const host = new OutlineHost(['']);
    const user = renderView(host);
    await user.selectOptions(screen.getByRole('combobox'), 'bao-cao-tong-ket');
    await user.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
    expect(await notice()).toHaveTextContent('Đã chèn 7 mục.');
    expect(findHeadings(host.doc).map((h) => h.title)).toContain('ĐÁNH GIÁ CHUNG');
    expect(host.doc.meta.templateId).toBe('bao-cao-tong-ket');

    await user.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
    await waitFor(() => expect(screen.getByTestId('outline-notice')).toHaveTextContent('đã có đủ các mục'));
    expect(host.applied).toHaveLength(1);
  });

  it('shows what "Bổ sung phần còn thiếu" will insert and inserts it only when confirmed', async () => {
    const body = 'Nội dung đã viết của đơn vị, được giữ nguyên khi bổ sung các mục còn thiếu.';
    const host = new OutlineHost([
      'I. KẾT QUẢ',
      body,
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '3. Bài học kinh nghiệm',
      body,
    ]);
    const user = renderView(host);
    await user.selectOptions(screen.getByRole('combobox'), 'bao-cao-tong-ket');
    await user.click(screen.getByRole('button', { name: 'Bổ sung phần còn thiếu' }));
    const preview = await screen.findByTestId('repair-preview');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', '2. Hạn chế, khuyết điểm và nguyên nhân']);
    expect(host.applied).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Chèn các mục này' }));
    expect(await notice()).toHaveTextContent('Đã chèn 2 mục.');
    expect(host.texts.filter((t) => t === body)).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Bổ sung phần còn thiếu' }));
    await waitFor(() => expect(screen.getByTestId('outline-notice')).toHaveTextContent('không thiếu mục bắt buộc nào'));
  });

  it('asks before renumbering: the preview names the numbers that change, and Cancel changes nothing', async () => {
    const body = 'Nội dung đã viết của đơn vị, được giữ nguyên khi bổ sung các mục còn thiếu.';
    const texts = [
      'I. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '2. Hạn chế, khuyết điểm',
      body,
      '3. Bài học kinh nghiệm',
      body,
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      body,
    ];
    const host = new OutlineHost(texts);
    const user = renderView(host);
    await user.selectOptions(screen.getByRole('combobox'), 'bao-cao-tong-ket');
    // The tree marks the optional section only.
    const tree = screen.getAllByRole('tree')[0];
    expect(within(tree).getByRole('treeitem', { name: 'IV- Kiến nghị, đề xuất' })).toHaveTextContent(
      '(không bắt buộc)',
    );
    expect(within(tree).queryAllByText('(bắt buộc)')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Bổ sung phần còn thiếu' }));
    const preview = await screen.findByTestId('repair-preview');
    expect(within(preview).getByTestId('renumber-preview')).toHaveTextContent('I → II, II → III');
    await user.click(within(preview).getByRole('button', { name: 'Huỷ' }));
    expect(host.applied).toHaveLength(0);
    expect(host.texts).toEqual(texts);

    await user.click(screen.getByRole('button', { name: 'Bổ sung phần còn thiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Chèn và đánh lại số' }));
    expect(await notice()).toHaveTextContent('Đã chèn 1 mục và đánh lại số 2 mục.');
    expect(host.texts.filter((t) => /^[IV]+\. /.test(t))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
    ]);
  });

  it('imports a pasted outline, previews it and saves it for reuse', async () => {
    const host = new OutlineHost(['']);
    const user = renderView(host);
    const pasted =
      'ĐỀ CƯƠNG BÁO CÁO\nsơ kết công tác quý\nI- Kết quả\n- Nêu số liệu cụ thể.\nII- Hạn chế\nIII- Nhiệm vụ';
    await user.click(screen.getByRole('textbox', { name: 'Nội dung đề cương' }));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const preview = await screen.findByTestId('import-preview');
    expect(preview).toHaveTextContent('Đọc được 3 mục.');
    expect(within(preview).getByRole('treeitem', { name: 'I- Kết quả' })).toHaveTextContent('cần số liệu');

    const name = within(preview).getByRole('textbox', { name: 'Tên mẫu' });
    await user.clear(name);
    await user.type(name, 'Sơ kết quý');
    await user.click(within(preview).getByRole('button', { name: 'Lưu mẫu' }));
    expect(await notice()).toHaveTextContent('Đã lưu mẫu “Sơ kết quý”.');

    const stored = JSON.parse(host.settings.get(SAVED_TEMPLATES_KEY)!);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 'so-ket-quy', name: { vi: 'Sơ kết quý' } });
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('so-ket-quy');
    expect(within(screen.getAllByRole('tree')[0]).getByRole('treeitem', { name: 'III- Nhiệm vụ' })).toBeInTheDocument();
  });

  it('offers templates saved earlier and explains text without numbered sections', async () => {
    const host = new OutlineHost(['']);
    host.settings.values.set(
      SAVED_TEMPLATES_KEY,
      JSON.stringify([
        {
          id: 'cua-toi',
          name: { vi: 'Mẫu của tôi', en: 'Mine' },
          documentType: 'Báo cáo',
          profile: 'any',
          sections: [{ id: 'I', title: 'Một', level: 1, numbering: 'roman-dash', required: true, children: [] }],
        },
        { id: 'hong', name: 'không hợp lệ' },
      ]),
    );
    const user = renderView(host);
    expect(screen.getByRole('option', { name: 'Mẫu của tôi' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'không hợp lệ' })).toBeNull();

    await user.click(screen.getByRole('textbox', { name: 'Nội dung đề cương' }));
    await user.paste('chỉ là một đoạn văn');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await notice()).toHaveTextContent('Không tìm thấy mục nào được đánh số');
  });

  it("shows the host's refusal", async () => {
    const host = new OutlineHost(['']);
    host.apply = async () => ({
      applied: 0,
      stale: [],
      error: { vi: 'Văn bản đang ở chế độ chỉ đọc.', en: 'Read-only.' },
    });
    const user = renderView(host, 'en');
    await user.click(screen.getByRole('button', { name: 'Insert outline' }));
    expect(await notice()).toHaveTextContent('Read-only.');
  });
});
