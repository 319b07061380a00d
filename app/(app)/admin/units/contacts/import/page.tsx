import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { XlsxUploadForm } from '@/components/forms/xlsx-upload-form';
import { previewUnitContactsImportAction } from '@/lib/units/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.contactsImport'))('title') };
}

export default async function UnitContactsImportPage() {
  await requireRoute('/admin/units/contacts/import');
  const t = await getTranslations('admin.contactsImport');
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={
          <Link href="/admin/units" className="hover:text-brand-700 hover:underline">
            {t('back')}
          </Link>
        }
        actions={
          <a href="/admin/units/contacts/export" className={buttonClass('secondary')} download>
            {t('export')}
          </a>
        }
      />
      <Card>
        <p className="mb-4 text-[13px] text-slate-600">{t('subtitle')}</p>
        <XlsxUploadForm action={previewUnitContactsImportAction} label={t('file')} hint={t('fileHint')} tooLarge={t('problems.tooLarge')} />
        <div className="mt-5 space-y-1 text-xs text-slate-500">
          <p>{t('columnsNote')}</p>
          <p>{t('exportHint')}</p>
        </div>
      </Card>
    </>
  );
}
