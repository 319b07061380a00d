import { describe, expect, it } from 'vitest';
import { noticeTarget } from './target';

const notice = (kind: string, params: Record<string, string | number | null> = {}, extra: { assignmentId?: number | null; roundId?: number | null } = {}) => ({
  kind: kind as never,
  params,
  assignmentId: extra.assignmentId ?? null,
  roundId: extra.roundId ?? null,
});

describe('noticeTarget', () => {
  it('opens the unit’s self-assessment when self-assessment starts', () => {
    expect(noticeTarget(notice('assessment_stage', { year: 2018, stage: 'self' }), 'fgw')).toBe('/assessments/2018/self');
  });
  it('opens the unit’s own result when the assessment is published', () => {
    expect(noticeTarget(notice('assessment_stage', { year: 2018, stage: 'published' }), 'fgw')).toBe('/assessments/2018/units/fgw');
  });
  it('opens the year’s page at the other stages', () => {
    expect(noticeTarget(notice('assessment_stage', { year: 2018, stage: 'scoring' }), 'fgw')).toBe('/assessments/2018');
  });
  it('keeps the existing targets', () => {
    expect(noticeTarget(notice('report_returned', { reportId: 7 }), 'fgw')).toBe('/reports/7');
    expect(noticeTarget(notice('extension_requested'), 'fgw')).toBe('/extensions');
    expect(noticeTarget(notice('assignment_created', {}, { assignmentId: 3 }), 'fgw')).toBe('/assignments/3');
  });
});
