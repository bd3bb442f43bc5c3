/**
 * The 100-page report (the bench's deterministic document) in the built playground: how long a check and a fix take
 * in a real Chromium (logged, not asserted: speed lives in `npm run bench`), and what the reviewer sees after a fix —
 * the next finding has the focus and the cards did not move under the pointer.
 */
import type { Browser, Page } from 'playwright-core';
import { buildReport } from '../../scripts/bench-report';
import { launchChromium, recordOutsideRequests, serveDist } from './support';

/** Blank lines between paragraphs: the plain-text reader joins lines it takes for one wrapped paragraph. */
const REPORT = buildReport(100)
  .doc.paragraphs.map((p) => p.text)
  .join('\n\n');

describe('playground: the 100-page report', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const served = await serveDist();
    close = served.close;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await recordOutsideRequests(page, served.origin);
    await page.goto(`${served.origin}/playground.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('checks, then fixes one finding: timings logged, focus on the next card, nothing moves under the pointer', async () => {
    await page.getByTestId('file-input').setInputFiles({
      name: 'bao-cao-100-trang.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(REPORT),
    });
    await page.getByText(/Đã mở bao-cao-100-trang\.txt/).waitFor();

    const checkMs = await page.evaluate(async () => {
      const button = [...document.querySelectorAll<HTMLElement>('[data-testid="pane-body"] button')].find(
        (b) => b.textContent === 'Kiểm tra',
      )!;
      const t0 = performance.now();
      button.click();
      await new Promise<void>((resolve) => {
        const tick = () =>
          document.querySelector('[data-testid="verdict"]') && document.querySelector('[data-testid="finding"]')
            ? resolve()
            : requestAnimationFrame(tick);
        tick();
      });
      return performance.now() - t0;
    });
    const total = await page.getByTestId('finding').count();
    console.log(`check on 100 pages: ${Math.round(checkMs)} ms from click to list (${total} cards rendered)`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(100);

    // The first card that has a "Sửa" button; the pointer rests where that button was.
    const cards = page.locator('[data-testid="finding"]:not([data-done])');
    const index = await cards.evaluateAll((all) =>
      all.findIndex((c) => c.querySelector('button')?.textContent === 'Sửa'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const next = cards.nth(index + 1);
    const nextKey = await next.evaluate((c) => `${c.dataset.rule}:${c.dataset.start}:${c.textContent}`);
    const nextTop = (await next.boundingBox())!.y;

    const fixMs = await cards.nth(index).evaluate(async (card) => {
      const { rule, paragraph, start } = card.dataset;
      const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Sửa')!;
      const t0 = performance.now();
      button.click();
      // Updated: the fixed card is marked done in place (same finding, same place in the list).
      const done = () =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="finding"][data-done]')].some(
          (c) => c.dataset.rule === rule && c.dataset.paragraph === paragraph && c.dataset.start === start,
        );
      await new Promise<void>((resolve) => {
        const tick = () => (done() ? resolve() : requestAnimationFrame(tick));
        tick();
      });
      return performance.now() - t0;
    });
    console.log(`fix on 100 pages: ${Math.round(fixMs)} ms from click to updated list`);

    await page.getByText(/Đã sửa \d+ chỗ và kiểm tra lại\./).waitFor();
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.testid === 'finding' ? `${el.dataset.rule}:${el.dataset.start}:${el.textContent}` : null;
    });
    expect(focused).toBe(nextKey);
    const topNow = await page.locator('[data-testid="finding"]').evaluateAll((all, key) => {
      const card = all.find((c) => `${c.dataset.rule}:${c.dataset.start}:${c.textContent}` === key);
      return card ? card.getBoundingClientRect().y : null;
    }, nextKey);
    expect(topNow).not.toBeNull();
    expect(Math.abs(topNow! - nextTop)).toBeLessThan(1);
    expect(pageErrors).toEqual([]);
  });
});
