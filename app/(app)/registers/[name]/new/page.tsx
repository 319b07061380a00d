import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/registers/record-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { registerActionsOf } from '@/lib/registers/action-map';
import { initialValues, recordFormFields } from '@/lib/registers/core/form';
import { registerByName } from '@/lib/registers';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = registerByName((await params).name);
  const t = await getTranslations();
  return { title: register ? `${t('registers.new')} · ${t(`registers.${register.name}.title` as never)}` : t('registers.title') };
}

export default async function NewRecordPage({ params }: Props) {
  const user = await requireRoute('/registers/[name]/new');
  const register = registerByName((await params).name);
  if (!register) notFound();
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const dateField = register.fieldsByKey.get(register.dateField)!;
  return (
    <>
      <PageHeader
        title={`${t('registers.new')} · ${t(`registers.${register.name}.title`)}`}
        subtitle={
          <Link href={`/registers/${register.name}`} className="hover:text-brand-700 hover:underline">
            {t('registers.back')}
          </Link>
        }
      />
      <Card>
        <p className="mb-4 text-[13px] text-slate-500">
          {t('registers.dateDecidesYear', { field: t(`registers.${register.name}.fields.${dateField.key}`) })}
          {!can(user.role, 'register.write.all') && ` ${t('registers.unitFixed')}`}
        </p>
        <RecordForm action={registerActionsOf(register.name).create} fields={recordFormFields(register, user)} values={initialValues(register)} submitLabel={t('registers.save')} />
      </Card>
    </>
  );
}
