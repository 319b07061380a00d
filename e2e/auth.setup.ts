import { test as setup } from './fixtures';
import { ACCOUNTS, expectSignedIn, signIn, stateFile } from './helpers';

for (const account of ACCOUNTS) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await signIn(page, account);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await expectSignedIn(page);
    await page.context().storageState({ path: stateFile(account) });
  });
}
