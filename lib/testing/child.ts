import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Starts a TypeScript test child and resolves once it prints `signal` on a line. tsx is loaded
 * into the one Node process (`--import tsx`), not run as a launcher: killing the child must kill
 * the process that does the work.
 */
export function startChild(script: string, args: string[], signal: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.split('\n').includes(signal)) ok(child);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => fail(new Error(`child ${script} exited (${code}) before "${signal}": ${err}`)));
  });
}

export function kill(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.on('exit', () => ok());
    child.kill('SIGKILL');
  });
}
