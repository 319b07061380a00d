// Measures the production server against a bench database and writes BENCHMARKS.md.
//   npm run bench -- [--db bench-data/bench-province.db] [--duration 10] [--skip-build] [--weights-only] [--port 3300]
// See scripts/bench/ for the pieces; the generated sections of BENCHMARKS.md are replaced, the rest is kept.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD } from './bench/accounts';
import { BenchDatabase } from './bench/database';
import { actionSucceeded, callAction, checkPage, signIn } from './bench/http';
import { measure } from './bench/load';
import { gitCommit, machineInfo, wasShared, type MachineInfo } from './bench/machine';
import { TARGETS, pageVerdict, pagesTable, replaceGenerated, submissionTable, submissionVerdict, weightsTable, type PageRow, type SubmissionResult } from './bench/report';
import { buildApp, startServer, type RunningServer } from './bench/server';
import { summarize } from './bench/stats';
import { measureWeights, type WeightReport } from './bench/weights-fs';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench-data/bench-province.db' },
    duration: { type: 'string', default: '10' },
    port: { type: 'string', default: '3300' },
    writers: { type: 'string', default: '50' },
    'skip-build': { type: 'boolean', default: false },
    'weights-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
  },
});
const DURATION = Number(args.duration);
const CONCURRENCIES = [1, 10];
const dbPath = resolve(args.db);
const outFile = resolve(args.out);

type Account = 'unit' | 'office' | 'leader' | 'auditor';

interface PageSpec {
  label: string;
  path: string;
  as: Account | null;
  targetMs: number | null;
  /** Default [1, 10]; the slow extras run at 1 only, so that a pile of multi-second requests does not outlive the row. */
  concurrencies?: number[];
  /** Requests before timing (module load, first plans); default 3. */
  warmups?: number;
}

// ---------------------------------------------------------------------------------------------

/** Environment of the build and the server: never the project's data/ folder. */
function serverEnv(tmp: string, database: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: database,
    AUTH_SECRET_FILE: join(tmp, 'auth-secret'),
    UPLOAD_DIR: join(tmp, 'uploads'),
    REMINDER_INTERVAL_MS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

function weightsSection(w: WeightReport): string {
  const kb = (b: number) => b / 1024;
  const over = w.routes.filter((r) => kb(r.gzipBytes) >= TARGETS.firstLoadKb);
  const libs = Object.keys(w.anywhere).map((lib) => {
    const first = w.inFirstLoad[lib] ?? [];
    const lazy = w.anywhere[lib] ?? [];
    const where = lazy.length ? `in ${lazy.length} lazily loaded browser chunk(s) (${lazy.map((f) => `\`${f}\``).join(', ')})` : 'in no browser chunk at all';
    return `- **${lib}**: ${first.length === 0 ? "✅ in no route's first load" : `❌ in the first load (${first.join(', ')})`}; found ${where}, and in ${w.onServer[lib] ?? 0} server chunk(s).`;
  });
  return [
    '### First-load JavaScript per route (gzip)',
    '',
    `Measured from the build: for each \`.next/server/app/**/page_client-reference-manifest.js\`, the unique JS files of its \`entryJSFiles\` (root layout, nested layouts, page) plus the root main files every page loads (\`build-manifest.json\` \`rootMainFiles\`, ${w.rootMainFiles.length} files), each gzipped (zlib default level) and summed. CSS and the \`nomodule\` polyfills are not counted.`,
    '',
    `${w.routes.length} routes; ${over.length === 0 ? 'none' : over.length} at or over ${TARGETS.firstLoadKb} KB. Largest: ${[...w.routes].sort((a, b) => b.gzipBytes - a.gzipBytes)[0]?.route ?? '—'}.`,
    '',
    weightsTable(w.routes.map((r) => ({ route: r.route, kb: kb(r.gzipBytes), files: r.files.length }))),
    '',
    '**Heavy libraries in the first load**',
    '',
    ...libs,
  ].join('\n');
}

function writeSection(section: 'run' | 'weights', text: string): void {
  const existing = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '# Benchmarks\n\nNumbers from `npm run bench` (scripts/bench.ts). Notes outside the generated sections are kept.\n';
  writeFileSync(outFile, replaceGenerated(existing, section, text));
}

// ---------------------------------------------------------------------------------------------

