/** @jest-environment jsdom */
import './jsdomSetup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rule } from '../../src/core/rule';
import { findRule } from '../../src/core/rules';
import { App } from '../../src/taskpane/App';
import { CHECK_CONFIG_SETTING } from '../../src/taskpane/settings';
import { MemoryHost } from './memoryHost';
import { testRules } from './testRules';

type User = ReturnType<typeof userEvent.setup>;

function renderApp(host: MemoryHost, rules: readonly Rule[] = testRules) {
  const user = userEvent.setup({ delay: null });
  const view = render(<App host={host} rules={rules} />);
  return { user, ...view };
}

const stored = (host: MemoryHost): unknown => JSON.parse(host.settings.get(CHECK_CONFIG_SETTING) ?? 'null');

async function openSettings(user: User) {
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
}

/** Opens a category of rules (they start folded to keep the pane short). */
async function openCategory(user: User, label: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^${label}`) }));
}

/** Runs a check from the check tab and waits until it has finished (an earlier verdict may still be shown). */
async function check(user: User, host: MemoryHost) {
  const reads = host.reads;
  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
  await waitFor(() => {
    expect(host.reads).toBeGreaterThan(reads);
    expect(screen.queryByText('Đang kiểm tra văn bản…')).toBeNull();
    expect(screen.getByTestId('verdict')).toBeInTheDocument();
  });
}

const findingsOf = (ruleId: string) => screen.queryAllByTestId('finding').filter((f) => f.dataset.rule === ruleId);

describe('SettingsView', () => {
  it('turns a rule off, stores it, and the next check no longer reports it', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Thanh tra  Tỉnh', 'Ba']);
    const { user } = renderApp(host);
    await check(user, host);
    expect(findingsOf('test-duplicated-word')).toHaveLength(1);

    await openSettings(user);
    await openCategory(user, 'Chính tả');
    await user.click(screen.getByRole('switch', { name: 'Lặp từ' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu. Áp dụng từ lần kiểm tra sau.');
    expect(stored(host)).toEqual({ rules: { 'test-duplicated-word': 'off' } });
    expect(screen.getByRole('combobox', { name: 'Mức độ: Lặp từ' })).toBeDisabled();

    await check(user, host);
    expect(findingsOf('test-duplicated-word')).toHaveLength(0);
    expect(findingsOf('test-double-space')).toHaveLength(1);
  });

  it('changes the severity a rule reports at', async () => {
    const host = new MemoryHost(['Một', 'Thanh tra  Tỉnh', 'Ba']);
    const { user } = renderApp(host);
    await openSettings(user);
    await openCategory(user, 'Thể thức');
    const severity = screen.getByRole('combobox', { name: 'Mức độ: Thừa dấu cách' });
    expect(severity).toHaveDisplayValue('Cảnh báo (mặc định)');
    await user.selectOptions(severity, 'error');
    expect(stored(host)).toEqual({ rules: { 'test-double-space': 'error' } });

    await check(user, host);
    const [card] = findingsOf('test-double-space');
    expect(within(card).getByText('Lỗi')).toBeInTheDocument();
    expect(screen.getByTestId('verdict')).toHaveTextContent('Chưa đạt: 1 lỗi, 0 cảnh báo');
  });

  it('stores the profile, tone style, template and word list and shows them again in a new session', async () => {
    const host = new MemoryHost(['Một']);
    const { user, unmount } = renderApp(host);
    await openSettings(user);
    await user.click(screen.getByRole('radio', { name: 'Văn bản của Đảng' }));
    await user.click(screen.getByRole('radio', { name: 'Kiểu cũ (hòa, ủy)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mẫu đề cương' }), 'ke-hoach');
    const words = screen.getByRole('textbox', { name: /Từ riêng của cơ quan/ });
    await user.type(words, '  Vinaphone {Enter}{Enter}UBKT{Enter}vinaphone');
    // Nothing is rewritten while typing; the list is saved on leaving the box.
    expect(words).toHaveValue('  Vinaphone \n\nUBKT\nvinaphone');
    await user.tab();
    expect(stored(host)).toEqual({
      profile: 'party',
      toneStyle: 'old',
      templateId: 'ke-hoach',
      exceptions: ['Vinaphone', 'UBKT'],
    });
    unmount();

    const next = renderApp(host);
    await openSettings(next.user);
    expect(screen.getByRole('radio', { name: 'Văn bản của Đảng' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kiểu cũ (hòa, ủy)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Mẫu đề cương' })).toHaveValue('ke-hoach');
    expect(screen.getByRole('textbox', { name: /Từ riêng của cơ quan/ })).toHaveValue('Vinaphone\nUBKT');
  });

  it('passes the word list to the spelling check', async () => {
    const nonSyllable = findRule('non-syllable')!;
    const host = new MemoryHost(['Đơn vị dùng Vinaphone để liên lạc.']);
    const { user } = renderApp(host, [nonSyllable]);
    await check(user, host);
    expect(findingsOf('non-syllable').map((f) => f.textContent)).toEqual([expect.stringContaining('Vinaphone')]);

    await openSettings(user);
    await user.type(screen.getByRole('textbox', { name: /Từ riêng của cơ quan/ }), 'Vinaphone');
    await user.tab();
    await check(user, host);
    expect(findingsOf('non-syllable')).toHaveLength(0);
  });

  it('restores the defaults', async () => {
    const host = new MemoryHost(['Một']);
    await host.settings.set(
      CHECK_CONFIG_SETTING,
      JSON.stringify({ rules: { 'test-duplicated-word': 'off' }, toneStyle: 'new', exceptions: ['UBKT'] }),
    );
    const { user } = renderApp(host);
    await openSettings(user);
    await openCategory(user, 'Chính tả');
    expect(screen.getByRole('switch', { name: 'Lặp từ' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Khôi phục mặc định' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã khôi phục cài đặt mặc định.');
    expect(stored(host)).toEqual({});
    expect(screen.getByRole('switch', { name: 'Lặp từ' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Theo đa số trong văn bản' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Từ riêng của cơ quan/ })).toHaveValue('');
  });

  it('starts with the defaults, and checks, when the stored value is damaged', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    await host.settings.set(CHECK_CONFIG_SETTING, '{"rules": {"test-duplicated-word": "of');
    const { user } = renderApp(host);
    await check(user, host);
    expect(findingsOf('test-duplicated-word')).toHaveLength(1);
    await openSettings(user);
    await openCategory(user, 'Chính tả');
    expect(screen.getByRole('switch', { name: 'Lặp từ' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Tự nhận biết' })).toBeChecked();
  });

  it('imports shared JSON; keys the pane does not manage are named as skipped', async () => {
    const host = new MemoryHost(['Một']);
    const { user } = renderApp(host);
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Chia sẻ cài đặt (JSON)' }));
    const json = screen.getByRole('textbox', { name: 'Chia sẻ cài đặt (JSON)' });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual({});
    await user.clear(json);
    await user.click(json);
    await user.paste(JSON.stringify({ rules: { 'test-short': 'info' }, toneStyle: 'new', today: '2026-01-01' }));
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(await screen.findByRole('status')).toHaveTextContent('bỏ qua các mục không hợp lệ: today');
    expect(stored(host)).toEqual({ rules: { 'test-short': 'info' }, toneStyle: 'new' });
    expect(screen.getByRole('radio', { name: 'Kiểu mới (hoà, uỷ)' })).toBeChecked();
  });

  it.each([
    ['an unknown rule', { rules: { 'test-short': 'info', 'not-a-rule': 'off' } }, 'Không có quy tắc "not-a-rule"'],
    ['entries that are all invalid', { rules: { 'test-short': 'loud' }, profile: 'x' }, 'và 1 lỗi khác'],
    ['a list where an object belongs', [1, 2], 'Cấu hình phải là một đối tượng JSON'],
  ])('refuses a file with %s, naming the problem, and keeps the saved settings', async (_, file, problem) => {
    const host = new MemoryHost(['Một']);
    await host.settings.set(CHECK_CONFIG_SETTING, JSON.stringify({ toneStyle: 'old' }));
    const { user } = renderApp(host);
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Chia sẻ cài đặt (JSON)' }));
    const json = screen.getByRole('textbox', { name: 'Chia sẻ cài đặt (JSON)' });
    await user.clear(json);
    await user.click(json);
    await user.paste(JSON.stringify(file));
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Không nhập: /);
    expect(alert).toHaveTextContent(problem);
    expect(alert).toHaveTextContent('Cài đặt đang dùng được giữ nguyên');
    expect(stored(host)).toEqual({ toneStyle: 'old' });
  });

  it('says in Vietnamese where text that is not JSON goes wrong, and keeps the saved settings', async () => {
    const host = new MemoryHost(['Một']);
    await host.settings.set(CHECK_CONFIG_SETTING, JSON.stringify({ toneStyle: 'old' }));
    const { user } = renderApp(host);
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Chia sẻ cài đặt (JSON)' }));
    const json = screen.getByRole('textbox', { name: 'Chia sẻ cài đặt (JSON)' });
    await user.clear(json);
    await user.click(json);
    await user.paste('{\n  "toneStyle": "new",\n}');
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nội dung không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 1.');
    expect(alert.textContent).not.toMatch(/Unexpected|Expected|position/);
    expect(stored(host)).toEqual({ toneStyle: 'old' });
  });

  it('applies a change it could not store and says so', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    host.settings.set = async () => {
      throw new Error('quota exceeded');
    };
    const { user } = renderApp(host);
    await openSettings(user);
    await openCategory(user, 'Chính tả');
    await user.click(screen.getByRole('switch', { name: 'Lặp từ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Đã áp dụng nhưng không lưu được cài đặt: quota exceeded',
    );
    await check(user, host);
    expect(findingsOf('test-duplicated-word')).toHaveLength(0);
  });

  it('shows its labels and the rule descriptions in English', async () => {
    const host = new MemoryHost(['Một']);
    const { user } = renderApp(host);
    await user.click(screen.getByRole('switch', { name: 'Ngôn ngữ giao diện' }));
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    for (const name of ['Restore defaults']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Detect automatically' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Follow the majority in the document' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Spelling/ }));
    const severity = screen.getByRole('combobox', { name: 'Severity: Repeated word' });
    expect(severity).toHaveDisplayValue('Error (default)');
    await user.click(screen.getByRole('switch', { name: 'Repeated word' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved. Applies from the next check.');
  });
});
