import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ImportSummaryCard } from '@/components/import/import-summary';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { getImportPreview } from '@/lib/import-export/jobs';
import { applyUnitContactsImportAction } from '@/lib/units/actions';
import { unitContactsImport } from '@/lib/units/contacts-import';
import { unitNames } from '@/lib/units/queries';

type Props = { params: Promise<{ jobId: string }> };

const TONES = { create: 'green', update: 'brand', unchanged: 'neutral', error: 'red' } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.contactsImport'))('preview') };
}

export default async function UnitContactsImportPreviewPage({ params }: Props) {
  const user = await requireRoute('/admin/units/contacts/import/[jobId]');
  const loaded = getImportPreview(unitContactsImport, Number((await params).jobId) || 0, user);
  if (!loaded) notFound();
  const { job, preview } = loaded;
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const locale = (await getLocale()) as Locale;
  const label = (field: string) => t(`admin.contactsImport.columns.${field}`);
  const shown = (v: unknown) => (v == null || v === '' ? t('importer.empty') : String(v));
  const message = (m: { key: string; values?: Record<string, string | number> }) => t(m.key.includes('.') ? m.key : `v.${m.key}`, m.values);
  const { summary } = preview;
  const names = unitNames(preview.rows.flatMap((r) => (r.recordId ? [r.recordId] : [])));
  const path = '/admin/units';

  return (
    <>
      <PageHeader
        title={t('admin.contactsImport.preview')}
        subtitle={t('importer.fileName', { name: job.fileName })}
        actions={
          <>
            <LinkButton href={`${path}/contacts/import`}>{t('admin.contactsImport.again')}</LinkButton>
            <LinkButton href={path}>{t('admin.contactsImport.back')}</LinkButton>
          </>
        }
      />
      <ImportSummaryCard
        summary={summary}
        creates={false}
        canApply={preview.canApply}
        pending={summary.update}
        appliedAt={job.appliedAt}
        apply={applyUnitContactsImportAction}
        jobId={job.id}
        done={job.appliedAt ? t('admin.contactsImport.done', { at: formatDateTime(job.appliedAt, locale) }) : ''}
        back={{ href: path, label: t('admin.contactsImport.back') }}
      />
      <Card>
        <Table caption={t('admin.contactsImport.preview')}>
          <thead>
            <tr>
              <Th className="w-14">{t('importer.row')}</Th>
              <Th className="w-40">{t('admin.contactsImport.columns.name')}</Th>
              <Th className="w-20">{t('importer.action')}</Th>
              <Th>{t('importer.details')}</Th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={r.rowNumber} data-testid="import-row" data-action={r.action} className={r.action === 'error' ? 'bg-red-50/50' : undefined}>
                <Td className="tabular-nums text-slate-500">{r.rowNumber}</Td>
                <Td className="whitespace-nowrap">
                  {r.recordId ? (
                    <Link href={`${path}/${r.recordId}`} className="text-brand-700 hover:underline">
                      {names.get(r.recordId)?.name}
                    </Link>
                  ) : (
                    <span className="text-slate-600">{String(job.rows[i]?.cells.code || job.rows[i]?.cells.name || '')}</span>
                  )}
                </Td>
                <Td>
                  <Badge tone={TONES[r.action]}>{t(`importer.actions.${r.action}`)}</Badge>
                </Td>
                <Td>
                  <ul className="space-y-0.5 text-[13px]">
                    {r.errors.map((e, i) => (
                      <li key={`e${i}`} className="text-red-700" data-testid="import-error">
                        {e.field ? t('admin.contactsImport.fieldProblem', { field: label(e.field), message: message(e.message) }) : message(e.message)}
                      </li>
                    ))}
                    {r.action !== 'error' &&
                      r.changes.map((c, i) => (
                        <li key={`c${i}`} className="text-slate-700">
                          {t('admin.contactsImport.change', { field: label(c.field), from: shown(c.from), to: shown(c.to) })}
                        </li>
                      ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