async function signInAll(base: string, names: Record<Account, string>): Promise<Record<Account, string>> {
  const out = {} as Record<Account, string>;
  for (const [account, username] of Object.entries(names) as [Account, string][]) out[account] = await signIn(base, username, BENCH_PASSWORD);
  return out;
}

/**
 * Waits until the server answers the floor route again: a row's last requests (abandoned by the load
 * generator when its time is up) may still be rendering, and would otherwise be billed to the next row.
 */
async function drain(base: string): Promise<void> {
  for (let i = 0; i < 3; i++) await (await fetch(`${base}/api/health`)).arrayBuffer();
}

async function measurePages(base: string, pages: PageSpec[], cookies: Record<Account, string>, names: Record<Account, string>): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  for (const page of pages) {
    const cookie = page.as ? cookies[page.as] : '';
    const problem = await checkPage(base, page.path, cookie);
    if (problem) throw new Error(`${page.path} as ${page.as ?? 'anyone'}: ${problem}`);
    // Warm the route (module load, first query plans) before timing it.
    for (let i = 0; i < (page.warmups ?? 3); i++) await (await fetch(`${base}${page.path}`, { headers: { cookie } })).arrayBuffer();
    for (const c of page.concurrencies ?? CONCURRENCIES) {
      await drain(base);
      const r = await measure(`${base}${page.path}`, c, DURATION, cookie || undefined);
      const row: PageRow = { label: page.label, path: page.path, as: page.as ? names[page.as] : '—', concurrency: c, targetMs: page.targetMs, ...r };
      rows.push(row);
      console.log(`  ${page.path.padEnd(34)} c=${String(c).padEnd(2)} n=${String(r.latency.count).padStart(6)} p50=${r.latency.p50?.toFixed(1)} p95=${r.latency.p95?.toFixed(1)} p99=${r.latency.p99?.toFixed(1)} rps=${r.rps.toFixed(1)} non2xx=${r.non2xx} err=${r.errors}`);
    }
  }
  await drain(base);
  return rows;
}

/** The server action ids of lib/reports/actions.ts, from the build's server reference manifest. */
function actionIds(): { start: string; save: string } {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const find = (name: string) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.filename === 'lib/reports/actions.ts' && v.exportedName === name);
    if (!hit) throw new Error(`${name} not found in .next/server/server-reference-manifest.json`);
    return hit[0];
  };
  return { start: find('startReportAction'), save: find('saveReportAction') };
}

/**
 * 50 unit users, each signed in, each submitting its own report in the open round at the same
 * moment through the real server action; then the database is asked whether every one arrived.
 */
async function concurrentSubmissions(base: string, db: BenchDatabase, n: number): Promise<SubmissionResult> {
  const writers = db.writers(n);
  if (writers.length < n) console.warn(`  only ${writers.length} units have an unstarted report in the open round`);
  const ids = actionIds();
  const cookies: string[] = [];
  for (const w of writers) cookies.push(await signIn(base, w.code, BENCH_PASSWORD));

  // Each writer opens its draft from its home page (the button there), all at once.
  const started = await Promise.all(
    writers.map((w, i) => callAction(base, { path: `/units/${w.code}`, actionId: ids.start, args: ['$undefined', { roundId: w.roundId, assignmentId: w.assignmentId }], cookie: cookies[i]! })),
  );
  const reportIds = started.map((r, i) => {
    const id = Number(r.redirect?.match(/^\/reports\/(\d+)$/)?.[1]);
    if (!id) throw new Error(`startReportAction for ${writers[i]!.code} answered HTTP ${r.status} without a redirect to the report: ${r.body.slice(0, 300)}`);
    return id;
  });

  const workDone = '本季度召开专题会议研究部署相关工作，制定年度工作方案，明确责任科室和时间节点；开展专项检查3次，发现问题6个，已整改4个，形成检查通报。组织业务培训2场，参训人员120人次。';
  const submitted = await Promise.all(
    writers.map((_, i) =>
      callAction(base, {
        path: `/reports/${reportIds[i]}`,
        actionId: ids.save,
        args: ['$undefined', { id: reportIds[i], version: 1, intent: 'submit', percent: '60', state: 'on_track', workDone, problems: '', nextSteps: '按计划推进。' }],
        cookie: cookies[i]!,
      }),
    ),
  );
  const failed = submitted.filter((r) => r.status !== 200 || !actionSucceeded(r.body));
  if (failed.length) console.warn(`  ${failed.length} submissions failed, e.g. HTTP ${failed[0]!.status}: ${failed[0]!.body.slice(0, 300)}`);
  return {
    writers: writers.length,
    latency: summarize(submitted.map((r) => r.ms)),
    errors: failed.length,
    confirmed: db.confirmedSubmissions(reportIds),
    startLatency: summarize(started.map((r) => r.ms)),
  };
}

