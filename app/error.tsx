'use client';

import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/shell/status-page';
import { Button } from '@/components/ui/button';

/** Shown for an unexpected error; the details stay in the server log, never on the page. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <StatusPage code="500" title={t('errorTitle')} body={t('errorBody')} homeLabel={t('home')}>
      <Button variant="secondary" onClick={reset}>
        {t('retry')}
      </Button>
    </StatusPage>
  );
}
