import zhBase from '@/messages/zh-CN.json';
import enBase from '@/messages/en.json';
import zhAssessment from '@/messages/zh-CN/assessment.json';
import enAssessment from '@/messages/en/assessment.json';
import type { Locale } from './config';

// One base catalog per language, plus one file per large feature (disjoint top-level namespaces).
const zhCN = { ...zhBase, ...zhAssessment };
const en = { ...enBase, ...enAssessment };

export type Messages = typeof zhCN;

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}
