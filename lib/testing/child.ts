import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts a TypeScript test child with tsx and resolves once it prints `signal` on a line. */
export function startChild(script: string, args: string[], signal: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve(script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('exit', () => ok());
    child.kill('SIGKILL');
  });
}