// ---------------------------------------------------------------------------------------------

/** How many processes scripts/serve.mjs starts here (its rule: WEB_CONCURRENCY, else the cores, at most 8). */
function serverProcesses(): number {
  return Math.max(1, Math.min(8, Number(process.env.WEB_CONCURRENCY) || availableParallelism()));
}

function runSection(m: MachineInfo, commit: string, db: BenchDatabase, sizeBytes: number, counts: Record<string, number>, rows: PageRow[], subs: SubmissionResult): string {
  const floor = (c: number) => rows.find((r) => r.targetMs === null && r.concurrency === c)?.latency.p95 ?? null;
  const verdicts = rows.map((r) => ({ r, v: pageVerdict(r, floor(r.concurrency)) })).filter((x) => x.v);
  const missed = verdicts.filter((x) => !x.v!.ok);
  const sub = submissionVerdict(subs);
  const shared = wasShared(m);
  return [
    `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- commit: \`${commit}\``,
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}`,
    `- load average (1, 5, 15 min) before: ${m.loadBefore.join(', ')}; after: ${m.loadAfter?.join(', ') ?? '—'}${shared ? ' — **a shared machine: other work was running during the run, so the numbers are pessimistic**' : ''}`,
    `- database: \`${relative(process.cwd(), db.path)}\`, ${(sizeBytes / 1024 / 1024).toFixed(0)} MB; rows: ${Object.entries(counts).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')}`,
    `- each row: ${DURATION} s of autocannon at the given concurrency (keep-alive connections), after 3 warm-up requests; the server is \`npm start\`'s \`scripts/serve.mjs\` with ${serverProcesses()} processes (one per core, each with one SQLite connection) on the same machine as the load generator`,
    '',
    '#### Pages',
    '',
    'Targets at province scale, concurrency 10: every page p95 < 100 ms, the dashboard < 150 ms, no page > 10× the floor\'s p95 (`/api/health`).',
    '',
    pagesTable(rows),
    '',
    '#### 50 concurrent report submissions',
    '',
    'Distinct unit users, each signed in, each submitting its own report of the open round through the real server action at the same moment (`Next-Action` fetch to `/reports/<id>`, the way the browser posts it). The drafts were opened first the same way (`startReportAction` from `/units/<code>`). Afterwards the database was asked whether each report is `submitted` with its version row.',
    '',
    submissionTable(subs),
    '',
    '#### Targets',
    '',
    `- pages (c=10): ${verdicts.length - missed.length} of ${verdicts.length} met${missed.length ? `; missed: ${missed.map((x) => `\`${x.r.path}\` (${x.v!.text.replace('❌ ', '')})`).join('; ')}` : ''}`,
    `- submissions: ${sub.text}`,
    `- first-load JS: see the weights section below`,
  ].join('\n');
}

