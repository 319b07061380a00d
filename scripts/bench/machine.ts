import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started and ended. */
  loadBefore: number[];
  loadAfter?: number[];
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadBefore: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** The commit being measured, with "+dirty" when the worktree has uncommitted changes; "unknown" without git. */
export function gitCommit(cwd = process.cwd()): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return 'unknown';
  }
}

/** A shared machine: the load average exceeds what the benchmark itself puts on it (about one core). */
export function wasShared(info: MachineInfo): boolean {
  return Math.max(info.loadBefore[0] ?? 0, info.loadAfter?.[0] ?? 0) > 1.5;
}
