import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { XlsxUploadForm } from '@/components/forms/xlsx-upload-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { registerActionsOf } from '@/lib/registers/action-map';
import { registerByName } from '@/lib/registers';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = registerByName((await params).name);
  const t = await getTranslations();
  return { title: register ? t('registers.importTitle', { register: t(`registers.${register.name}.title` as never) }) : t('registers.title') };
}

export default async function RegisterImportPage({ params }: Props) {
  await requireRoute('/registers/[name]/import');
  const register = registerByName((await params).name);
  if (!register) notFound();
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const label = (key: string) => (key === 'unit' ? t(`registers.${register.name}.unit`) : t(`registers.${register.name}.fields.${key}`));
  const required = ['unit', ...register.fields.filter((f) => f.required && f.type !== 'bool').map((f) => f.key)];
  return (
    <>
      <PageHeader
        title={t('registers.importTitle', { register: t(`registers.${register.name}.title`) })}
        subtitle={
          <Link href={`/registers/${register.name}`} className="hover:text-brand-700 hover:underline">
            {t('registers.back')}
          </Link>
        }
      />
      <Card>
        <p className="mb-4 text-[13px] text-slate-600">{t('registers.importSubtitle')}</p>
        <XlsxUploadForm
          action={registerActionsOf(register.name).previewImport}
          label={t('registers.importFile')}
          hint={t('registers.importHint')}
          tooLarge={t('registers.importProblems.tooLarge')}
        />
        <div className="mt-5 space-y-1 text-xs text-slate-500">
          <p>{t('registers.importRequired', { list: required.map(label).join('、') })}</p>
          <p>{t('registers.importColumns', { list: [t('registers.recordNo'), ...['unit', ...register.fields.map((f) => f.key)].map(label)].join('、') })}</p>
        </div>
      </Card>
    </>
  );
}
