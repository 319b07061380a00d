import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { trafficLight, type LightReport } from '../lib/reports/rules';
import { readDb, scalar, stateFile, type Account } from './helpers';

const ROUND = `驾驶舱测试轮次-${Date.now() % 100000}`;

async function as(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, storageState: stateFile(account) });
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  return page;
}

/** The headline figures, counted straight from the database with the product's rules. */
function expectedFigures(roundId: number) {
  const db = readDb();
  try {
    const now = new Date();
    const active = db
      .prepare(
        `select a.id, a.unit_id as unitId, coalesce(a.due_date, m.due_date) as due, a.created_at as createdAt, a.measure_id as measureId
         from assignments a join measures m on m.id = a.measure_id join plans p on p.id = m.plan_id
         where p.is_current = 1 and a.status = 'active' and m.archived_at is null`,
      )
      .all() as { id: number; unitId: number; due: string | null; createdAt: number; measureId: number }[];
    const owedRounds = db.prepare(`select r.id, r.deadline from rounds r join round_measures rm on rm.round_id = r.id where rm.measure_id = ? and r.deadline >= ?`);
    const reportsOf = db.prepare(
      `select round_id as roundId, status, state, first_submitted_at as firstSubmittedAt, last_submitted_at as lastSubmittedAt, resubmit_by as resubmitBy from reports where assignment_id = ?`,
    );
    const lights = { red: 0, yellow: 0, green: 0 };
    const redUnits = new Set<number>();
    let completed = 0;
    for (const a of active) {
      const rounds = (owedRounds.all(a.measureId, a.createdAt) as { id: number; deadline: number }[]).map((r) => ({ id: r.id, deadline: new Date(r.deadline) }));
      const reports = (reportsOf.all(a.id) as { roundId: number; status: LightReport['status']; state: LightReport['state']; firstSubmittedAt: number | null; lastSubmittedAt: number | null; resubmitBy: number | null }[]).map(
        (r) => ({
          ...r,
          firstSubmittedAt: r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null,
          lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null,
          resubmitBy: r.resubmitBy ? new Date(r.resubmitBy) : null,
        }),
      );
      const { light } = trafficLight({ now, dueDate: a.due, rounds, reports });
      lights[light]++;
      if (light === 'red') redUnits.add(a.unitId);
      // Completed: the latest submitted report (latest round deadline) says so.
      const deadline = new Map(rounds.map((r) => [r.id, r.deadline.getTime()]));
      const latest = reports
        .filter((r) => r.status !== 'draft' && deadline.has(r.roundId))
        .sort((x, y) => deadline.get(y.roundId)! - deadline.get(x.roundId)! || (y.lastSubmittedAt?.getTime() ?? 0) - (x.lastSubmittedAt?.getTime() ?? 0) || y.roundId - x.roundId)[0];
      if (latest?.state === 'completed') completed++;
    }
    const owed = db
      .prepare(
        `select count(*) as owed, sum(rep.first_submitted_at <= r.deadline) as onTime
         from rounds r join round_measures rm on rm.round_id = r.id
         join assignments a on a.measure_id = rm.measure_id and a.created_at <= r.deadline and (a.status = 'active' or a.archived_at > r.deadline)
         left join reports rep on rep.round_id = r.id and rep.assignment_id = a.id
         where r.id = ?`,
      )
      .get(roundId) as { owed: number; onTime: number };
    return {
      assignments: String(active.length),
      completed: String(completed),
      onTime: `${Math.round((owed.onTime / owed.owed) * 1000) / 10}%`,
      red: String(lights.red),
      yellow: String(lights.yellow),
      green: String(lights.green),
      redUnits: String(redUnits.size),
    };
  } finally {
    db.close();
  }
}

