/** The catalog key of the common grade names a rubric uses; other names are shown as written. */
export const GRADE_KEYS: Record<string, 'excellent' | 'good' | 'pass' | 'basicPass' | 'fail'> = {
  优秀: 'excellent',
  良好: 'good',
  合格: 'pass',
  基本合格: 'basicPass',
  不合格: 'fail',
};

/** A grade from the rubric in the reader's language (the rubric stores its Chinese name). */
export function gradeName(grade: string, locale: string, t: (key: string) => string): string {
  const key = GRADE_KEYS[grade];
  return locale === 'en' && key ? t(`assessment.grades.${key}`) : grade;
}
