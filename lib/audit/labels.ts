/**
 * The name of an audit operation in the reader's language. Catalog keys cannot contain dots
 * (next-intl's separator), so `user.create` is `audit.actions.user_create`. A register's operations
 * (`register.litigation.create`, `register.documents.import-apply`) are named from the verb and the
 * register's title, so a new register needs no new audit labels.
 */
export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

const REGISTER_ACTION = /^register\.([a-z-]+)\.(create|update|archive|restore|export|import-preview|import-apply)$/;

export function auditActionLabel(action: string, t: Translate): string | null {
  const key = `audit.actions.${action.replaceAll('.', '_')}`;
  if (t.has(key)) return t(key);
  const m = REGISTER_ACTION.exec(action);
  if (m && t.has(`registers.${m[1]}.title`) && t.has(`audit.registerActions.${m[2]}`)) return t(`audit.registerActions.${m[2]}`, { register: t(`registers.${m[1]}.title`) });
  return null;
}

const REGISTER_VERBS = ['create', 'update', 'archive', 'restore', 'export', 'import-preview', 'import-apply'] as const;

/**
 * Every operation the audit filter offers, named and in the reader's order: those the catalog names,
 * and each register's operations. `labelled` is the catalog's `audit.actions` (keys with `_` for `.`).
 */
export function auditActionOptions(labelled: Record<string, unknown>, registers: readonly string[], t: Translate, locale: string) {
  const names = [...Object.keys(labelled).map((k) => k.replaceAll('_', '.')), ...registers.flatMap((r) => REGISTER_VERBS.map((v) => `register.${r}.${v}`))];
  return names
    .map((value) => ({ value, label: auditActionLabel(value, t) ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * The object types the app records (besides each register's records, `register.<name>`). `job`,
 * `copyFromPlan` and `assessment_unit` come from refused calls (the id a form sent); `register` from a
 * refused register write. A test fails when the code records a type missing here or without a name in both languages.
 */
export const AUDIT_OBJECT_TYPES = [
  'user',
  'account-proposal',
  'unit',
  'plan',
  'copyFromPlan',
  'task',
  'measure',
  'assignment',
  'duty',
  'unit_list',
  'unit_alias',
  'round',
  'report',
  'attachment',
  'extension',
  'notice',
  'assessment',
  'assessment_unit',
  'score_sheet',
  'self_assessment',
  'rubric',
  'annual-report',
  'import',
  'job',
  'settings',
  'register',
  'register.settings',
  'register.campaign',
] as const;

const REGISTER_OBJECT = /^register\.([a-z-]+)$/;

/** The kind of an audit record's object in the reader's language (报告, 用户, 行政应诉记录 …); null when the catalog has none. */
export function auditObjectLabel(objectType: string, t: Translate): string | null {
  const key = `audit.objects.${objectType.replaceAll('.', '_')}`;
  if (t.has(key)) return t(key);
  const m = REGISTER_OBJECT.exec(objectType);
  if (m && t.has(`registers.${m[1]}.title`)) return t('audit.objectRegister', { register: t(`registers.${m[1]}.title`) });
  return null;
}

/** Every object type the filter offers, by its name, in the reader's order (each register's records included). */
export function auditObjectOptions(registers: readonly string[], t: Translate, locale: string) {
  return [...AUDIT_OBJECT_TYPES, ...registers.map((r) => `register.${r}`)]
    .map((value) => ({ value, label: auditObjectLabel(value, t) ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
