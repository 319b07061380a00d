import type { Notice } from '@/db/schema';

/** Where opening a notice takes the reader. */
export function noticeTarget(notice: Pick<Notice, 'kind' | 'assignmentId' | 'roundId' | 'params'>, unitCode: string): string | null {
  const reportId = notice.params?.reportId;
  if (reportId && (notice.kind === 'report_returned' || notice.kind === 'report_approved')) return `/reports/${reportId}`;
  if (notice.kind === 'extension_requested') return '/extensions';
  if (notice.kind === 'self_returned' && notice.params?.year) return `/assessments/${notice.params.year}/self`;
  if (notice.kind === 'assessment_stage') {
    const year = Number(notice.params?.year);
    if (!Number.isInteger(year)) return null;
    // Self-assessment opens the unit's own sheet; publication its own result; other stages the year's page.
    if (notice.params?.stage === 'self') return `/assessments/${year}/self`;
    if (notice.params?.stage === 'published') return `/assessments/${year}/units/${encodeURIComponent(unitCode)}`;
    return `/assessments/${year}`;
  }
  if (notice.assignmentId && notice.kind !== 'assignment_removed') return `/assignments/${notice.assignmentId}`;
  if (notice.kind.startsWith('assignment_')) return `/units/${unitCode}`;
  if (notice.roundId) return `/units/${unitCode}`;
  return null;
}
