import { useLocale, useTranslations } from 'next-intl';
import type { Notice } from '@/db/schema';
import { formatDateTime, formatDay } from '@/lib/i18n/format';

/** A notice's message in the reader's language, from its kind and parameters. */
export function NoticeText({ notice }: { notice: Pick<Notice, 'kind' | 'params'> }) {
  const t = useTranslations('notices.kinds');
  const tStage = useTranslations('assessment.stages');
  const locale = useLocale();
  const params = { ...notice.params };
  // Dates travel as ISO strings and days as YYYY-MM-DD, so each reader sees them in their own format.
  if (typeof params.deadline === 'string') params.deadline = formatDateTime(new Date(params.deadline), locale);
  if (typeof params.due === 'string') params.due = formatDay(params.due, locale);
  // An assessment's stage travels as its key (self, published) and reads in the reader's language.
  if (notice.kind === 'assessment_stage' && typeof params.stage === 'string' && tStage.has(params.stage as never)) params.stage = tStage(params.stage as never);
  const key = notice.kind as never;
  return <>{t.has(key) ? t(key, params as never) : notice.kind}</>;
}
