import type { ReportState } from '@/db/schema/enums';

export interface VersionFields {
  percent: number;
  state: ReportState;
  workDone: string;
  problems: string | null;
  nextSteps: string | null;
  attachmentIds: number[];
}

export type VersionChange =
  | { kind: 'percent'; from: number; to: number }
  | { kind: 'state'; from: ReportState; to: ReportState }
  | { kind: 'workDone' | 'problems' | 'nextSteps' | 'files' };

/** What changed from one submitted version to the next (shown on the timeline). */
export function versionChanges(prev: VersionFields, next: VersionFields): VersionChange[] {
  const out: VersionChange[] = [];
  if (prev.percent !== next.percent) out.push({ kind: 'percent', from: prev.percent, to: next.percent });
  if (prev.state !== next.state) out.push({ kind: 'state', from: prev.state, to: next.state });
  const text = (v: string | null) => (v ?? '').trim();
  for (const k of ['workDone', 'problems', 'nextSteps'] as const) if (text(prev[k]) !== text(next[k])) out.push({ kind: k });
  const files = (ids: number[]) => [...ids].sort((a, b) => a - b).join(',');
  if (files(prev.attachmentIds) !== files(next.attachmentIds)) out.push({ kind: 'files' });
  return out;
}
