import 'server-only';
import { getAssessment, getResults } from '@/lib/assessments/queries';
import { gradeDistribution } from '@/lib/assessments/results';
import type { Group } from '@/lib/scoring/groups';
import type { GradeLine } from './compose';

/**
 * The year's published assessment grades per group, for the report's statistics; null while no
 * assessment of the year is published.
 */
export function assessmentGrades(year: number, groupName: (group: Group) => string, gradeName: (grade: string) => string = (g) => g): GradeLine[] | null {
  const assessment = getAssessment(year);
  if (!assessment || assessment.stage !== 'published') return null;
  const data = getResults(assessment);
  if (!data) return null;
  return gradeDistribution(data.rubric, data.results).map((d) => ({
    groupName: groupName(d.group),
    grades: d.grades.map((g) => ({ grade: gradeName(g.grade), count: g.count })),
  }));
}
