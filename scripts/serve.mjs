// Serves the built app (`next build` first) with one Next.js process per CPU core.
//   node scripts/serve.mjs [-p 3000] [-H 127.0.0.1]      WEB_CONCURRENCY=n sets the number of processes
//
// Node runs JavaScript on one core, and rendering a page is CPU work, so one process leaves the
// other cores idle while requests queue. Here a primary process starts `WEB_CONCURRENCY` workers
// (default: the machine's cores, at most 8) that share the port; the operating system spreads the
// connections. SQLite in WAL mode takes readers from several processes, writers wait for the lock
// (busy timeout), and each process's caches notice the others' commits (lib/cache/memo.ts).
//
// The first worker starts alone: it applies migrations and makes the session secret (see
// instrumentation.ts) and runs the reminder schedule; the others start once it is listening, with the
// schedule off, so that nothing runs twice. Sessions, lockouts and rate limits live in the database,
// so they hold across workers. A worker that dies is replaced.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { stampClientAddress, trustedProxies } from './lib/client-address.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    // Unset: every address, IPv4 and IPv6, as `next start` does.
    hostname: { type: 'string', short: 'H' },
  },
});
// As `next start`: production React and Next, whatever the shell says.
process.env.NODE_ENV = 'production';
const port = Number(values.port);
const hostname = values.hostname;
const workers = Math.max(1, Math.min(8, Number(process.env.WEB_CONCURRENCY) || availableParallelism()));
// The app believes the client address this server puts in its header (lib/request-ip.ts), and only
// because this flag says the header was written here: from the socket, or from the entry added by
// the TRUSTED_PROXIES reverse proxies in front (default 0).
process.env.FZZF_CLIENT_ADDRESS = 'header';
const proxies = trustedProxies();

async function serve() {
  const { default: next } = await import('next');
  const app = next({ dev: false, hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    stampClientAddress(req, proxies);
    return handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  if (hostname) server.listen(port, hostname);
  else server.listen(port);
  // Finish the requests in flight, drop idle keep-alive connections, and give up after 10 s.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (workers === 1 || !cluster.isPrimary) {
  await serve();
  if (cluster.isPrimary) console.log(`ready on http://${hostname ?? 'localhost'}:${port} (1 process)`);
} else {
  let stopping = false;
  let started = false;
  /** Worker slot → environment; slot 0 runs the scheduled jobs. */
  const envOf = (slot) => (slot === 0 ? {} : { REMINDER_INTERVAL_MS: '0' });
  const slots = new Map();
  const fork = (slot) => {
    const worker = cluster.fork(envOf(slot));
    slots.set(worker.id, slot);
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    const slot = slots.get(worker.id);
    slots.delete(worker.id);
    if (stopping) return;
    if (!started) {
      // The first worker failed before it could serve (a migration, the session secret): say so and stop.
      console.error(`the server did not start (${signal ?? `exit ${code}`}); see the messages above`);
      process.exit(1);
    }
    console.error(`worker ${worker.process.pid} (slot ${slot}) ended (${signal ?? code}); starting another`);
    setTimeout(() => fork(slot), 1_000);
  });
  const first = fork(0);
  first.once('listening', () => {
    started = true;
    for (let slot = 1; slot < workers; slot++) fork(slot);
    console.log(`ready on http://${hostname ?? 'localhost'}:${port} (${workers} processes)`);
  });
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 10_000).unref();
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.once('SIGTERM', stopAll);
  process.once('SIGINT', stopAll);
}
