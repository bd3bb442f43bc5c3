/** @jest-environment jsdom */
import './jsdomSetup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, LANG_SETTING } from '../../src/taskpane/App';
import { MemoryHost } from './memoryHost';
import { duplicatedWord } from './testRules';

describe('App', () => {
  it('shows the three views in Vietnamese and keeps check results when switching tabs', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    render(<App host={host} rules={[duplicatedWord]} />);
    for (const name of ['Kiểm tra', 'Phần đầu', 'Đề cương'])
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Lặp từ “của”');
    await user.click(screen.getByRole('tab', { name: 'Phần đầu' }));
    expect(screen.queryByText('Lặp từ “của”')).not.toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(screen.getByText('Lặp từ “của”')).toBeVisible();
  });

  it('switches to English, tells the page and remembers the choice', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new MemoryHost(['Một']);
    const seen: string[] = [];
    render(<App host={host} onLangChange={(l) => seen.push(l)} />);
    await user.click(screen.getByRole('switch', { name: 'Ngôn ngữ giao diện' }));
    for (const name of ['Check', 'Header', 'Outline']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Kiểm tra' })).toBeNull();
    expect(host.settings.get(LANG_SETTING)).toBe('en');
    expect(seen).toEqual(['en']);
  });

  it('starts in the language remembered in the settings', () => {
    const host = new MemoryHost(['Một']);
    void host.settings.set(LANG_SETTING, 'en');
    render(<App host={host} />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeInTheDocument();
  });
});
