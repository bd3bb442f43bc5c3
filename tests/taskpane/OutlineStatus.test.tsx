/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckConfig } from '../../src/core/config';
import type { Lang } from '../../src/core/i18n';
import { createDocument, type DocumentModel } from '../../src/core/model';
import { OutlineStatus } from '../../src/taskpane/views/OutlineStatus';

const body =
  'Trong năm, cơ quan đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';
// Against the generic report template: I, II, II.1, II.3 present; II.2 and IV missing; III placed before II.
const doc = createDocument([
  'BÁO CÁO',
  'Tổng kết công tác năm 2023',
  'I. KẾT QUẢ THỰC HIỆN',
  body,
  'II. NHIỆM VỤ, GIẢI PHÁP',
  body,
  'III. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  body,
  '2. Bài học kinh nghiệm',
  body,
]);

function renderStatus(
  props: { doc?: DocumentModel; config?: CheckConfig; lang?: Lang; onTemplateChange?: (id: string) => void } = {},
) {
  const onSelect = jest.fn();
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <OutlineStatus
        doc={props.doc ?? doc}
        lang={props.lang ?? 'vi'}
        config={props.config ?? { templateId: 'bao-cao-tong-ket' }}
        onSelect={onSelect}
        {...(props.onTemplateChange ? { onTemplateChange: props.onTemplateChange } : {})}
      />
    </FluentProvider>,
  );
  return { user, onSelect };
}

const item = (label: string) =>
  screen.getAllByRole('treeitem').find((li) => li.getAttribute('aria-label')?.startsWith(`${label} `))!;
const stateOf = (label: string) => within(item(label)).getAllByRole('button')[0].getAttribute('data-state');

describe('OutlineStatus', () => {
  it('shows each template section as present, missing or out of order, with a summary', () => {
    renderStatus();
    expect(stateOf('I')).toBe('present');
    expect(stateOf('II.1')).toBe('present');
    expect(stateOf('II.2')).toBe('missing');
    expect(stateOf('III')).toBe('out-of-order');
    expect(item('II.2')).toHaveAccessibleName('II.2 Hạn chế, khuyết điểm và nguyên nhân: thiếu');
    expect(screen.getByText('4/7 mục có; thiếu 2; sai thứ tự 1.')).toBeInTheDocument();
  });

  it('marks only the optional sections, not every required one', () => {
    renderStatus();
    // IV "Kiến nghị, đề xuất" is the generic template's one optional section.
    expect(item('IV')).toHaveTextContent('(không bắt buộc)');
    expect(item('IV').getAttribute('aria-label')).toMatch(/\(không bắt buộc\)$/);
    expect(item('II.2')).not.toHaveTextContent('bắt buộc');
    expect(screen.queryAllByText('(bắt buộc)')).toEqual([]);
  });

  it('nests sub-sections under their section', () => {
    renderStatus();
    expect(
      within(item('II'))
        .getAllByRole('treeitem')
        .map((li) => li.getAttribute('aria-label')?.split(' ')[0]),
    ).toEqual(['II.1', 'II.2', 'II.3']);
  });

  it('selects the heading of a present section, and the place of a missing one', async () => {
    const { user, onSelect } = renderStatus();
    await user.click(within(item('II.1')).getAllByRole('button')[0]);
    expect(onSelect).toHaveBeenLastCalledWith(7);
    await user.click(within(item('II.2')).getAllByRole('button')[0]);
    expect(onSelect).toHaveBeenLastCalledWith(9);
  });

  it('says which template was chosen and why, and lets the user pick another', async () => {
    const onTemplateChange = jest.fn();
    const { user } = renderStatus({ config: {}, onTemplateChange });
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    expect(select.value).toBe('bao-cao-tong-ket');
    expect(screen.getByText(/Tự chọn: khớp nhất \(\d+%\)\./)).toBeInTheDocument();
    await user.selectOptions(select, 'ke-hoach');
    expect(onTemplateChange).toHaveBeenCalledWith('ke-hoach');
    expect(select.value).toBe('ke-hoach');
    expect(stateOf('I')).toBe('missing');
  });

  it('speaks English', () => {
    renderStatus({ lang: 'en' });
    expect(screen.getByText('The chosen template.')).toBeInTheDocument();
    expect(item('II.2')).toHaveAccessibleName('II.2 Hạn chế, khuyết điểm và nguyên nhân: missing');
  });

  it('offers the templates even when nothing matches the document', async () => {
    const onTemplateChange = jest.fn();
    const { user } = renderStatus({ doc: createDocument([]), config: {}, onTemplateChange });
    expect(screen.getByText('Chưa có đề cương nào để đối chiếu: chọn một đề cương.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox'), 'bao-cao-tong-ket');
    expect(onTemplateChange).toHaveBeenCalledWith('bao-cao-tong-ket');
  });
});
