/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InsertBlockEdit } from '../../src/core/edit';
import { HeaderView } from '../../src/taskpane/views/HeaderView';
import { MemoryHost } from './memoryHost';

const TYPED = [
  'ĐẢNG BỘ TỈNH BẮC NINH',
  'TỈNH UỶ',
  '*',
  'Số 12-BC/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bắc Ninh, ngày 05 tháng 3 năm 2026',
  'BÁO CÁO',
  'tổng kết công tác năm 2025',
  'Năm 2025, Tỉnh uỷ đã lãnh đạo toàn diện các mặt công tác và đạt nhiều kết quả quan trọng.',
];

async function renderView(host: MemoryHost) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <HeaderView host={host} lang="vi" />
    </FluentProvider>,
  );
  // Start-up reads settle inside act() (no act() warnings).
  await act(async () => {});
  return user;
}

describe('HeaderView: a header typed by hand', () => {
  it('fills the form from it and says so', async () => {
    await renderView(new MemoryHost(TYPED));
    expect(await screen.findByTestId('hand-header')).toHaveTextContent('đoạn 1–8');
    expect(screen.getByLabelText('Cơ quan ban hành')).toHaveValue('TỈNH UỶ');
    expect(screen.getByLabelText('Cơ quan cấp trên (nếu có)')).toHaveValue('ĐẢNG BỘ TỈNH BẮC NINH');
    expect(screen.getByLabelText(/^Số văn bản/)).toHaveValue('12');
    expect(screen.getByLabelText('Địa danh')).toHaveValue('Bắc Ninh');
  });

  it('asks before replacing it and inserts nothing until the user agrees', async () => {
    const host = new MemoryHost(TYPED);
    const user = await renderView(host);
    await screen.findByTestId('hand-header');
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    expect(await screen.findByTestId('replace-header')).toHaveTextContent('không do Thể thức chèn');
    expect(host.applied).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(screen.queryByTestId('replace-header')).toBeNull();
    expect(host.applied).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    await user.click(await screen.findByRole('button', { name: 'Thay phần đầu hiện có' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const edit = host.applied[0][0] as InsertBlockEdit;
    expect(edit.position).toEqual({ at: 'replaceParagraphs', first: 0, last: 7, expected: TYPED.slice(0, 8) });
  });

  it('inserts at the start without asking when the document has no header', async () => {
    const host = new MemoryHost(['Nội dung.']);
    const user = await renderView(host);
    await user.click(screen.getByLabelText('Cơ quan ban hành'));
    await user.paste('TỈNH UỶ');
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect((host.applied[0][0] as InsertBlockEdit).position).toEqual({ at: 'start' });
    expect(screen.queryByTestId('replace-header')).toBeNull();
  });
});
