/** @jest-environment jsdom */
import './jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../src/core/edit';
import type { ApplyResult } from '../../src/core/host';
import type { DocumentModel } from '../../src/core/model';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';
import { StandardizeView } from '../../src/taskpane/views/StandardizeView';
import { MemoryHost, MemorySettings } from './memoryHost';

const BODY =
  'Nội dung văn bản trình bày bằng phông chữ Times New Roman, cỡ chữ mười bốn, căn đều hai lề và thụt đầu dòng.';
const DOC: DocumentModel = {
  meta: {},
  paragraphs: [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: { bold: true, size: 13 }, alignment: 'centered' },
    { text: BODY, font: { name: 'Arial', size: 12 }, alignment: 'left', format: { firstLineIndentMm: 10 } },
    { text: BODY, font: { name: 'Arial', size: 12 }, alignment: 'left', format: { firstLineIndentMm: 10 } },
  ],
};

function renderView(host: PlaygroundHost | MemoryHost) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <StandardizeView host={host} lang="vi" config={{ profile: 'state' }} />
    </FluentProvider>,
  );
  return user;
}

describe('StandardizeView', () => {
  it('previews what will change, then applies every presentation fix in one batch without touching the text', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const host = new PlaygroundHost(root, { settings: new MemorySettings() });
    host.load(DOC);
    const apply = jest.spyOn(host, 'apply');
    const user = renderView(host);

    await user.click(screen.getByRole('button', { name: 'Xem trước các thay đổi' }));
    const list = await screen.findByTestId('standardize-list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // One line per run of paragraphs, not per paragraph.
    expect(items.sort()).toEqual([
      'Cỡ chữ nội dung 12 pt, quy định 13–14 pt (đoạn 2–3). ',
      'Nội dung phải căn đều hai lề (đoạn 2–3). ',
      'Phông chữ Arial, quy định Times New Roman (đoạn 2–3). ',
    ]);
    expect(apply).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Chuẩn hoá (6 thay đổi)' }));
    await waitFor(() => expect(screen.getByTestId('standardize-message').textContent).toBe('Đã chuẩn hoá 6 chỗ.'));
    expect(apply).toHaveBeenCalledTimes(1);
    const sent = apply.mock.calls[0][0];
    expect(sent.every((e) => e.kind === 'setFormat' || e.kind === 'setPageSetup')).toBe(true);
    const after = await host.read();
    expect(after.paragraphs.map((p) => p.text)).toEqual(DOC.paragraphs.map((p) => p.text));
    expect(after.paragraphs[1]).toMatchObject({ alignment: 'justified', font: { name: 'Times New Roman', size: 13 } });
    expect(await screen.findByText('Định dạng đã đúng quy định, không có gì để chuẩn hoá.')).toBeTruthy();
  });

  it('says which changes the host refused, and which rules it cannot evaluate', async () => {
    class RefusingHost extends MemoryHost {
      override async read(): Promise<DocumentModel> {
        return { ...DOC, capabilities: { fonts: true, paragraphFormat: true } };
      }
      override async apply(edits: Edit[]): Promise<ApplyResult> {
        this.applied.push(edits);
        return { applied: 0, stale: edits.map((_, i) => i) };
      }
    }
    const host = new RefusingHost(['']);
    const user = renderView(host);
    await user.click(screen.getByRole('button', { name: 'Xem trước các thay đổi' }));
    expect((await screen.findByText(/Không kiểm tra được trên nơi soạn thảo này/)).textContent).toContain('Số trang');
    await user.click(screen.getByRole('button', { name: /^Chuẩn hoá/ }));
    await waitFor(() =>
      expect(screen.getByTestId('standardize-message').textContent).toMatch(/6 chỗ không áp dụng được/),
    );
  });
});
