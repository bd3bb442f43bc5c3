/**
 * The built playground in a real Chromium: open the seed report through the file input, check it, apply one
 * fix, and verify the document changed exactly where the finding said. Run with `npm run test:e2e` (builds first).
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium (Debian: apt-get install chromium).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, recordOutsideRequests, repoRoot, serveDist } from './support';

const seedPath = path.join(repoRoot, '..', 'shared', 'seeds', '000_e4afd91083a3c978.txt');
const screenshotPath = process.env.E2E_SCREENSHOT ?? path.join(os.tmpdir(), 'thethuc-playground.png');

/** Paragraph texts of the playground document, read the way the host reads them (no tables or breaks in the seed). */
function documentTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="document"] p', (ps) => ps.map((p) => p.textContent ?? ''));
}

const describeIfSeed = existsSync(seedPath) ? describe : describe.skip;

describeIfSeed('playground in Chromium', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveDist>>;
  let page: Page;
  const pageErrors: string[] = [];
  let outsideRequests: string[] = [];

  beforeAll(async () => {
    served = await serveDist();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    // The playground must work offline: anything not served by our server is recorded and refused.
    outsideRequests = await recordOutsideRequests(page, served.origin);
    await page.goto(`${served.origin}/playground.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('opens the seed report, checks it, fixes one finding and changes exactly that text', async () => {
    await page.getByTestId('file-input').setInputFiles(seedPath);
    await page.getByText(/Đã mở 000_e4afd91083a3c978\.txt: \d+ đoạn/).waitFor();
    const before = await documentTexts(page);
    expect(before.length).toBeGreaterThan(20);
    expect(before.join('\n')).toContain('của của');

    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toMatch(
      /Sẵn sàng trình ký|Cần xem lại: \d+ cảnh báo|Chưa đạt: \d+ lỗi, \d+ cảnh báo/,
    );

    const target = await pickFixableFinding(page);
    const paragraph = Number(await target.getAttribute('data-paragraph'));
    const start = Number(await target.getAttribute('data-start'));
    const length = Number(await target.getAttribute('data-length'));
    const flagged = before[paragraph].slice(start, start + length);

    // Clicking the finding selects its text in the document.
    await target.locator('div').first().click();
    await page.waitForFunction((text) => window.getSelection()?.toString() === text, flagged, { timeout: 10_000 });

    const suggestion = (await target.getByTestId('suggestion').first().getAttribute('data-value')) ?? '';
    await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-before.png') });
    await target.getByRole('button', { name: 'Sửa', exact: true }).click();
    await page.getByText(/Đã sửa \d+ chỗ và kiểm tra lại\./).waitFor();

    const after = await documentTexts(page);
    const expected = [...before];
    expected[paragraph] = before[paragraph].slice(0, start) + suggestion + before[paragraph].slice(start + length);
    expect(after).toEqual(expected);
    expect(after).not.toEqual(before);

    await page.screenshot({ path: screenshotPath });
    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  it('offers no fix once the user typed in that paragraph, and keeps the typing', async () => {
    // Live re-checking off: this test is about the stale state (otherwise a re-check after 800 ms may offer a fresh fix).
    await page.getByRole('switch', { name: 'Tự kiểm tra lại khi sửa' }).uncheck();
    const target = await pickFixableFinding(page);
    const paragraph = Number(await target.getAttribute('data-paragraph'));
    const before = await documentTexts(page);

    // Type at the start of the flagged paragraph, as a user would.
    await page.evaluate((index) => {
      const p = document.querySelectorAll('[data-testid="document"] p')[index];
      const range = document.createRange();
      range.setStart(p, 0);
      range.collapse(true);
      (document.querySelector('[data-testid="document"]') as HTMLElement).focus();
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, paragraph);
    await page.keyboard.type('Ừ ');
    const typed = [...before];
    typed[paragraph] = `Ừ ${before[paragraph]}`;
    expect(await documentTexts(page)).toEqual(typed);

    await page.locator('[data-testid="verdict"][data-verdict="stale"]').waitFor();
    // Every finding of the typed paragraph is greyed, with no fix (the playground's index of it is unchanged).
    const inParagraph = page.locator(`[data-testid="finding"][data-paragraph="${paragraph}"]`);
    await inParagraph.first().waitFor();
    await page.waitForFunction(
      (p) =>
        [...document.querySelectorAll(`[data-testid="finding"][data-paragraph="${p}"]`)].every(
          (c) => c.getAttribute('data-current') === 'false',
        ),
      paragraph,
    );
    await expect(inParagraph.getByRole('button', { name: 'Sửa', exact: true }).count()).resolves.toBe(0);
    expect(await documentTexts(page)).toEqual(typed);
    expect(pageErrors).toEqual([]);
  });

  it('prints a report with the same verdict as the pane', async () => {
    await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
    await page.locator('[data-testid="verdict"]:not([data-verdict="stale"])').waitFor({ timeout: 60_000 });
    const verdict = (await page.getByTestId('verdict').locator('.fui-MessageBarTitle').textContent()) ?? '';
    expect(verdict).toMatch(/Sẵn sàng trình ký|Cần xem lại|Chưa đạt/);
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    const report = page.frameLocator('iframe[title="report"]');
    await report.locator('body').waitFor({ state: 'attached' });
    await expect(report.locator('body').textContent()).resolves.toContain(verdict);
    expect(
      await page.locator('iframe[title="report"]').evaluate((f) => (f as HTMLIFrameElement).contentDocument?.title),
    ).toContain('000_e4afd91083a3c978.txt');
  });
});

/** The "của của" finding if there is one, else a double space, else the first finding with a fix. */
async function pickFixableFinding(page: Page): Promise<Locator> {
  const fixable = page.getByTestId('finding').filter({ has: page.getByRole('button', { name: 'Sửa', exact: true }) });
  const count = await fixable.count();
  expect(count).toBeGreaterThan(0);
  const duplicated = fixable.filter({ hasText: 'của của' });
  if (await duplicated.count()) return duplicated.first();
  const doubleSpace = fixable.filter({ hasText: '␣␣' });
  if (await doubleSpace.count()) return doubleSpace.first();
  return fixable.first();
}
