/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Lang } from '../../src/core/i18n';
import type { Rule } from '../../src/core/rule';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { MemoryHost } from './memoryHost';
import { doubleSpace, duplicatedWord, testRules } from './testRules';

function renderView(
  host: MemoryHost,
  options: { rules?: readonly Rule[]; lang?: Lang; print?: (html: string) => Promise<void> } = {},
) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} lang={options.lang ?? 'vi'} rules={options.rules ?? testRules} print={options.print} />
    </FluentProvider>,
  );
  return user;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('verdict');
}

/** Cards of open findings (a fixed one stays in place, marked done, until the next check). */
const findingCards = () => screen.queryAllByTestId('finding').filter((c) => !c.hasAttribute('data-done'));

/** Waits until the host was read `reads` times and the check that followed has finished. */
async function checkedAgain(host: MemoryHost, reads: number) {
  await waitFor(() => {
    expect(host.reads).toBe(reads);
    expect(screen.queryByText('Đang kiểm tra văn bản…')).toBeNull();
  });
}

describe('CheckView', () => {
  it('shows the verdict with counts per category and lists the findings by severity, then kind', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Thanh tra  Tỉnh']);
    const user = renderView(host);
    await check(user);

    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('Chưa đạt: 2 lỗi, 1 cảnh báo');
    expect(verdict).toHaveAttribute('data-verdict', 'notPassed');
    expect(verdict).toHaveTextContent('Thể thức0 lỗi · 1 cảnh báo · 0 gợi ý');
    expect(verdict).toHaveTextContent('Bố cục1 lỗi · 0 cảnh báo · 0 gợi ý');
    expect(verdict).toHaveTextContent('Chính tả1 lỗi · 0 cảnh báo · 0 gợi ý');

    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Lỗi', 'Cảnh báo']);
    const errors = within(groups[0]);
    expect(errors.getAllByTestId('kind').map((k) => k.getAttribute('data-kind'))).toEqual(
      expect.arrayContaining(['test-duplicated-word', 'test-short']),
    );
    expect(errors.getByText('Lặp từ (1)')).toBeInTheDocument();
    expect(errors.getByText('Lặp từ “của”')).toBeInTheDocument();
    expect(errors.getByText('của của')).toBeInTheDocument();
    // The double space is shown visibly, not as blank.
    expect(within(groups[1]).getByText('␣␣')).toBeInTheDocument();
    // The findings come before the (folded) outline status.
    const list = screen.getByRole('list');
    const outline = screen.getByTestId('outline-status');
    expect(list.compareDocumentPosition(outline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(outline).not.toHaveAttribute('open');
  });

  it('shows a spinner while the check runs', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    let open = () => {};
    host.readGate = new Promise((resolve) => (open = resolve));
    const user = renderView(host, { rules: [duplicatedWord] });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Đang kiểm tra văn bản…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();
    open();
    await screen.findByTestId('verdict');
    expect(screen.queryByText('Đang kiểm tra văn bản…')).toBeNull();
  });

  it('shows a refused fix as an error and leaves the findings as they were', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    host.applyError = { vi: 'Tài liệu đang ở chế độ chỉ đọc.', en: 'Read-only.' };
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    await user.click(within(findingCards()[0]).getByRole('button', { name: 'Sửa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tài liệu đang ở chế độ chỉ đọc.');
    expect(host.reads).toBe(1);
    expect(findingCards()).toHaveLength(1);
    expect(host.texts[0]).toBe('Báo cáo của của đơn vị');
  });

  it('says "Cần xem lại" when only warnings remain, "Sẵn sàng trình ký" when nothing does', async () => {
    const host = new MemoryHost(['Một', 'Hai  ba', 'Bốn']);
    const user = renderView(host);
    await check(user);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Cần xem lại: 1 cảnh báo');
    expect(findingCards()).toHaveLength(1);
    host.type(1, 'Hai ba');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveTextContent('Sẵn sàng trình ký'));
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'ready');
  });

  it('selects the flagged text in the document when a finding is clicked', async () => {
    const host = new MemoryHost(['Một', 'Báo cáo của của đơn vị', 'Ba']);
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    await user.click(screen.getByText('Lặp từ “của”'));
    expect(host.selections).toEqual([{ paragraph: 1, start: 8, length: 7, expected: 'của của' }]);
  });

  it('applies a fix through the host, then checks again', async () => {
    const host = new MemoryHost(['Một', 'Báo cáo của của đơn vị', 'Ba']);
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    const readsBefore = host.reads;

    await user.click(within(findingCards()[0]).getByRole('button', { name: 'Sửa' }));

    await screen.findByText('Đã sửa 1 chỗ và kiểm tra lại.');
    expect(host.applied).toHaveLength(1);
    expect(host.texts[1]).toBe('Báo cáo của đơn vị');
    expect(host.reads).toBe(readsBefore + 1);
    expect(findingCards()).toHaveLength(0);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Sẵn sàng trình ký');
  });

  it('reports a stale fix in Vietnamese, keeps the user text and checks again', async () => {
    const host = new MemoryHost(['Một', 'Báo cáo của của đơn vị', 'Ba']);
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    host.type(1, 'Báo cáo những những đơn vị');

    await user.click(within(findingCards()[0]).getByRole('button', { name: 'Sửa' }));

    expect(
      await screen.findByText(/Văn bản đã thay đổi kể từ lần kiểm tra nên 1 chỗ không được sửa/),
    ).toBeInTheDocument();
    expect(host.texts[1]).toBe('Báo cáo những những đơn vị');
    // The re-check found the new repetition.
    expect(screen.getByText('Lặp từ “những”')).toBeInTheDocument();
  });

  it('fixes all findings of a bulk-safe kind with one apply call', async () => {
    const host = new MemoryHost(['của của và và', 'Hai', 'là là']);
    const user = renderView(host, { rules: [duplicatedWord, doubleSpace] });
    await check(user);
    expect(findingCards()).toHaveLength(3);

    // Once per kind, in its header, not on every card.
    expect(screen.getAllByRole('button', { name: 'Sửa tất cả 3 chỗ loại “Lặp từ”' })).toHaveLength(1);
    expect(within(findingCards()[0]).queryByRole('button', { name: /Sửa cả/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sửa tất cả 3 chỗ loại “Lặp từ”' }));

    await screen.findByText('Đã sửa 3 chỗ và kiểm tra lại.');
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]).toHaveLength(3);
    expect(host.texts).toEqual(['của và', 'Hai', 'là']);
  });

  it('offers no bulk fix for a rule that is not bulk-safe', async () => {
    const host = new MemoryHost(['a  b  c', 'Hai', 'Ba']);
    const user = renderView(host, { rules: [doubleSpace] });
    await check(user);
    expect(findingCards()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Sửa tất cả/ })).toBeNull();
  });

  it('hides a dismissed finding, also after checking again, and remembers it per document name', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'là là'], 'baocao.docx');
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    expect(findingCards()).toHaveLength(2);

    await user.click(within(findingCards()[0]).getByRole('button', { name: 'Bỏ qua' }));
    expect(findingCards()).toHaveLength(1);
    expect(screen.queryByText('Lặp từ “của”')).toBeNull();
    expect(screen.getByText('Đã bỏ qua 1 mục.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await checkedAgain(host, 2);
    expect(findingCards()).toHaveLength(1);
    expect(screen.getByText('Lặp từ “là”')).toBeInTheDocument();
    expect([...host.settings.values.keys()]).toEqual(['thethuc.dismissed:baocao.docx']);
  });

  it('shows a dismissed finding again once its paragraph changes', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    await user.click(within(findingCards()[0]).getByRole('button', { name: 'Bỏ qua' }));
    expect(findingCards()).toHaveLength(0);

    host.type(0, 'Báo cáo của của các đơn vị');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await checkedAgain(host, 2);
    expect(findingCards()).toHaveLength(1);
    // An unnamed document keeps its dismissals in memory only.
    expect(host.settings.values.size).toBe(0);
  });

  it('an empty document is not passed: one error "Văn bản trống"', async () => {
    const host = new MemoryHost(['', '   ']);
    const user = renderView(host);
    await check(user);
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'notPassed');
    expect(within(findingCards()[0]).getByText(/^Văn bản trống/)).toBeInTheDocument();
  });

  it('shows a host error as a message bar and loses nothing', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    host.readError = { code: 'AccessDenied', message: 'denied' };
    const user = renderView(host);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Văn bản đang ở chế độ chỉ đọc');
    expect(host.texts[0]).toBe('Báo cáo của của đơn vị');
  });

  it('refuses to send comments when the host cannot write them', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    host.status_ = { readOnly: false, trackChanges: false, comments: false };
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Gửi lại người soạn' }));
    expect(await screen.findByText(/chưa hỗ trợ ghi nhận xét \(cần WordApi 1.4\)/)).toBeInTheDocument();
    expect(host.comments).toEqual([]);
  });

  it('sends the visible findings back as comments anchored at the flagged text', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'là là']);
    const user = renderView(host, { rules: [duplicatedWord] });
    await check(user);
    await user.click(within(findingCards()[1]).getByRole('button', { name: 'Bỏ qua' }));
    await user.click(screen.getByRole('button', { name: 'Gửi lại người soạn' }));
    await screen.findByText(/Đã ghi 1 nhận xét/);
    expect(host.comments).toHaveLength(1);
    expect(host.comments[0]).toMatchObject({ paragraph: 0, start: 8, length: 7 });
    expect(host.comments[0].text).toContain('Lặp từ “của”');
    expect(host.comments[0].text).toContain('Gợi ý: “của”');
  });

  it('prints a report of the visible findings', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba'], 'baocao.docx');
    const printed: string[] = [];
    const user = renderView(host, { rules: [duplicatedWord], print: async (html) => void printed.push(html) });
    await check(user);
    await user.click(screen.getByRole('button', { name: 'In báo cáo' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toContain('baocao.docx');
    expect(printed[0]).toContain('Lặp từ “của”');
  });

  it('speaks English when asked', async () => {
    const host = new MemoryHost(['Báo cáo của của đơn vị', 'Hai', 'Ba']);
    const user = renderView(host, { rules: [duplicatedWord], lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Not passed: 1 error(s), 0 warning(s)');
    expect(screen.getByText('Repeated word “của”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fix' })).toBeInTheDocument();
  });
});

describe('CheckView with outlines saved in the "Đề cương" view', () => {
  it('offers a saved outline as a template and checks against it when picked', async () => {
    const { allRules } = await import('../../src/core/rules');
    const { importOutline } = await import('../../src/core/templates');
    const { saveTemplate } = await import('../../src/core/templates/saved');
    const host = new MemoryHost([
      'BÁO CÁO',
      'I- Kết quả thực hiện',
      'Đơn vị tổ chức 12 hội nghị, 95% đảng viên tham gia.',
      'II- Phương hướng nhiệm vụ',
      'Tiếp tục thực hiện tốt các nhiệm vụ trong thời gian tới.',
    ]);
    const outline = importOutline('I- Kết quả thực hiện\nII- Phương hướng nhiệm vụ\nIII- Đề xuất khen thưởng tập thể');
    await saveTemplate(host.settings, {
      ...outline,
      id: 'mau-rieng',
      name: { vi: 'Mẫu riêng của đơn vị', en: 'Unit outline' },
    });
    const user = renderView(host, { rules: allRules });
    await check(user);

    // The outline status is folded (and not computed) until the reviewer unfolds it.
    expect(screen.queryByRole('combobox', { name: /đề cương/i })).toBeNull();
    await user.click(within(screen.getByTestId('outline-status')).getByText(/./, { selector: 'summary' }));
    const picker = await screen.findByRole('combobox', { name: /đề cương/i });
    expect(within(picker).getByRole('option', { name: 'Mẫu riêng của đơn vị' })).toBeInTheDocument();
    await user.selectOptions(picker, 'mau-rieng');
    await checkedAgain(host, 2);
    // The missing section of the saved outline is both a finding and a cross in the outline status.
    await waitFor(() =>
      expect(findingCards().filter((c) => /Đề xuất khen thưởng tập thể/.test(c.textContent ?? ''))).toHaveLength(1),
    );
    expect(screen.getByRole('treeitem', { name: /Đề xuất khen thưởng tập thể: thiếu/ })).toBeInTheDocument();
  });
});
