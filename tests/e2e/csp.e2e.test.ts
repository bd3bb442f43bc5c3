/**
 * Every page of the built add-in under its own Content-Security-Policy (the meta tag webpack writes): the pages
 * load, the playground opens, checks and prints a document, every tab renders, and the browser reports no CSP
 * violation. The task pane has no Office.js here (no network), so it shows its "cannot load Office.js" notice.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordOutsideRequests, repoRoot, serveDist } from './support';

const seedPath = path.join(repoRoot, '..', 'shared', 'seeds', '000_e4afd91083a3c978.txt');

/** Collects `securitypolicyviolation` events from the first script on, in the page and its frames. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
  });
  return async () => [
    ...consoleViolations,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

describe('Content-Security-Policy', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    served = await serveDist();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(pathname: string) {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 }, locale: 'vi-VN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const violations = await watchViolations(page);
    const outside = await recordOutsideRequests(page, served.origin);
    const response = await page.goto(`${served.origin}${pathname}`);
    return { page, errors, violations, outside, response };
  }

  it.each(['/taskpane.html', '/playground.html', '/'])('%s carries the policy in a meta tag', async (pathname) => {
    const { page } = await open(pathname);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    // The check worker comes from our own origin only.
    expect(policy).toContain("worker-src 'self';");
    expect(policy).not.toMatch(/worker-src[^;]*(blob:|data:|\*)/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    await page.close();
  });

  it('an inline script is refused and the watcher sees it (the check below can fail)', async () => {
    const { page, violations } = await open('/playground.html');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await violations()).join('\n')).toMatch(/script-src/);
    await page.close();
  });

  it('the task pane without Office.js shows its notice and breaks no rule of the policy', async () => {
    const { page, errors, violations, outside } = await open('/taskpane.html');
    await page.getByText('Không tải được Office.js').waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // Office.js is the one outside load, refused here (no network).
    expect(outside.every((url) => url.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    await page.close();
  });

  const itWithSeed = existsSync(seedPath) ? it : it.skip;
  itWithSeed('the playground opens, checks, prints and shows every tab with no violation', async () => {
    const { page, errors, violations, outside } = await open('/');
    await page.getByTestId('file-input').setInputFiles(seedPath);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
    // The check ran in a worker of our origin, started under the policy.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(new RegExp(`^${served.origin}/`))]);
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    await page.locator('iframe[title="report"]').waitFor({ state: 'attached' });
    const sandbox = await page.locator('iframe[title="report"]').getAttribute('sandbox');
    expect(sandbox?.split(/\s+/)).not.toContain('allow-scripts');
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForTimeout(100);
    }
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
