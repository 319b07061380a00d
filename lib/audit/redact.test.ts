import { describe, expect, it } from 'vitest';
import { HIDDEN, redactForAuditor } from './redact';

describe('what the auditor reads of an audit record', () => {
  it('sees which fields of a report changed and its states, not the texts', () => {
    const r = redactForAuditor({
      objectType: 'report',
      before: { id: 7, status: 'draft', version: 2, workDone: '完成了行政执法公示', problems: '经费不足', percent: 40 },
      after: { id: 7, status: 'submitted', version: 3, workDone: '完成了行政执法公示和法制审核', problems: '经费不足', percent: 60 },
    });
    expect(r.before).toEqual({ id: 7, status: 'draft', version: 2, workDone: HIDDEN, percent: HIDDEN });
    expect(r.after).toEqual({ id: 7, status: 'submitted', version: 3, workDone: HIDDEN, percent: HIDDEN });
    expect(JSON.stringify(r)).not.toContain('经费不足');
  });

  it('hides a self-assessment’s explanation and score and a new record’s texts', () => {
    const r = redactForAuditor({ objectType: 'self_assessment', before: null, after: { indicator: 'A1', score: 8.5, explanation: '制定了规范性文件清理办法', files: [{ id: 3 }] } });
    expect(r.after).toEqual({ indicator: HIDDEN, score: HIDDEN, explanation: HIDDEN, files: HIDDEN });
  });

  it('shows accounts, roles and settings in full', () => {
    const user = { objectType: 'user', before: { id: 1, username: 'fgw', role: 'unit', active: true }, after: { id: 1, username: 'fgw', role: 'auditor', active: true } };
    expect(redactForAuditor(user)).toEqual(user);
    const settings = { objectType: 'settings', before: { passwordExpiryDays: 90 }, after: { passwordExpiryDays: 180 } };
    expect(redactForAuditor(settings)).toEqual(settings);
  });
});
