import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const NEXT_BIN = join('node_modules', 'next', 'dist', 'bin', 'next');

/** Runs `next build` with the project's own Next (no global tools); rejects on a non-zero exit. */
export function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`next build exited with ${code}`))));
  });
}

export interface RunningServer {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the production server as `npm start` does (scripts/serve.mjs: one process per core) on
 * `port` with `env`, its output in `logFile`, and waits until /api/health answers. Stopping ends only
 * this server (its primary, which stops its workers), never others by name.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv, logFile: string, timeoutMs = 120_000): Promise<RunningServer> {
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolvePromise) => {
      if (exited !== null || child.pid === undefined) return resolvePromise();
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
      setTimeout(() => exited === null && child.kill('SIGKILL'), 10_000).unref();
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the server exited with ${exited}; see ${logFile}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return { base, pid: child.pid!, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s; see ${logFile}`);
}
