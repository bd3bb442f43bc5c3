/**
 * The verdict belongs to one state of the document, in a real Chromium against the built playground: an edit makes
 * it stale, another document never shows the old result, a fresh outline skeleton is not ready, and a header typed by
 * hand is replaced (on request), never doubled. Run with `npm run test:e2e` (builds first).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, recordOutsideRequests, serveDist } from './support';

const REPORT = [
  'Báo cáo tình hình của của đơn vị trong năm.',
  'Cán bộ đã hoàn thành  nhiệm vụ được giao.',
  'Kết quả được đánh giá cụ thể theo từng lĩnh vực.',
].join('\n');

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
  // Blank lines between: the plain-text reader joins lines it takes for one wrapped paragraph.
].join('\n\n');

function documentTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="document"] p', (ps) => ps.map((p) => p.textContent ?? ''));
}

describe('playground: verdicts bound to the document', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  let outside: string[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const served = await serveDist();
    close = served.close;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    outside = await recordOutsideRequests(page, served.origin);
    await page.goto(`${served.origin}/playground.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  const open = async (name: string, text: string) => {
    await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByText(`Đã mở ${name}`).waitFor();
  };
  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const verdict = () => page.getByTestId('verdict');
  const check = async () => {
    await page.getByRole('button', { name: /^Kiểm tra( lại)?$/ }).click();
    await page.locator('[data-testid="verdict"]:not([data-verdict="stale"])').waitFor({ timeout: 60_000 });
  };
  const cards = (): Locator => page.getByTestId('finding');

  it('an edit after the check makes the verdict stale at once and greys the findings of that paragraph', async () => {
    await open('bao-cao.txt', REPORT);
    await tab('Kiểm tra');
    // Live re-checking off: this test is about the stale state itself (checkView.e2e covers live re-checks).
    await page.getByRole('switch', { name: 'Tự kiểm tra lại khi sửa' }).uncheck();
    await check();
    expect(await verdict().getAttribute('data-verdict')).toBe('notPassed');
    const duplicated = cards().filter({ hasText: 'của của' });
    await expect(duplicated.count()).resolves.toBe(1);

    // Type at the end of the first paragraph, as a user would.
    await page.locator('[data-testid="document"] p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thêm');
    await page.locator('[data-testid="verdict"][data-verdict="stale"]').waitFor({ timeout: 5_000 });
    expect(await verdict().textContent()).toContain('Văn bản đã thay đổi — bấm Kiểm tra lại');
    await page.locator('[data-testid="finding"][data-current="false"]').first().waitFor();
    await expect(duplicated.getByRole('button', { name: 'Sửa', exact: true }).count()).resolves.toBe(0);
    // The untouched paragraph's finding can still be fixed.
    const doubleSpace = cards().filter({ hasText: '␣␣' });
    expect(await doubleSpace.getAttribute('data-current')).toBe('true');

    await check();
    expect(await verdict().getAttribute('data-verdict')).not.toBe('stale');
    expect(pageErrors).toEqual([]);
  });

  it('opening another document shows neither the old verdict nor its findings', async () => {
    expect(await cards().count()).toBeGreaterThan(0);
    await open('khac.txt', 'Một văn bản khác, viết đúng.');
    expect(await verdict().count()).toBe(0);
    expect(await cards().count()).toBe(0);
    // "Hoàn tác" brings the old document back, still without a verdict until it is checked.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await verdict().count()).toBe(0);
    expect(await cards().count()).toBe(0);
  });

  it('a freshly scaffolded outline is not "Sẵn sàng trình ký"', async () => {
    await page.getByRole('button', { name: 'Xoá trắng' }).click();
    await tab('Đề cương');
    await page.getByRole('button', { name: 'Chèn đề cương' }).click();
    await page.getByText(/Đã chèn \d+ mục/).waitFor({ timeout: 30_000 });
    await tab('Kiểm tra');
    await check();
    expect(await verdict().getAttribute('data-verdict')).toBe('notPassed');
    expect(await verdict().textContent()).toMatch(/Chưa đạt: .*chưa hoàn thành/);
  });

  it('a header typed by hand: inserting offers to replace it and the document ends with one header', async () => {
    await open('tinh-uy.txt', TYPED_HEADER);
    await tab('Phần đầu');
    await page.getByTestId('hand-header').waitFor();
    await page.getByRole('button', { name: 'Chèn phần đầu' }).click();
    await page.getByTestId('replace-header').waitFor();
    await page.getByRole('button', { name: 'Thay phần đầu hiện có' }).click();
    await page.getByText('Đã thay phần đầu văn bản.').waitFor();

    const texts = await documentTexts(page);
    const count = (re: RegExp) => texts.filter((t) => re.test(t)).length;
    expect(count(/^ĐẢNG CỘNG SẢN VIỆT NAM$/)).toBe(1);
    expect(count(/^Số[\s:]/)).toBe(1);
    expect(count(/ngày 05 tháng 3 năm 2026/)).toBe(1);
    expect(texts.some((t) => t.startsWith('Năm 2025, Tỉnh uỷ'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
