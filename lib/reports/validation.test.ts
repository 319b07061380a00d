import { describe, expect, it } from 'vitest';
import { percentStateProblem, saveReportSchema } from './validation';

const base = { id: '1', version: '1', workDone: '已完成全部工作', problems: '', nextSteps: '' };

describe('a report’s percent and state agree', () => {
  it('refuses 100% with 滞后 (delayed), on the state field, in a submission and in a draft', () => {
    for (const intent of ['submit', 'draft']) {
      const r = saveReportSchema.safeParse({ ...base, intent, percent: '100', state: 'delayed' });
      expect(r.success, intent).toBe(false);
      expect(r.error!.issues).toEqual([expect.objectContaining({ path: ['state'], message: 'reports.completeButDelayed' })]);
    }
  });
  it('accepts 100% completed or on track, and a delayed report below 100%', () => {
    for (const [percent, state] of [['100', 'completed'], ['100', 'on_track'], ['99', 'delayed'], ['0', 'delayed']]) {
      expect(saveReportSchema.safeParse({ ...base, intent: 'submit', percent, state }).success, `${percent} ${state}`).toBe(true);
    }
    expect(saveReportSchema.safeParse({ ...base, intent: 'draft', percent: '', state: 'delayed' }).success).toBe(true);
  });
  it('is the same rule the form shows while typing', () => {
    expect(percentStateProblem(100, 'delayed')).toBe('reports.completeButDelayed');
    expect(percentStateProblem(100, 'completed')).toBeNull();
    expect(percentStateProblem(null, 'delayed')).toBeNull();
  });
});