test('every headline figure on /dashboard equals a count made in the database; a heat-map cell opens that unit’s assignments in that task', async ({ browser, baseURL }) => {
  // A round of reports made by the test: opened, two units report, then closed.
  const office = await as(browser, baseURL, 'office');
  await office.goto('/rounds/new');
  await office.getByLabel('轮次名称').fill(ROUND);
  // A period within the plan (2016–2020): the round counts toward 2020 although it is due now.
  await office.getByLabel('报送期间（起）').fill('2020-07-01');
  await office.getByLabel('报送期间（止）').fill('2020-09-30');
  await expect(office.getByLabel('计入年度', { exact: true })).toHaveValue('2020');
  await office.getByLabel('截止日期').fill(new Date(Date.now() + 2 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
  await office.getByRole('button', { name: '开启报送轮次' }).click();
  await expect(office.getByText('报送轮次已开启。')).toBeVisible();
  const roundId = scalar<number>(`select id from rounds where name = ?`, ROUND);

  for (const [account, code, percent, state] of [
    ['fgw', '1.1', '100', 'completed'],
    ['jyj', '1.5', '10', 'delayed'],
  ] as const) {
    const unit = await as(browser, baseURL, account);
    await unit.goto(`/units/${account}`);
    await unit.locator(`[data-testid="work-row"][data-measure="${code}"]`).filter({ hasText: ROUND }).getByRole('button', { name: '填报' }).click();
    await unit.getByLabel('完成进度（%）').fill(percent);
    await unit.getByLabel('推进状态').selectOption(state);
    await unit.getByLabel('工作进展').fill(`${account} 本季度工作进展。`);
    await unit.getByRole('button', { name: '报送', exact: true }).click();
    await expect(unit.getByText('报告已报送，审核前不能修改。')).toBeVisible();
  }
  await office.goto(`/rounds/${roundId}`);
  await office.getByRole('button', { name: '关闭轮次' }).click();
  await expect(office.getByRole('button', { name: '重新开启' })).toBeVisible();

  const leader = await as(browser, baseURL, 'leader');
  await leader.goto(`/dashboard?round=${roundId}`);
  const expected = expectedFigures(roundId);
  for (const [key, value] of Object.entries(expected)) {
    await expect(leader.getByTestId(`figure-${key}`).getByTestId('figure-value'), key).toHaveText(value);
  }

  // Drill down: the red count opens the red assignments.
  await leader.getByTestId('figure-red').click();
  await expect(leader.getByTestId('drill-filters')).toContainText('红灯');
  await expect(leader.getByTestId('drill-row')).toHaveCount(Math.min(Number(expected.red), 100));

  // A heat-map cell opens exactly that unit's assignments in that task.
  await leader.goto(`/dashboard?round=${roundId}`);
  const heat = leader.locator('details').filter({ has: leader.locator('[data-testid="heat-cell"]') });
  await heat.locator('summary').click();
  const cell = heat.locator('[data-testid="heat-cell"][data-unit="fgw"][data-task="1"]');
  await cell.click();
  await expect(leader).toHaveURL(/\/dashboard\/list\?/);
  const count = scalar(
    `select count(*) from assignments a join units u on u.id = a.unit_id join measures m on m.id = a.measure_id join tasks t on t.id = m.task_id join plans p on p.id = m.plan_id
     where u.code = 'fgw' and t.no = 1 and p.is_current = 1 and a.status = 'active' and m.archived_at is null`,
  );
  expect(count).toBeGreaterThan(0);
  await expect(leader.getByTestId('drill-row')).toHaveCount(count);
  for (const row of await leader.getByTestId('drill-row').all()) await expect(row).toHaveAttribute('data-unit', 'fgw');
});

test('the leader’s dashboard opens on the plan’s latest year with rounds; the figures and cards that ignore the year are tagged 当前', async ({ browser, baseURL }) => {
  // The dashboard is drawn twice (two years).
  test.slow();
  const expected = scalar<number>(
    `select max(r.year) from rounds r join plans p on p.id = r.plan_id where p.is_current = 1 and r.year between p.start_year and p.end_year`,
  );
  const [start, end] = [scalar<number>(`select start_year from plans where is_current = 1`), scalar<number>(`select end_year from plans where is_current = 1`)];
  expect(expected).toBeGreaterThanOrEqual(start);
  expect(expected).toBeLessThanOrEqual(end);
  const leader = await as(browser, baseURL, 'leader');
  await leader.goto('/dashboard');
  await expect(leader.getByRole('combobox', { name: '年度', exact: true })).toHaveValue(String(expected));
  await expect(leader.getByTestId('current-note')).toContainText(`标有「当前」的数字和图表是截至今天的状态`);
  await expect(leader.getByTestId('current-note')).toContainText(`${expected} 年度`);

  // Lights and completion are today's: tagged. The on-time rate is the chosen round's: not tagged.
  for (const key of ['assignments', 'completed', 'red', 'yellow', 'green', 'redUnits']) {
    await expect(leader.getByTestId(`figure-${key}`).getByTestId('current-tag'), key).toHaveText('当前');
  }
  await expect(leader.getByTestId('figure-onTime').getByTestId('current-tag')).toHaveCount(0);
  const tagged = leader.locator('[data-current="true"]');
  for (const title of ['各项任务完成进度', '推进状态分布', '单位 × 任务红黄绿灯']) {
    await expect(tagged.filter({ has: leader.getByRole('heading', { name: title }) }).getByTestId('current-tag'), title).toHaveText('当前');
  }
  // The year's own cards carry no tag.
  for (const title of ['各轮次按时报送率', `${expected} 年度考核结果`]) {
    await expect(leader.locator('section').filter({ has: leader.getByRole('heading', { name: title }) }).getByTestId('current-tag'), title).toHaveCount(0);
  }

  // Another year changes the year's figures, not today's: the lights stay, the note names the year.
  const red = await leader.getByTestId('figure-red').getByTestId('figure-value').textContent();
  await leader.getByRole('combobox', { name: '年度', exact: true }).selectOption(String(start));
  await leader.getByRole('button', { name: '查看', exact: true }).click();
  await expect(leader.getByTestId('current-note')).toContainText(`${start} 年度`);
  await expect(leader.getByTestId('figure-red').getByTestId('figure-value')).toHaveText(red!);
});

test('the office drafts the annual report from the data, saves it, and the .docx holds the headings, the year and the figures shown', async ({ browser, baseURL }) => {
  const office = await as(browser, baseURL, 'office');
  await office.goto('/reports/annual/2018');
  await expect(office.getByText('草稿尚未保存')).toBeVisible();
  const measures = office.getByLabel('一、上一年度推进法治政府建设的主要举措和成效');
  await expect(measures).toHaveValue(/2018年/);
  await expect(measures).toHaveValue(/（一）依法全面履行政府职能/);
  await office.getByLabel('三、党政主要负责人履行推进法治建设第一责任人职责情况').fill('市政府主要负责人全年主持召开常务会议专题研究法治政府建设4次。');
  await office.getByRole('button', { name: '保存', exact: true }).click();
  await expect(office.getByText('已保存（第 1 版）。')).toBeVisible();
  expect(scalar(`select count(*) from annual_report_versions v join annual_reports r on r.id = v.report_id where r.year = 2018`)).toBe(1);

  const facts = (await office.getByTestId('annual-facts').locator('li').allTextContents()).map((s) => s.trim()).filter(Boolean);
  expect(facts.length).toBeGreaterThanOrEqual(2);
  const download = office.waitForEvent('download');
  await office.getByRole('link', { name: '导出 Word' }).click();
  const file = await (await download).path();
  const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });
  for (const heading of ['一、上一年度推进法治政府建设的主要举措和成效', '二、存在的不足和原因', '三、党政主要负责人履行推进法治建设第一责任人职责情况', '四、下一年度推进法治政府建设的主要安排', '五、其他需要报告的情况']) {
    expect(text).toContain(heading);
  }
  expect(text).toContain('2018年');
  expect(text).toContain('市政府主要负责人全年主持召开常务会议专题研究法治政府建设4次。');
  for (const line of facts) expect(text).toContain(line);
});
