/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InsertBlockEdit, TableSpec } from '../../src/core/edit';
import { specText } from '../../src/core/edit';
import type { DocumentHost } from '../../src/core/host';
import { DRAFT_SETTING } from '../../src/taskpane/headerDraft';
import { HeaderView } from '../../src/taskpane/views/HeaderView';
import { WordHost } from '../../src/word/WordHost';
import { createFakeWord } from '../fakes/fakeWord';
import { MemoryHost, MemorySettings } from './memoryHost';

/** A MemoryHost whose document keeps its own settings (as Word's document settings do). */
class DocHost extends MemoryHost {
  constructor(
    paragraphs: string[],
    readonly documentSettings = new MemorySettings(),
  ) {
    super(paragraphs);
  }
}

const TYPED_HEADER = [
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

async function show(host: DocumentHost) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <HeaderView host={host} lang="vi" />
    </FluentProvider>,
  );
  await act(async () => {});
  return view;
}

const user = () => userEvent.setup({ delay: null });
type User = ReturnType<typeof user>;

async function fill(u: User, label: string | RegExp, text: string) {
  await u.click(screen.getByLabelText(label));
  await u.paste(text);
}

const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;

describe('HeaderView: the form remembers', () => {
  it('switching tabs (the view unmounts and comes back) keeps number, date, trích yếu and recipients', async () => {
    const host = new DocHost(['Nội dung.']);
    const u = user();
    const first = await show(host);
    await fill(u, /^Số văn bản/, '694');
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '15/9/2026');
    await fill(u, /^Trích yếu/, 'V/v báo cáo tổng kết');
    await fill(u, /^Kính gửi/, 'Ban Thường vụ Tỉnh uỷ\nCác ban đảng');
    first.unmount();
    await show(host);
    expect(field(/^Số văn bản/)).toHaveValue('694');
    expect(field('Ngày ban hành')).toHaveValue('15/9/2026');
    expect(field(/^Trích yếu/)).toHaveValue('V/v báo cáo tổng kết');
    expect(field(/^Kính gửi/)).toHaveValue('Ban Thường vụ Tỉnh uỷ\nCác ban đảng');
  });

  it('the next session of the pane on the same document restores what was typed, and says so', async () => {
    const store = new MemorySettings();
    const u = user();
    const first = await show(new DocHost(['Nội dung.'], store));
    expect(screen.queryByTestId('restored-draft')).toBeNull();
    await fill(u, /^Số văn bản/, '694');
    await fill(u, /^Trích yếu/, 'báo cáo tổng kết');
    first.unmount(); // closing the view saves what waited for the pause in typing
    await waitFor(() => expect(store.get(DRAFT_SETTING)).toBeDefined());
    expect(JSON.parse(store.get(DRAFT_SETTING)!)).toEqual({ number: '694', summary: 'báo cáo tổng kết' });

    // A new host over the same document: a new session of the pane.
    await show(new DocHost(['Nội dung.'], store));
    expect(field(/^Số văn bản/)).toHaveValue('694');
    expect(field(/^Trích yếu/)).toHaveValue('báo cáo tổng kết');
    expect(screen.getByTestId('restored-draft')).toHaveTextContent('lần soạn trước');
  });

  it('a header read from the document never overwrites what the user typed this session', async () => {
    const host = new DocHost(TYPED_HEADER);
    let release!: () => void;
    host.readGate = new Promise((r) => (release = r));
    const u = user();
    await show(host);
    await fill(u, 'Cơ quan ban hành', 'Ban Tuyên giáo và Dân vận');
    await act(async () => release());
    await screen.findByTestId('hand-header');
    expect(field('Cơ quan ban hành')).toHaveValue('Ban Tuyên giáo và Dân vận');
    // What the user did not type is filled from the document's header.
    expect(field(/^Số văn bản/)).toHaveValue('12');
    expect(field('Địa danh')).toHaveValue('Bắc Ninh');
  });

  it('values restored from the stored draft win over the header typed in the document', async () => {
    const store = new MemorySettings();
    await store.set(DRAFT_SETTING, JSON.stringify({ number: '30', place: 'Từ Sơn' }));
    await show(new DocHost(TYPED_HEADER, store));
    await screen.findByTestId('hand-header');
    expect(field(/^Số văn bản/)).toHaveValue('30');
    expect(field('Địa danh')).toHaveValue('Từ Sơn');
    expect(field('Cơ quan ban hành')).toHaveValue('TỈNH UỶ');
  });

  it('in Word: kept in the document settings, found by the next session of the pane', async () => {
    const fake = createFakeWord(['Nội dung.']);
    const u = user();
    const first = await show(new WordHost(fake.env));
    await fill(u, /^Số văn bản/, '694');
    first.unmount();
    await waitFor(() => expect(fake.settings.get(DRAFT_SETTING)).toBeDefined());
    expect(fake.settingsSaves).toBe(1);
    await show(new WordHost(fake.newPaneSession().env));
    expect(field(/^Số văn bản/)).toHaveValue('694');
  });
});

