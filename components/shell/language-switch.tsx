import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/lib/auth/actions';
import { LOCALES } from '@/lib/i18n/config';
import { cn } from '@/components/ui/cn';

const LABELS = { 'zh-CN': '中文', en: 'English' } as const;

/** 中文 / English: a form, so it works before scripts load; the choice is kept in a cookie. */
export async function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const locale = await getLocale();
  const t = await getTranslations('shell');
  return (
    <form action={setLocaleAction} className="flex items-center gap-0.5 text-[13px]" aria-label={t('language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={cn(
            'rounded px-2 py-1',
            tone === 'dark'
              ? l === locale
                ? 'bg-white/15 font-semibold text-white'
                : 'text-brand-100 hover:bg-white/10 hover:text-white'
              : l === locale
                ? 'bg-brand-50 font-semibold text-brand-700'
                : 'text-slate-500 hover:bg-slate-100 hover:text-slate-800',
          )}
        >
          {LABELS[l]}
        </button>
      ))}
    </form>
  );
}
