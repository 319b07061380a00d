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
import { registerActionsOf } from '@/lib/registers/action-map';
import { valueFormatter } from '@/lib/registers/core/format';
import { registerImport } from '@/lib/registers/core/import';
import { registerByName } from '@/lib/registers';

type Props = { params: Promise<{ name: string; jobId: string }> };

const TONES = { create: 'green', update: 'brand', unchanged: 'neutral', error: 'red' } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registers'))('importPreview') };
}

export default async function RegisterImportPreviewPage({ params }: Props) {
  const user = await requireRoute('/registers/[name]/import/[jobId]');
  const p = await params;
  const register = registerByName(p.name);
  if (!register) notFound();
  const loaded = getImportPreview(registerImport(register), Number(p.jobId) || 0, user);
  if (!loaded) notFound();
  const { job, preview } = loaded;
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const locale = (await getLocale()) as Locale;
  const format = valueFormatter(register, t, locale);
  const label = (field: string | null) =>
    field === null ? '' : field === 'unit' ? t(`registers.${register.name}.unit`) : field === 'id' ? t('registers.recordNo') : t(`registers.${register.name}.fields.${field}`);
  const shown = (field: string, v: unknown) => {
    const f = register.fieldsByKey.get(field);
    const text = f ? format(f, v) : v == null ? '' : String(v);
    return text || t('importer.empty');
  };
  const message = (m: { key: string; values?: Record<string, string | number> }) => t(m.key.includes('.') ? m.key : `v.${m.key}`, m.values);
  const { summary } = preview;
  const pending = summary.create + summary.update;
  const path = `/registers/${register.name}`;

  return (
    <>
      <PageHeader
        title={`${t('registers.importPreview')} · ${t(`registers.${register.name}.title`)}`}
        subtitle={t('importer.fileName', { name: job.fileName })}
        actions={
          <>
            <LinkButton href={`${path}/import`}>{t('registers.importAgain')}</LinkButton>
            <LinkButton href={path}>{t('registers.back')}</LinkButton>
          </>
        }
      />
      <ImportSummaryCard
        summary={summary}
        creates
        canApply={preview.canApply}
        pending={pending}
        appliedAt={job.appliedAt}
        apply={registerActionsOf(register.name).applyImport}
        jobId={job.id}
        done={job.appliedAt ? t('registers.importDone', { at: formatDateTime(job.appliedAt, locale) }) : ''}
        back={{ href: path, label: t('registers.back') }}
      />
      <Card>
        <Table caption={t('registers.importPreview')}>
          <thead>
            <tr>
              <Th className="w-14">{t('importer.row')}</Th>
              <Th className="w-20">{t('importer.action')}</Th>
              <Th>{t('importer.details')}</Th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.rowNumber} data-testid="import-row" data-action={r.action} className={r.action === 'error' ? 'bg-red-50/50' : undefined}>
                <Td className="tabular-nums text-slate-500">{r.rowNumber}</Td>
                <Td>
                  <Badge tone={TONES[r.action]}>{t(`importer.actions.${r.action}`)}</Badge>
                  {r.recordId && (
                    <Link href={`${path}/${r.recordId}`} className="ml-1 text-xs text-brand-700 hover:underline">
                      #{r.recordId}
                    </Link>
                  )}
                </Td>
                <Td>
                  <ul className="space-y-0.5 text-[13px]">
                    {r.errors.map((e, i) => (
                      <li key={`e${i}`} className="text-red-700" data-testid="import-error">
                        {e.field ? t('registers.fieldProblem', { field: label(e.field), message: message(e.message) }) : message(e.message)}
                      </li>
                    ))}
                    {r.action !== 'error' &&
                      r.changes.map((c, i) => (
                        <li key={`c${i}`} className="text-slate-700">
                          {t('registers.change', { field: label(c.field), from: shown(c.field, c.from), to: shown(c.field, c.to) })}
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