describe('HeaderView: the date', () => {
  it('a date that does not exist is kept as typed, explained in Vietnamese, and stops the insertion', async () => {
    const host = new DocHost(['Nội dung.']);
    const u = user();
    await show(host);
    await fill(u, 'Cơ quan ban hành', 'Tỉnh uỷ Bắc Ninh');
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '31/02/2026');
    expect(field('Ngày ban hành')).toHaveValue('31/02/2026');
    expect(screen.getByText('Không có ngày 31/2/2026. Hãy kiểm tra lại ngày và tháng.')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    expect(await screen.findByTestId('header-notice')).toHaveTextContent('Ngày ban hành chưa hợp lệ');
    expect(host.applied).toEqual([]);
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', 'mai');
    expect(screen.getByText(/không đúng dạng ngày\/tháng\/năm/)).toBeInTheDocument();
  });

  // Queries by label and selector, not by role: role queries over Fluent's tree take minutes under jsdom.
  it('the calendar speaks Vietnamese, starts on Monday, and picks a date as dd/mm/yyyy', async () => {
    const u = user();
    await show(new DocHost(['Nội dung.']));
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '05/02/2026');
    await u.click(screen.getByLabelText('Chọn ngày trên lịch'));
    const grid = await screen.findByLabelText('Tháng 2 năm 2026', { selector: 'table' });
    expect(grid).toHaveAttribute('role', 'grid');
    expect([...grid.querySelectorAll('th')].map((h) => [h.textContent, h.getAttribute('abbr')])).toEqual([
      ['T2', 'Thứ Hai'],
      ['T3', 'Thứ Ba'],
      ['T4', 'Thứ Tư'],
      ['T5', 'Thứ Năm'],
      ['T6', 'Thứ Sáu'],
      ['T7', 'Thứ Bảy'],
      ['CN', 'Chủ nhật'],
    ]);
    // 1 February 2026 is a Sunday: the first week starts on Monday 26 January.
    expect(grid.querySelector('tbody tr')!.textContent).toBe('2627282930311');
    await u.click(within(grid).getByLabelText('Thứ Sáu, ngày 20 tháng 2 năm 2026'));
    expect(field('Ngày ban hành')).toHaveValue('20/02/2026');
    expect(screen.getByTestId('preview-date')).toHaveTextContent('ngày 20 tháng 02 năm 2026');
  });

  it('the calendar works from the keyboard: arrows move by day and week, Page Down by month, Enter picks', async () => {
    const u = user();
    await show(new DocHost(['Nội dung.']));
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '05/02/2026');
    await u.click(screen.getByLabelText('Chọn ngày trên lịch'));
    const grid = await screen.findByLabelText('Tháng 2 năm 2026', { selector: 'table' });
    const start = within(grid).getByLabelText('Thứ Năm, ngày 5 tháng 2 năm 2026');
    expect(start).toHaveAttribute('tabindex', '0');
    start.focus();
    await u.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('aria-label', 'Thứ Sáu, ngày 13 tháng 2 năm 2026');
    await u.keyboard('{PageDown}');
    expect(document.activeElement).toHaveAttribute('aria-label', 'Thứ Sáu, ngày 13 tháng 3 năm 2026');
    await u.keyboard('{Enter}');
    expect(field('Ngày ban hành')).toHaveValue('13/03/2026');
  });
});

describe('HeaderView: "V/v" in a công văn', () => {
  it('HD 05: what was typed is kept and inserted; a suggestion with its reason can be applied', async () => {
    const host = new DocHost(['Nội dung.']);
    const u = user();
    await show(host);
    await fill(u, 'Cơ quan ban hành', 'Đảng uỷ Khối các cơ quan');
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '15/09/2026');
    await fill(u, /^Trích yếu/, 'V/v báo cáo tổng kết');
    const suggestion = screen.getByTestId('summary-suggestion');
    expect(suggestion).toHaveTextContent('Gợi ý: “về việc báo cáo tổng kết”. HD 05 ghi trích yếu công văn');
    expect(screen.getByTestId('header-preview')).toHaveTextContent('V/v báo cáo tổng kết');
    await u.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const left = ((host.applied[0][0] as InsertBlockEdit).items[0] as TableSpec).rows[0][0].map(specText);
    expect(left).toContain('V/v báo cáo tổng kết');

    await u.click(within(suggestion).getByRole('button', { name: 'Dùng gợi ý' }));
    expect(field(/^Trích yếu/)).toHaveValue('về việc báo cáo tổng kết');
    expect(screen.queryByTestId('summary-suggestion')).toBeNull();
  });

  it('HD 36 (dated before 27/5/2026): "V/v" stays and nothing is suggested', async () => {
    const u = user();
    await show(new DocHost(['Nội dung.']));
    await u.clear(field('Ngày ban hành'));
    await fill(u, 'Ngày ban hành', '01/03/2025');
    await fill(u, /^Trích yếu/, 'V/v báo cáo tổng kết');
    expect(screen.getByTestId('header-preview')).toHaveTextContent('Hướng dẫn 36-HD/VPTW');
    expect(screen.getByTestId('header-preview')).toHaveTextContent('V/v báo cáo tổng kết');
    expect(screen.queryByTestId('summary-suggestion')).toBeNull();
  });
});
