import type { Locale } from './config';

/** Data that carries an English title shows it in the English UI; Chinese otherwise. */
export function localized(locale: Locale, zh: string, en: string | null | undefined): string {
  return locale === 'en' && en ? en : zh;
}
