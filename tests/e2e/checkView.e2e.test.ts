/**
 * The task pane at the widths Word gives it (320, 380 and 450 px; the playground's pane column resized): no
 * horizontal overflow in any tab, the first finding in sight after a check, keyboard navigation, a live re-check
 * that leaves focus and scroll alone, and a bad settings import that keeps the old settings. Screenshots of every
 * tab at 320 and 450 px go to test-results/ (git-ignored). Run with `npm run test:e2e` (builds first).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordOutsideRequests, repoRoot, serveDist } from './support';

const SHOTS = path.join(repoRoot, 'test-results');
const TABS = ['Kiểm tra', 'Phần đầu', 'Đề cương', 'Định dạng', 'Cài đặt'];

const REPORT = [
  'BÁO CÁO',
  'tổng kết công tác năm 2025',
  'Báo cáo tình hình của của đơn vị trong năm.',
  'Cán bộ đã hoàn thành  nhiệm vụ được giao.',
  'Kết quả được đánh giá cụ thể theo từng lĩnh vực , đạt nhiều kết quả.',
  'Công tác cải cách hành chính được đẩy mạnh, thủ tục hành chính được công khai, minh bạch.',
].join('\n\n');

/** Elements of the pane that stick out of it or scroll sideways (what a user would see clipped). */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
    const right = pane.getBoundingClientRect().right;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}` +
      `.${[...el.classList].filter((c) => c.startsWith('fui-')).join('.')} “${(el.textContent ?? '').slice(0, 40)}”`;
    const out: string[] = [];
    const body = pane.querySelector<HTMLElement>('[data-testid="pane-body"]')!;
    for (const el of [pane, body]) if (el.scrollWidth > el.clientWidth + 1) out.push(`scrolls sideways: ${name(el)}`);
    const checked =
      '[data-testid="finding"], .fui-Field, .fui-Select, .fui-Input, .fui-Dropdown, .fui-Combobox, [role="tablist"]';
    for (const el of pane.querySelectorAll<HTMLElement>(checked))
      if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1) out.push(`scrolls sideways: ${name(el)}`);
    for (const el of pane.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.right > right + 1 && el.closest('[hidden]') === null)
        out.push(`sticks out ${Math.round(r.right - right)} px: ${name(el)}`);
    }
    return out;
  });
}

describe('the task pane at 320, 380 and 450 px', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await serveDist();
    close = served.close;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'vi-VN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await recordOutsideRequests(page, served.origin);
    await page.goto(`${served.origin}/playground.html`);
    await page.getByTestId('file-input').setInputFiles({
      name: 'bao-cao.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(REPORT),
    });
    await page.getByText('Đã mở bao-cao.txt').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  /** Resizes the playground's pane column (App root → FluentProvider → column). */
  const setWidth = (width: number) =>
    page.evaluate((w) => {
      const column = document.querySelector<HTMLElement>('[data-testid="pane"]')!.parentElement!.parentElement!;
      column.style.width = `${w}px`;
    }, width);
  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const body = () => page.getByTestId('pane-body');
  const check = async () => {
    await tab('Kiểm tra');
    await page.getByRole('button', { name: /^Kiểm tra( lại)?$/ }).click();
    await page.locator('[data-testid="verdict"]:not([data-verdict="stale"])').waitFor({ timeout: 60_000 });
  };

  it.each([320, 380, 450])(
    '%i px: no tab overflows, and the first finding is in sight after a check',
    async (width) => {
      await setWidth(width);
      await check();
      const first = page.getByTestId('finding').first();
      const [card, pane] = [await first.boundingBox(), await body().boundingBox()];
      expect(await body().evaluate((el) => el.scrollTop)).toBe(0);
      expect(card!.y + 24).toBeLessThanOrEqual(pane!.y + pane!.height);

      const problems: string[] = [];
      for (const name of TABS) {
        await tab(name);
        await page.waitForTimeout(150);
        for (const p of await overflows(page)) problems.push(`${name}: ${p}`);
        if (width !== 380) {
          const slug = name
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[đĐ]/g, 'd')
            .replace(/\W+/g, '-');
          await page
            .getByTestId('pane')
            .screenshot({ path: path.join(SHOTS, `pane-${width}-${slug.toLowerCase()}.png`) });
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('keyboard: ↑/↓ move between findings, Enter selects in the document, I ignores', async () => {
    await setWidth(320);
    await check();
    const cards = page.getByTestId('finding');
    await cards.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-testid="finding"]')[1]),
    ).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await cards.first().evaluate((el) => el === document.activeElement)).toBe(true);
    const target = page.locator('[data-testid="finding"][data-current="true"]:not([data-length="0"])').first();
    const length = Number(await target.getAttribute('data-length'));
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.getSelection()?.toString().length === n, length);
    const before = await cards.count();
    await cards.first().focus();
    await page.keyboard.press('i');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n - 1, before);
    // The focus stays in the list, on the card that took the ignored one's place.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('finding');
    await page
      .getByRole('button', { name: 'Hiện lại' })
      .click()
      .catch(() => undefined);
  });

  it('live re-check: typing in the document updates the list after a pause, without taking focus or scroll', async () => {
    await setWidth(380);
    await check();
    const duplicated = page.getByTestId('finding').filter({ hasText: 'của của' });
    expect(await duplicated.count()).toBe(1);
    await body().evaluate((el) => (el.scrollTop = 40));
    const scrollBefore = await body().evaluate((el) => el.scrollTop);

    const paragraph = page.locator('[data-testid="document"] p').filter({ hasText: 'của của' });
    await paragraph.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'trong năm.'.length + ' của đơn vị'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' đơn vị trong năm.', { delay: 30 });
    await page.locator('[data-testid="verdict"][data-verdict="stale"]').waitFor({ timeout: 5_000 });
    await page.locator('[data-testid="verdict"]:not([data-verdict="stale"])').waitFor({ timeout: 10_000 });
    expect(await duplicated.count()).toBe(0);
    expect(await paragraph.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('document');
    expect(Math.abs((await body().evaluate((el) => el.scrollTop)) - scrollBefore)).toBeLessThanOrEqual(1);
    expect(pageErrors).toEqual([]);
  });

  it('importing a settings file with invalid entries says so in Vietnamese and keeps the saved settings', async () => {
    await setWidth(320);
    await tab('Cài đặt');
    await page.getByRole('button', { name: 'Chia sẻ cài đặt (JSON)' }).click();
    const json = page.getByRole('textbox', { name: 'Chia sẻ cài đặt (JSON)' });
    await json.fill('{ "toneStyle": "new" }');
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page.getByText(/^Đã nhập cài đặt/).waitFor();
    const saved = () => page.evaluate(() => localStorage.getItem('thethuc.playground.thethuc.checkConfig'));
    const before = await saved();
    expect(before).toContain('new');

    await json.fill('{ "toneStyle": "loud", "rules": { "khong-co-quy-tac-nay": "error" } }');
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page.getByText(/^Không nhập: .*Cài đặt đang dùng được giữ nguyên\./).waitFor();
    expect(await saved()).toBe(before);

    await json.fill('{ "toneStyle": ');
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page
      .getByText(/Cài đặt đang dùng được giữ nguyên\./)
      .first()
      .waitFor();
    expect(await saved()).toBe(before);
    expect(pageErrors).toEqual([]);
  });
});
