/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit, InsertBlockEdit, TableSpec } from '../../src/core/edit';
import { specText } from '../../src/core/edit';
import type { ApplyResult, DocumentHost, HostStatus, SettingsStore } from '../../src/core/host';
import type { Lang } from '../../src/core/i18n';
import { createDocument, type DocumentModel } from '../../src/core/model';
import { Tags } from '../../src/core/tags';
import { HEADER_SETTINGS, HeaderView } from '../../src/taskpane/views/HeaderView';

/** A small in-memory host: records what it is asked to apply and answers as told. */
class FakeHost implements DocumentHost {
  readonly kind = 'playground' as const;
  readonly stored = new Map<string, string>();
  readonly settings: SettingsStore = {
    get: (key) => this.stored.get(key),
    set: async (key, value) => {
      this.stored.set(key, value);
    },
  };
  readonly applied: Edit[][] = [];
  hostStatus: HostStatus = { readOnly: false, trackChanges: false, comments: true };
  answer: ApplyResult | null = null;
  doc: DocumentModel = createDocument(['Nội dung.']);

  async read() {
    return this.doc;
  }
  async select() {}
  async status() {
    return this.hostStatus;
  }
  async apply(edits: Edit[]): Promise<ApplyResult> {
    this.applied.push(edits);
    return this.answer ?? { applied: edits.length, stale: [] };
  }
  async replaceComments(): Promise<ApplyResult> {
    return { applied: 0, stale: [] };
  }
}

/**
 * Renders the view and lets its start-up reads (status, the document) settle inside act(), so no state update
 * lands outside it (React's act() warnings).
 */
async function renderView(host: FakeHost, lang: Lang = 'vi') {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <HeaderView host={host} lang={lang} />
    </FluentProvider>,
  );
  await act(async () => {});
  return user;
}

type User = ReturnType<typeof userEvent.setup>;

