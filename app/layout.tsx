import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import { clientMessages } from '@/lib/i18n/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('shortName')}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
