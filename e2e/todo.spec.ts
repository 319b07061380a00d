import { type Browser, type Page } from '@playwright/test';
import { expect, FORBIDDEN, test } from './fixtures';
import { expectSignedIn, scalar, signIn, stateFile, type Account } from './helpers';

test.describe.configure({ mode: 'serial' });

const ROUND = `即将截止轮次-${Date.now() % 100000}`;
const CURRENT_PLAN_REPORTS = `from reports r join rounds ro on ro.id = r.round_id join plans p on p.id = ro.plan_id and p.is_current = 1`;

/** What the to-do should say, read from the database now. */
function expected() {
  const now = Date.now();
  return {
    review: scalar(`select count(*) ${CURRENT_PLAN_REPORTS} where r.status = 'submitted'`),
    extensions: scalar(`select count(*) from extension_requests where status = 'pending'`),
    returned: scalar(`select count(*) ${CURRENT_PLAN_REPORTS} where r.status = 'returned'`),
    // Owed (lib/reports/owed.ts) in open rounds past their deadline and never submitted.
    overdue: scalar(
      `select count(*) from rounds ro join plans p on p.id = ro.plan_id and p.is_current = 1
         join round_measures rm on rm.round_id = ro.id
         join assignments a on a.measure_id = rm.measure_id and a.created_at <= ro.deadline and (a.status = 'active' or a.archived_at > ro.deadline)
         left join reports r on r.round_id = ro.id and r.assignment_id = a.id
       where ro.status = 'open' and ro.deadline < ? and r.first_submitted_at is null`,
      now,
    ),
    closing: scalar(`select count(*) from rounds ro join plans p on p.id = ro.plan_id and p.is_current = 1 where ro.status = 'open' and ro.deadline >= ? and ro.deadline < ?`, now, now + 7 * 86_400_000),
    selfChecks: scalar(`select count(*) from assessment_units au join assessments a on a.id = au.assessment_id where a.stage = 'self' and au.self_status = 'submitted'`),
  };
}

async function as(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, storageState: stateFile(account) });
  return ctx.newPage();
}

const tileCount = (page: Page, id: string) => page.getByTestId(`todo-${id}`).getByTestId('todo-count');

test('the office signs in to its to-do: every count is the database’s, zeros included, and opens its list', async ({ page }) => {
  await signIn(page, 'office');
  await expect(page).toHaveURL(/\/todo$/);
  await expectSignedIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('待办事项');
  // 待办 is the first item of the office's navigation, and the current one.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link').first()).toHaveText('待办');
  await expect(nav.getByRole('link', { name: '待办' })).toHaveAttribute('aria-current', 'page');

  const want = expected();
  await expect(tileCount(page, 'review')).toHaveText(String(want.review));
  await expect(tileCount(page, 'extensions')).toHaveText(String(want.extensions));
  await expect(tileCount(page, 'overdue')).toHaveText(String(want.overdue));
  await expect(tileCount(page, 'returned')).toHaveText(String(want.returned));
  await expect(tileCount(page, 'closing')).toHaveText(String(want.closing));
  await expect(tileCount(page, 'self-checks')).toHaveText(String(want.selfChecks));
  // (The queue may be empty here: an earlier spec walks it to its end. The count and the list must still agree.)

  // 待审核 opens the review queue, which lists exactly that many reports.
  await page.getByTestId('todo-review').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId('review-row')).toHaveCount(Math.min(want.review, 50));

  // 退回待重报 opens the queue of returned reports.
  await page.goto('/todo');
  await page.getByTestId('todo-returned').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/review\?status=returned$/);
  await expect(page.getByTestId('review-row')).toHaveCount(Math.min(want.returned, 50));
});

test('a request from a unit shows on 延期申请 in the navigation and on the to-do, and opens the requests to decide', async ({ browser, baseURL, allowConsoleError }) => {
  allowConsoleError(FORBIDDEN);
  const assignmentId = scalar<number>(
    `select a.id from assignments a join units u on u.id = a.unit_id
     where u.code = 'fgw' and a.status = 'active' and not exists (select 1 from extension_requests e where e.assignment_id = a.id and e.status = 'pending')
     order by a.id limit 1`,
  );
  const fgw = await as(browser, baseURL, 'fgw');
  await fgw.goto(`/assignments/${assignmentId}`);
  await fgw.getByLabel('申请延至').fill('2099-06-30');
  await fgw.getByLabel('申请理由').fill('待办测试：等待上级批复。');
  await fgw.getByRole('button', { name: '提交申请' }).click();
  await expect(fgw.getByText('延期申请已提交。')).toBeVisible();
  // A unit has neither the to-do nor the office's counts.
  await expect(fgw.getByTestId('nav-count-review')).toHaveCount(0);
  expect((await fgw.goto('/todo'))?.status()).toBe(403);

  const office = await as(browser, baseURL, 'office');
  await office.goto('/todo');
  const pending = scalar(`select count(*) from extension_requests where status = 'pending'`);
  const awaiting = scalar(`select count(*) ${CURRENT_PLAN_REPORTS} where r.status = 'submitted'`);
  expect(pending).toBeGreaterThan(0);
  await expect(office.getByTestId('nav-count-extensions')).toHaveText(String(pending));
  // A badge shows only when there is something to do (the queue may be empty: an earlier spec walks it to its end).
  if (awaiting > 0) await expect(office.getByTestId('nav-count-review')).toHaveText(String(awaiting));
  else await expect(office.getByTestId('nav-count-review')).toHaveCount(0);
  // Read out with the item: 延期申请，N 项待处理.
  const nav = office.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: new RegExp(`^延期申请\\s*，${pending} 项待处理$`) })).toBeVisible();
  await expect(tileCount(office, 'extensions')).toHaveText(String(pending));
  await office.getByTestId('todo-extensions').getByRole('link').first().click();
  await expect(office).toHaveURL(/\/extensions$/);
  await expect(office.getByTestId('extension-row').filter({ hasText: '待办测试：等待上级批复。' })).toBeVisible();
  // The badges follow the office through the app.
  await expect(office.getByTestId('nav-count-extensions')).toHaveText(String(pending));
});

test('a round due in three days is on the to-do and opens the round', async ({ browser, baseURL }) => {
  const office = await as(browser, baseURL, 'office');
  await office.goto('/rounds/new');
  await office.getByLabel('轮次名称').fill(ROUND);
  await office.getByLabel('报送期间（起）').fill('2018-10-01');
  await office.getByLabel('报送期间（止）').fill('2018-12-31');
  const due = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await office.getByLabel('截止日期').fill(due);
  await office.getByRole('button', { name: '开启报送轮次' }).click();
  await expect(office.getByText('报送轮次已开启。')).toBeVisible();
  const roundId = scalar<number>(`select id from rounds where name = ?`, ROUND);

  await office.goto('/todo');
  const tile = office.getByTestId('todo-closing');
  await expect(tileCount(office, 'closing')).toHaveText(String(expected().closing));
  await tile.getByRole('link', { name: new RegExp(ROUND) }).click();
  await expect(office).toHaveURL(new RegExp(`/rounds/${roundId}$`));
});
