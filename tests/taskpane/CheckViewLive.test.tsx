/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/core/check';
import type { CheckConfig } from '../../src/core/config';
import type { DocumentModel } from '../../src/core/model';
import { MainThreadEngine, type CheckEngine } from '../../src/taskpane/checkEngine';
import { LIVE_RECHECK_SETTING } from '../../src/taskpane/liveRecheck';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { EventfulMemoryHost } from './memoryHost';
import { doubleSpace, duplicatedWord } from './testRules';

const rules = [duplicatedWord, doubleSpace];

/** The main-thread engine, recording each check: was it a re-check of the last result? */
class RecordingEngine implements CheckEngine {
  readonly where = 'main' as const;
  readonly calls: Array<{ recheck: boolean; paragraphs: number }> = [];
  gate: Promise<void> | null = null;
  private readonly inner = new MainThreadEngine(rules);
  async check(doc: DocumentModel, config: CheckConfig, previous?: CheckResult | null): Promise<CheckResult> {
    this.calls.push({ recheck: Boolean(previous), paragraphs: doc.paragraphs.length });
    if (this.gate) await this.gate;
    return this.inner.check(doc, config, previous);
  }
  dispose(): void {}
}

function renderView(host: EventfulMemoryHost, engine: CheckEngine) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} lang="vi" rules={rules} engine={engine} />
    </FluentProvider>,
  );
  return user;
}

const verdict = () => screen.getByTestId('verdict');
const cardRules = () =>
  screen
    .queryAllByTestId('finding')
    .filter((c) => !c.hasAttribute('data-done'))
    .map((c) => `${c.getAttribute('data-rule')}@${c.getAttribute('data-paragraph')}`);

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Kiểm tra/ }));
  await waitFor(() => expect(verdict()).not.toHaveAttribute('data-verdict', 'stale'));
}

describe('CheckView: live re-check', () => {
  it('re-checks an edited paragraph after a pause in typing and updates the list without a click', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Mở đầu', 'Thanh tra  Tỉnh']);
    const engine = new RecordingEngine();
    const user = renderView(host, engine);
    await check(user);
    expect(cardRules()).toEqual(['test-duplicated-word@0', 'test-double-space@2']);

    act(() => host.type(0, 'Báo cáo của đơn vị'));
    expect(verdict()).toHaveAttribute('data-verdict', 'stale');
    expect(verdict()).toHaveTextContent('Đang kiểm tra lại các đoạn vừa sửa…');

    await waitFor(() => expect(cardRules()).toEqual(['test-double-space@2']), { timeout: 3000 });
    expect(verdict()).not.toHaveAttribute('data-verdict', 'stale');
    // The second check re-used the first result (only the edited paragraph was checked again).
    expect(engine.calls).toEqual([
      { recheck: false, paragraphs: 3 },
      { recheck: true, paragraphs: 3 },
    ]);
  });

  it('typing on postpones the re-check: one check after the last keystroke, not one per keystroke', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Mở đầu']);
    const engine = new RecordingEngine();
    const user = renderView(host, engine);
    await check(user);
    for (const text of ['Báo cáo c', 'Báo cáo cơ', 'Báo cáo cơ quan']) {
      act(() => host.type(0, text));
      await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    }
    await waitFor(() => expect(verdict()).not.toHaveAttribute('data-verdict', 'stale'), { timeout: 3000 });
    expect(engine.calls.filter((c) => c.recheck)).toHaveLength(1);
    expect(cardRules()).toEqual([]);
  });

  it('never takes the focus: the element the user was on keeps it after the list updates', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Thanh tra  Tỉnh', 'Ba']);
    const user = renderView(host, new RecordingEngine());
    await check(user);
    const card = screen.getAllByTestId('finding')[1];
    card.focus();
    act(() => host.type(0, 'Báo cáo của đơn vị'));
    await waitFor(() => expect(cardRules()).toEqual(['test-double-space@1']), { timeout: 3000 });
    expect(document.activeElement).toBe(screen.getAllByTestId('finding')[0]);
    expect(document.activeElement?.getAttribute('data-rule')).toBe('test-double-space');
  });

  it('can be turned off: edits then grey the findings until the user checks again, and the choice is kept', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Mở đầu']);
    const engine = new RecordingEngine();
    const user = renderView(host, engine);
    await check(user);
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi sửa' }));
    expect(host.settings.get(LIVE_RECHECK_SETTING)).toBe('off');

    act(() => host.type(0, 'Báo cáo của đơn vị'));
    expect(verdict()).toHaveTextContent('Văn bản đã thay đổi — bấm Kiểm tra lại');
    await waitFor(() =>
      expect(screen.getAllByTestId('finding').find((c) => c.getAttribute('data-current') === 'false')).toBeDefined(),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 1200)));
    expect(engine.calls).toHaveLength(1);
    expect(verdict()).toHaveAttribute('data-verdict', 'stale');
  });

  it('a long check shows a progress bar, gone when the check ends', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị']);
    const engine = new RecordingEngine();
    let open = () => {};
    engine.gate = new Promise((resolve) => (open = resolve));
    const user = renderView(host, engine);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('progressbar', { name: 'Tiến độ kiểm tra' })).toBeInTheDocument();
    expect(screen.getByText('Đang kiểm tra văn bản…')).toBeInTheDocument();
    open();
    await screen.findByTestId('verdict');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