async function main(): Promise<void> {
  const m = machineInfo();
  const commit = gitCommit();
  const tmp = mkdtempSync(join(tmpdir(), 'fzzf-bench-'));
  let server: RunningServer | undefined;
  let ok = false;
  const stopOnSignal = () => void server?.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    if (!args['skip-build']) {
      console.log('next build …');
      // The build never sees the bench database nor data/: it gets an empty one of its own.
      await buildApp(serverEnv(tmp, join(tmp, 'build.db')));
    }
    const weights = measureWeights('.next');
    writeSection('weights', weightsSection(weights));
    console.log(weightsTable(weights.routes.map((r) => ({ route: r.route, kb: r.gzipBytes / 1024, files: r.files.length }))));
    console.log(weightsSection(weights).split('\n').filter((l) => l.startsWith('- **')).join('\n'));
    if (args['weights-only']) return;

    const db = new BenchDatabase(dbPath);
    const unitCode = db.busiestUnit();
    const years = db.assessmentYears();
    const registerYear = db.latestRegisterYear();
    console.log(`starting next on port ${args.port} with ${relative(process.cwd(), dbPath)} …`);
    server = await startServer(Number(args.port), serverEnv(tmp, dbPath), join(tmp, 'server.log'));
    console.log(`  server pid ${server.pid}, log ${join(tmp, 'server.log')}`);
    const names: Record<Account, string> = { unit: unitCode, office: 'office', leader: 'leader', auditor: 'auditor' };
    const cookies = await signInAll(server.base, names);
    const pages: PageSpec[] = [
      { label: 'floor', path: '/api/health', as: null, targetMs: null },
      { label: 'unit home', path: `/units/${unitCode}`, as: 'unit', targetMs: TARGETS.pageP95Ms },
      { label: 'plan', path: '/plan', as: 'office', targetMs: TARGETS.pageP95Ms },
      { label: 'measure', path: '/measures/1.1', as: 'office', targetMs: TARGETS.pageP95Ms },
      { label: 'review queue', path: '/review', as: 'office', targetMs: TARGETS.pageP95Ms },
      { label: 'dashboard', path: '/dashboard', as: 'leader', targetMs: TARGETS.dashboardP95Ms },
      ...(years.published ? [{ label: 'assessment results', path: `/assessments/${years.published}/results`, as: 'leader' as const, targetMs: TARGETS.pageP95Ms }] : []),
      { label: 'audit log', path: '/audit', as: 'auditor', targetMs: TARGETS.pageP95Ms },
      { label: 'registers overview', path: `/registers?year=${registerYear}`, as: 'office', targetMs: TARGETS.pageP95Ms },
      { label: 'register list (行政应诉)', path: `/registers/litigation?year=${registerYear}`, as: 'office', targetMs: TARGETS.pageP95Ms },
      { label: 'register list, a unit (规范性文件)', path: `/registers/documents?year=${registerYear}`, as: 'unit', targetMs: TARGETS.pageP95Ms },
    ];
    // Beyond the issue's list, at concurrency 1 only: the dashboard of a year with an assessment
    // (its grade distribution), and the year still being scored, whose results are computed live.
    const extras: PageSpec[] = [
      { label: 'registers overview by unit (行政应诉)', path: `/registers?year=${registerYear}&by=litigation`, as: 'office', targetMs: TARGETS.pageP95Ms, concurrencies: [1], warmups: 1 },
      ...(years.published ? [{ label: 'dashboard, published year', path: `/dashboard?year=${years.published}`, as: 'leader' as const, targetMs: TARGETS.dashboardP95Ms, concurrencies: [1], warmups: 1 }] : []),
      ...(years.scoring
        ? [
            { label: 'dashboard, year in scoring', path: `/dashboard?year=${years.scoring}`, as: 'leader' as const, targetMs: TARGETS.dashboardP95Ms, concurrencies: [1], warmups: 1 },
            { label: 'results, year in scoring', path: `/assessments/${years.scoring}/results`, as: 'leader' as const, targetMs: TARGETS.pageP95Ms, concurrencies: [1], warmups: 1 },
          ]
        : []),
    ];
    console.log('pages:');
    const rows = await measurePages(server.base, pages, cookies, names);
    console.log(`${args.writers} concurrent submissions:`);
    const subs = await concurrentSubmissions(server.base, db, Number(args.writers));
    console.log(`  p50=${subs.latency.p50?.toFixed(1)} p95=${subs.latency.p95?.toFixed(1)} p99=${subs.latency.p99?.toFixed(1)} errors=${subs.errors} confirmed=${subs.confirmed}/${subs.writers}`);
    console.log('extra pages (concurrency 1):');
    rows.push(...(await measurePages(server.base, extras, cookies, names)));
    await server.stop();
    server = undefined;
    m.loadAfter = machineInfo().loadBefore;
    const section = runSection(m, commit, db, db.size(), db.counts(), rows, subs);
    db.close();
    writeSection('run', section);
    console.log(`\n${section}\n\nwrote ${relative(process.cwd(), outFile)}`);
    ok = true;
  } finally {
    await server?.stop();
    // A failed run keeps its folder: the server log is the first thing to read.
    if (ok || args['weights-only']) rmSync(tmp, { recursive: true, force: true });
    else console.error(`kept ${tmp} (server.log) for inspection`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
