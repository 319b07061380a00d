import zhBase from '@/messages/zh-CN.json';
import enBase from '@/messages/en.json';
import zhAssessment from '@/messages/zh-CN/assessment.json';
import enAssessment from '@/messages/en/assessment.json';
import zhRegisters from '@/messages/zh-CN/registers.json';
import enRegisters from '@/messages/en/registers.json';
import type { Locale } from './config';

// One base catalog per language, plus one file per large feature (disjoint top-level namespaces).
const zhCN = { ...zhBase, ...zhAssessment, ...zhRegisters };
const en = { ...enBase, ...enAssessment, ...enRegisters };

export type Messages = typeof zhCN;

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

/**
 * The namespaces client components translate with (`useTranslations`). Only these are sent to the
 * browser: the whole catalog would be ~30 KB in every page's payload. messages.test.ts fails when a
 * client component uses a namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  'account',
  'admin',
  'annualReport',
  'assessment',
  'assignmentRoles',
  'auth',
  'board',
  'common',
  'errors',
  'extensions',
  'groups',
  'importer',
  'measure',
  'plan',
  'plans',
  'registers',
  'reports',
  'review',
  'roles',
  'rounds',
  'rubric',
  'settings',
  'unitKinds',
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Partial<Messages> {
  const all = catalogs[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]]));
}
