/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rule } from '../../src/core/rule';
import { LIVE_RECHECK_SETTING } from '../../src/taskpane/liveRecheck';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { EventfulMemoryHost, MemoryHost } from './memoryHost';
import { doubleSpace, duplicatedWord } from './testRules';

const rules = [duplicatedWord, doubleSpace];

/** Live re-checking off (CheckViewLive.test.tsx covers it on): edits grey the findings until the user checks. */
function renderView(host: MemoryHost) {
  host.settings.values.set(LIVE_RECHECK_SETTING, 'off');
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} lang="vi" rules={rules} />
    </FluentProvider>,
  );
  return user;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Kiểm tra/ }));
  await waitFor(() => expect(screen.getByTestId('verdict')).not.toHaveAttribute('data-verdict', 'stale'));
}

const cards = () => screen.queryAllByTestId('finding').filter((c) => !c.hasAttribute('data-done'));
const cardFor = (rule: string) => cards().find((c) => c.getAttribute('data-rule') === rule)!;

describe('CheckView: results belong to one state of the document', () => {
  it('an edit makes the verdict stale at once; only findings in the changed paragraph are greyed', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Mở đầu', 'Thanh tra  Tỉnh']);
    const user = renderView(host);
    await check(user);
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'notPassed');

    act(() => host.type(0, 'Báo cáo của của cơ quan'));
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'stale');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Văn bản đã thay đổi — bấm Kiểm tra lại');

    await waitFor(() => expect(cardFor('test-duplicated-word')).toHaveAttribute('data-current', 'false'));
    expect(within(cardFor('test-duplicated-word')).queryByRole('button', { name: 'Sửa' })).toBeNull();
    expect(cardFor('test-double-space')).toHaveAttribute('data-current', 'true');

    // The untouched paragraph's fix still works, and the re-check that follows is fresh.
    await user.click(within(cardFor('test-double-space')).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(host.texts[2]).toBe('Thanh tra Tỉnh'));
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'notPassed'));
    expect(cards().map((c) => c.getAttribute('data-rule'))).toEqual(['test-duplicated-word']);
  });

  it('a greyed finding selects nothing and says why', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị', 'Hai']);
    const user = renderView(host);
    await check(user);
    act(() => host.type(0, 'Báo cáo của của'));
    await waitFor(() => expect(cardFor('test-duplicated-word')).toHaveAttribute('data-current', 'false'));
    await user.click(cardFor('test-duplicated-word'));
    expect(host.selections).toEqual([]);
    expect(screen.getByText(/Đoạn này đã thay đổi sau lần kiểm tra/)).toBeInTheDocument();
  });

  it('findings below an inserted paragraph move with their text and stay usable', async () => {
    const host = new EventfulMemoryHost(['Mở đầu', 'Báo cáo của của đơn vị']);
    const user = renderView(host);
    await check(user);
    act(() => {
      host.doc = { ...host.doc, paragraphs: [host.doc.paragraphs[0], { text: 'Mới' }, host.doc.paragraphs[1]] };
      host.emit('edit');
    });
    await waitFor(() => expect(cardFor('test-duplicated-word')).toHaveAttribute('data-paragraph', '2'));
    await user.click(cardFor('test-duplicated-word'));
    expect(host.selections).toEqual([{ paragraph: 2, start: 8, length: 7, expected: 'của của' }]);
  });

  it('opening another document shows neither the old verdict nor its findings', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị'], 'a.docx');
    const user = renderView(host);
    await check(user);
    act(() => host.open(['Văn bản khác'], 'b.docx'));
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(cards()).toHaveLength(0);
  });

  it('undoing an edit makes the result current again', async () => {
    const host = new EventfulMemoryHost(['Báo cáo của của đơn vị']);
    const user = renderView(host);
    await check(user);
    act(() => host.type(0, 'x'));
    act(() => host.type(0, 'Báo cáo của của đơn vị'));
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'notPassed'));
  });

  it('a host without change notices is compared when the pane gets the focus back', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai'], 'a.docx');
    const user = renderView(host);
    await check(user);
    host.type(0, 'Báo cáo của đơn vị');
    fireEvent.focus(window);
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'stale'));
    // A different document behind the same pane (another name) drops the result.
    host.open(['Khác'], 'b.docx');
    fireEvent.focus(window);
    await waitFor(() => expect(screen.queryByTestId('verdict')).toBeNull());
  });
});

describe('CheckView: what could not be checked', () => {
  it('lists it under the verdict instead of passing it silently', async () => {
    const fonts: Rule = {
      meta: {
        id: 'needs-fonts',
        category: 'format',
        defaultSeverity: 'error',
        description: { vi: 'Phông chữ', en: 'Fonts' },
        messages: { m: { vi: 'm', en: 'm' } },
        requires: ['fonts'],
      },
      checkParagraph() {},
    };
    const host = new MemoryHost(['Báo cáo tổng kết'], 'bao-cao.txt');
    const user = userEvent.setup({ delay: null });
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckView host={host} lang="vi" rules={[fonts]} />
      </FluentProvider>,
    );
    await check(user);
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'ready');
    expect(screen.getByTestId('not-evaluated')).toHaveTextContent('Không kiểm tra được: phông chữ (tệp .txt)');
  });
});
