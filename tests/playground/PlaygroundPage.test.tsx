/** @jest-environment jsdom */
import '../taskpane/jsdomSetup';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';
import { PlaygroundPage } from '../../src/playground/PlaygroundPage';
import { MemorySettings } from '../taskpane/memoryHost';

function setup() {
  const editor = document.createElement('div');
  const host = new PlaygroundHost(editor, { settings: new MemorySettings() });
  const user = userEvent.setup({ delay: null });
  render(<PlaygroundPage host={host} />);
  return { host, user, editor };
}

describe('PlaygroundPage', () => {
  it('puts the host document on the page next to the task pane', () => {
    const { editor } = setup();
    expect(document.body.contains(editor)).toBe(true);
    expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toBeInTheDocument();
  });

  it('loads pasted plain text as paragraphs, joining lines broken mid-sentence', async () => {
    const { host, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Dán văn bản' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Dán văn bản thuần' }),
      'Căn cứ vào chức năng của{Enter}đơn vị.{Enter}{Enter}Đoạn hai.',
    );
    await user.click(screen.getByRole('button', { name: 'Đưa vào văn bản' }));
    expect((await host.read()).paragraphs.map((p) => p.text)).toEqual([
      'Căn cứ vào chức năng của đơn vị.',
      'Đoạn hai.',
    ]);
    expect(screen.getByText('Đã đưa 2 đoạn vào văn bản.')).toBeInTheDocument();
  });

  it('lists review comments beside the document and selects their text on click', async () => {
    const { host, user } = setup();
    act(() => host.load({ paragraphs: [{ text: 'Báo cáo của của đơn vị' }], meta: {} }));
    await act(() => host.replaceComments([{ paragraph: 0, start: 8, length: 7, text: 'Lặp từ' }]));
    expect(screen.getByText('Nhận xét (1)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Lặp từ/ }));
    expect(document.getSelection()?.toString()).toBe('của của');
  });

  it('clears the document', async () => {
    const { host, user } = setup();
    act(() => host.load({ paragraphs: [{ text: 'Một' }, { text: 'Hai' }], meta: { name: 'a.txt' } }));
    await user.click(screen.getByRole('button', { name: 'Xoá trắng' }));
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['']);
    expect(doc.meta.name).toBeUndefined();
  });

  it('offers to undo a clear that replaced the document, and brings it back', async () => {
    const { host, user } = setup();
    act(() => host.load({ paragraphs: [{ text: 'Báo cáo của chi bộ' }, { text: 'Hai' }], meta: {} }));
    await user.click(screen.getByRole('button', { name: 'Xoá trắng' }));
    expect(await screen.findByText('Đã xoá trắng văn bản.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect((await host.read()).paragraphs.map((p) => p.text)).toEqual(['Báo cáo của chi bộ', 'Hai']);
  });

  it('offers to undo a paste that replaced the document', async () => {
    const { host, user } = setup();
    act(() => host.load({ paragraphs: [{ text: 'Báo cáo của chi bộ' }], meta: {} }));
    await user.click(screen.getByRole('button', { name: 'Dán văn bản' }));
    await user.type(screen.getByRole('textbox', { name: 'Dán văn bản thuần' }), 'Văn bản khác.');
    await user.click(screen.getByRole('button', { name: 'Đưa vào văn bản' }));
    await user.click(await screen.findByRole('button', { name: 'Hoàn tác' }));
    expect((await host.read()).paragraphs.map((p) => p.text)).toEqual(['Báo cáo của chi bộ']);
  });

  it('offers no undo when the document it replaced was empty', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Xoá trắng' }));
    expect(await screen.findByText('Đã xoá trắng văn bản.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });
});