/** Pastes into a field: one input event instead of one per character (Fluent is slow under jsdom). */
async function fill(user: User, label: string | RegExp, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillPartyCongVan(user: User) {
  await fill(user, 'Cơ quan cấp trên (nếu có)', 'Đảng bộ tỉnh Bình Định');
  await fill(user, 'Cơ quan ban hành', 'Đảng ủy Khối các cơ quan');
  await user.selectOptions(screen.getByLabelText('Tên loại văn bản'), 'cong-van');
  await fill(user, /^Số văn bản/, '694');
  await fill(user, 'Địa danh', 'Bình Định');
  await fill(user, /^Trích yếu/, 'báo cáo tổng kết');
}

const preview = () => screen.getByTestId('header-preview');

describe('HeaderView', () => {
  it('builds the Party number line from the form, proposing the issuer abbreviation', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fillPartyCongVan(user);
    expect(screen.getByLabelText(/^Chữ viết tắt cơ quan ban hành/)).toHaveValue('ĐUK');
    // The symbol's hyphen is non-breaking (U+2011); the trích yếu shows as typed.
    expect(screen.getByTestId('preview-number')).toHaveTextContent(/^Số 694\u2011CV\/ĐUK$/);
    expect(preview()).toHaveTextContent('báo cáo tổng kết');
    expect(preview()).toHaveTextContent('Hướng dẫn 05-HD/VPTW');
  });

  it('switching to State writes "Số:" and the State type table', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await user.click(screen.getByRole('radio', { name: 'Văn bản hành chính nhà nước' }));
    await fill(user, 'Cơ quan ban hành', 'Ủy ban nhân dân tỉnh Lâm Đồng');
    await user.selectOptions(screen.getByLabelText('Tên loại văn bản'), 'quy-dinh');
    await fill(user, /^Số văn bản/, '5');
    expect(screen.getByTestId('preview-number')).toHaveTextContent(/^Số: 05\/QyĐ\u2011UBND$/);
  });

  it('shows the date line with the leading-zero rule', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fill(user, 'Địa danh', 'Hà Nội');
    const date = screen.getByLabelText('Ngày ban hành');
    await user.clear(date);
    await user.type(date, '5/2/2026');
    expect(screen.getByTestId('preview-date')).toHaveTextContent('Hà Nội, ngày 05 tháng 02 năm 2026');
  });

  it('inserts one tagged header block at the start and remembers the issuing body and place', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fillPartyCongVan(user);
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    await screen.findByText('Đã chèn phần đầu văn bản.');
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]).toHaveLength(1);
    const edit = host.applied[0][0] as InsertBlockEdit;
    expect(edit).toMatchObject({ kind: 'insertBlock', tag: Tags.header, position: { at: 'start' } });
    const left = (edit.items[0] as TableSpec).rows[0][0].map(specText);
    expect(left).toContain('Số 694\u2011CV/ĐUK');
    expect(host.stored.get(HEADER_SETTINGS.issuingBody)).toBe('Đảng ủy Khối các cơ quan');
    expect(host.stored.get(HEADER_SETTINGS.place)).toBe('Bình Định');
  });

  it('fills the remembered issuing body and place next time', async () => {
    const host = new FakeHost();
    host.stored.set(HEADER_SETTINGS.issuingBody, 'Chi bộ Phòng Hành chính');
    host.stored.set(HEADER_SETTINGS.place, 'Hà Nội');
    await renderView(host);
    expect(screen.getByLabelText('Cơ quan ban hành')).toHaveValue('Chi bộ Phòng Hành chính');
    expect(screen.getByLabelText('Địa danh')).toHaveValue('Hà Nội');
    expect(screen.getByLabelText(/^Chữ viết tắt cơ quan ban hành/)).toHaveValue('CB');
  });

  it('read-only: says so and inserts nothing', async () => {
    const host = new FakeHost();
    host.hostStatus = { readOnly: true, trackChanges: false, comments: false };
    const user = await renderView(host);
    await screen.findByText(/chế độ chỉ đọc/);
    await fillPartyCongVan(user);
    expect(screen.getByRole('button', { name: 'Chèn phần đầu' })).toBeDisabled();
    expect(host.applied).toHaveLength(0);
  });

  it('read-only by the time of the click: the status is asked again and nothing is inserted', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fillPartyCongVan(user);
    host.hostStatus = { readOnly: true, trackChanges: false, comments: false };
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    expect(await screen.findByTestId('header-notice')).toHaveTextContent('chế độ chỉ đọc');
    expect(host.applied).toHaveLength(0);
  });

  it('says when the insertion will be tracked', async () => {
    const host = new FakeHost();
    host.hostStatus = { readOnly: false, trackChanges: true, comments: true };
    const user = await renderView(host);
    expect(await screen.findByTestId('tracked-note')).toHaveTextContent('theo dõi thay đổi');
    await fillPartyCongVan(user);
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    expect(await screen.findByTestId('header-notice')).toHaveTextContent('thay đổi được theo dõi');
  });

  it('reports a host error and a stale insertion in Vietnamese', async () => {
    const host = new FakeHost();
    host.answer = {
      applied: 0,
      stale: [],
      error: { vi: 'Word không chèn được bảng.', en: 'Word could not insert the table.' },
    };
    const user = await renderView(host);
    await fillPartyCongVan(user);
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    expect(await screen.findByTestId('header-notice')).toHaveTextContent('Word không chèn được bảng.');
    host.answer = { applied: 0, stale: [0] };
    await user.click(screen.getByRole('button', { name: 'Chèn phần đầu' }));
    await waitFor(() => expect(screen.getByTestId('header-notice')).toHaveTextContent('Văn bản đã thay đổi'));
  });

  it('inserts the signature block and Nơi nhận at the end, tagged', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fill(user, 'Thay mặt / ký thay cho', 'Ban Thường vụ');
    await fill(user, 'Chức vụ người ký', 'Phó Bí thư');
    await fill(user, 'Họ tên người ký', 'Nguyễn Hữu Lộc');
    await fill(user, 'Nơi nhận (mỗi dòng một nơi)', 'Website ĐUK');
    await fill(user, /^Lưu tại/, 'Văn phòng Đảng uỷ Khối');
    expect(screen.getByTestId('signature-preview')).toHaveTextContent('T/M BAN THƯỜNG VỤ');
    await user.click(screen.getByRole('button', { name: 'Chèn chữ ký và nơi nhận' }));
    await screen.findByText('Đã chèn chữ ký và nơi nhận vào cuối văn bản.');
    const edit = host.applied[0][0] as InsertBlockEdit;
    expect(edit).toMatchObject({ kind: 'insertBlock', tag: Tags.signature, position: { at: 'end' } });
    expect((edit.items[0] as TableSpec).rows[0][0].map(specText)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Website ĐUK;',
      '- Lưu Văn phòng Đảng uỷ Khối.',
    ]);
  });

  it('starts Nơi nhận with "Như trên" for a công văn only, unless the clerk says otherwise', async () => {
    const host = new FakeHost();
    const user = await renderView(host);
    await fill(user, /^Lưu tại/, 'Văn phòng');
    expect(screen.getByTestId('signature-preview')).toHaveTextContent('- Như trên;');
    await user.selectOptions(screen.getByLabelText('Tên loại văn bản'), 'bao-cao');
    expect(screen.getByTestId('signature-preview')).not.toHaveTextContent('Như trên');
    await user.click(screen.getByRole('checkbox', { name: 'Thêm “Như trên” đầu danh sách' }));
    expect(screen.getByTestId('signature-preview')).toHaveTextContent('- Như trên;');
  });

  it('speaks English when asked', async () => {
    await renderView(new FakeHost(), 'en');
    expect(screen.getByRole('button', { name: 'Insert header' })).toBeInTheDocument();
  });
});
