/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rule } from '../../src/core/rule';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { PAGE_SIZE } from '../../src/taskpane/views/FindingList';
import { MemoryHost } from './memoryHost';
import { doubleSpace, duplicatedWord } from './testRules';

function renderView(host: MemoryHost, rules: readonly Rule[] = [duplicatedWord, doubleSpace]) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} lang="vi" rules={rules} />
    </FluentProvider>,
  );
  return user;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('verdict');
}

const open = () => screen.queryAllByTestId('finding').filter((c) => !c.hasAttribute('data-done'));

describe('CheckView: keyboard and screen readers', () => {
  it('gives each card one tab stop and a spoken label, with no buttons nested in a button', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Thanh tra  Tỉnh']);
    const user = renderView(host);
    await check(user);
    for (const card of open()) {
      expect(card).toHaveAttribute('role', 'listitem');
      expect(card.tabIndex).toBe(0);
      for (const button of within(card).getAllByRole('button')) expect(button.tabIndex).toBe(-1);
    }
    expect(open()[0]).toHaveAccessibleName(/^Lỗi: Lặp từ “của”\. Đoạn 1 “của của”\. Enter: chọn trong văn bản; F: sửa/);
  });

  it('↑/↓ move between findings, Enter selects, I ignores, F fixes and the focus moves on', async () => {
    const host = new MemoryHost(['của của một', 'và và hai', 'là là ba', 'Thanh tra  Tỉnh']);
    const user = renderView(host);
    await check(user);
    const [first, second] = open();
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(first);

    await user.keyboard('{Enter}');
    expect(host.selections).toEqual([{ paragraph: 0, start: 0, length: 7, expected: 'của của' }]);

    await user.keyboard('i');
    await waitFor(() => expect(open()).toHaveLength(3));
    expect(screen.queryByText('Lặp từ “của”')).toBeNull();

    const next = open()[0];
    expect(next).toHaveTextContent('Lặp từ “và”');
    next.focus();
    await user.keyboard('f');
    await screen.findByText('Đã sửa 1 chỗ và kiểm tra lại.');
    expect(host.texts[1]).toBe('và hai');
    // The fixed card stays in place, done; the focus is on the finding after it.
    const done = screen.getAllByTestId('finding').find((c) => c.hasAttribute('data-done'))!;
    expect(done).toHaveTextContent('Đã sửa');
    expect(within(done).queryByRole('button')).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Lặp từ “là”'));
  });

  it('offers one "fix all safe findings" with a preview by kind', async () => {
    const host = new MemoryHost(['của của', 'và và', 'Thanh tra  Tỉnh']);
    const user = renderView(host);
    await check(user);
    expect(screen.getByTestId('fix-all-preview')).toHaveTextContent('Sẽ sửa: Lặp từ: 2');
    await user.click(screen.getByRole('button', { name: 'Sửa tất cả lỗi an toàn (2)' }));
    await screen.findByText('Đã sửa 2 chỗ và kiểm tra lại.');
    // The double space is not bulk-safe: it stays.
    expect(host.texts).toEqual(['của', 'và', 'Thanh tra  Tỉnh']);
  });

  it('shows a long list a page at a time', async () => {
    const host = new MemoryHost(Array.from({ length: 250 }, (_, i) => `Đoạn ${i} có có lặp`));
    const user = renderView(host, [duplicatedWord]);
    await check(user);
    expect(open()).toHaveLength(PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: /Đang hiện 100\/250 phát hiện/ }));
    expect(open()).toHaveLength(2 * PAGE_SIZE);
  });
});
