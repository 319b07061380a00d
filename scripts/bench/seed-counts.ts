/** Tables whose row counts the generator and the benchmark report. */
export const COUNTED_TABLES = [
  'units',
  'users',
  'measures',
  'assignments',
  'rounds',
  'reports',
  'report_versions',
  'report_reviews',
  'notices',
  'audit_log',
  'rubrics',
  'assessments',
  'assessment_units',
  'self_assessments',
  'user_sessions',
  'normative_documents',
  'cleanup_items',
  'legal_work',
  'major_decisions',
  'reconsideration_cases',
  'litigation_cases',
] as const;

export function countRows(sqlite: { prepare(sql: string): { get(): unknown } }): Record<string, number> {
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
}
