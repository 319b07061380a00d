import type { AnnualReportSections } from '@/db/schema/annual-reports';
import { intToChinese } from '@/lib/i18n/numerals';
import type { YearFacts } from './queries';

/** A catalog lookup for the `annualReport.compose` messages. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface GradeLine {
  groupName: string;
  grades: { grade: string; count: number }[];
}

const MAX_ITEMS = 10;
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * The draft of a year's report, assembled from the data: achievements by the plan's tasks from the
 * approved reports' work done, shortcomings from the problems reported, next year's plans from the
 * next steps, and the statistics. The office edits it; section three is theirs to write.
 */
export function composeDraft(facts: YearFacts, t: Translate, grades: GradeLine[] | null, numerals: 'chinese' | 'latin' = 'chinese'): AnnualReportSections {
  // （一） in Chinese documents, (1) in English ones.
  const num = (n: number) => (numerals === 'chinese' ? intToChinese(n) : String(n));
  const rate = pct(facts.onTime, facts.owed);
  const measures = [
    t('intro', { year: facts.year, plan: facts.planTitle, rounds: facts.rounds, owed: facts.owed, onTime: facts.onTime, rate, assignments: facts.assignments, completed: facts.completed }),
    ...facts.tasks.flatMap((task) => [
      t('taskHeading', { n: num(task.no), title: task.title }),
      t('taskStats', { measures: task.measures, assignments: task.assignments, completed: task.completed, avg: task.avgPercent }),
      ...task.work.map((w) => t('workLine', { unit: w.unitName, code: w.measureCode, text: w.workDone })),
    ]),
  ];
  const numbered = (items: { text: string; units: string[] }[], empty: string) =>
    items.length === 0
      ? [empty]
      : items.slice(0, MAX_ITEMS).map((p, i) => t('item', { n: num(i + 1), text: p.text.replace(/[。.]$/, ''), count: p.units.length }));
  const other = [
    t('statsHeading'),
    t('statAssignments', { units: facts.units, assignments: facts.assignments, completed: facts.completed, share: pct(facts.completed, facts.assignments) }),
    t('statReports', { rounds: facts.rounds, owed: facts.owed, submitted: facts.submitted, onTime: facts.onTime, rate }),
    ...(grades === null
      ? [t('statNoAssessment', { year: facts.year })]
      : grades.map((g) => t('statGrades', { group: g.groupName, list: g.grades.map((x) => t('gradeCount', { grade: x.grade, count: x.count })).join(t('listSeparator')) }))),
  ];
  return {
    measures: measures.join('\n'),
    shortcomings: [t('shortcomingsIntro'), ...numbered(facts.problems, t('noProblems'))].join('\n'),
    responsibility: t('responsibilityPlaceholder'),
    nextYear: [t('nextYearIntro', { year: facts.year + 1 }), ...numbered(facts.nextSteps, t('noNextSteps'))].join('\n'),
    other: other.join('\n'),
  };
}
