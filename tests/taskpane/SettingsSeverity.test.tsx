/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { CheckConfig } from '../../src/core/config';
import { findRule } from '../../src/core/rules';
import { CHECK_CONFIG_SETTING } from '../../src/taskpane/settings';
import { SettingsView } from '../../src/taskpane/views/SettingsView';
import { MemoryHost } from './memoryHost';

const rules = [findRule('leftover-guidance')!, findRule('empty-section')!, findRule('section-order')!];

function Harness({ host }: { host: MemoryHost }) {
  const [value, setValue] = useState<CheckConfig>({});
  return (
    <FluentProvider theme={webLightTheme}>
      <SettingsView host={host} lang="vi" rules={rules} value={value} onChange={setValue} />
    </FluentProvider>
  );
}

const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('SettingsView severities', () => {
  it('shows the severities a rule’s findings take, and lets the user fix one for every finding', async () => {
    const host = new MemoryHost(['']);
    const user = userEvent.setup({ delay: null });
    render(<Harness host={host} />);
    await user.click(screen.getByRole('button', { name: /^Bố cục/ }));

    const leftover = screen.getByRole('combobox', { name: `Mức độ: ${rules[0].meta.description.vi}` });
    expect(options(leftover)).toEqual([
      'Cảnh báo; Lỗi khi văn bản theo mẫu bắt buộc (mặc định)',
      'Luôn là lỗi',
      'Luôn là cảnh báo',
      'Luôn là gợi ý',
    ]);
    expect(options(leftover)).not.toContain('Lỗi (mặc định)');
    // A rule whose findings all take its default keeps the plain list.
    const order = screen.getByRole('combobox', { name: `Mức độ: ${rules[2].meta.description.vi}` });
    expect(options(order)).toContain(`${rules[2].meta.defaultSeverity === 'warning' ? 'Cảnh báo' : 'Lỗi'} (mặc định)`);
    expect(options(order).some((o) => o?.includes(';'))).toBe(false);

    await user.selectOptions(leftover, 'Luôn là lỗi');
    await waitFor(() =>
      expect(JSON.parse(host.settings.get(CHECK_CONFIG_SETTING)!)).toEqual({ rules: { 'leftover-guidance': 'error' } }),
    );
    await user.selectOptions(leftover, 'Cảnh báo; Lỗi khi văn bản theo mẫu bắt buộc (mặc định)');
    await waitFor(() => expect(JSON.parse(host.settings.get(CHECK_CONFIG_SETTING)!)).toEqual({}));
  });
});
