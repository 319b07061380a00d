import { expect, NOT_FOUND, test } from './fixtures';
import { stateFile } from './helpers';

// The guard in e2e/fixtures.ts must keep failing tests: each `test.fail()` below passes only if the
// guard turns the test red. Should the guard stop listening, these tests report "expected to fail".
test.use({ storageState: { cookies: [], origins: [] } });

test('the guard fails a test on a console error', async ({ page }) => {
  test.fail();
  await page.goto('/login');
  await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.error('deliberate error for the console guard'))]);
  await expect(page.getByLabel(/用户名|Username/)).toBeVisible();
});

test('the guard fails a test on an uncaught exception', async ({ page }) => {
  test.fail();
  await page.goto('/login');
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(() => setTimeout(() => { throw new Error('deliberate uncaught error'); }, 0));
  await thrown;
});

test('the guard fails a test on a React hydration warning, even a warning-level one', async ({ page }) => {
  test.fail();
  await page.goto('/login');
  await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.warn('A tree hydrated but some attributes of the server rendered HTML didn\'t match the client properties.'))]);
  await expect(page.getByLabel(/用户名|Username/)).toBeVisible();
});

test('the guard watches pages of contexts a test makes itself', async ({ browser, baseURL }) => {
  test.fail();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.error('deliberate error in another context'))]);
  await expect(page.getByLabel(/用户名|Username/)).toBeVisible();
  await context.close();
});

test('the guard fails a test on a page with a form inside a form', async ({ page }) => {
  test.fail();
  await page.goto('/login');
  // Built in the DOM (an HTML parser would drop the inner form): what a component rendering a form inside a form produces.
  await page.evaluate(() => {
    const outer = document.createElement('form');
    outer.appendChild(document.createElement('form'));
    document.body.appendChild(outer);
  });
  await expect(page.locator('form form')).toHaveCount(1);
});

test('an error a test declares is allowed, and only that one', async ({ page, allowConsoleError }) => {
  allowConsoleError(/deliberate, declared error/);
  await page.goto('/login');
  await page.evaluate(() => console.error('deliberate, declared error'));
  await expect(page.getByLabel(/用户名|Username/)).toBeVisible();
});

test.describe('declared for a block', () => {
  test.use({ allowConsole: [NOT_FOUND], storageState: stateFile('office') });

  test('a page that is not found logs the 404 the block declared', async ({ page }) => {
    const res = await page.goto('/no-such-page');
    expect(res?.status()).toBe(404);
  });
});
