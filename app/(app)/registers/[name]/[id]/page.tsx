import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { ArchiveForm } from '@/components/registers/archive-form';
import { RecordFlag } from '@/components/registers/record-flag';
import { RecordForm } from '@/components/registers/record-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { loadOr403, requireRoute } from '@/lib/auth/gate';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { registerActionsOf } from '@/lib/registers/action-map';
import { mayWriteRecord, recordAccess } from '@/lib/registers/core/access';
import { recordFormFields } from '@/lib/registers/core/form';
import { fieldLabel, valueFormatter } from '@/lib/registers/core/format';
import { getRecord, recordHistory, redactRecord } from '@/lib/registers/core/queries';
import { shanghaiToday } from '@/lib/registers/core/rules';
import { recordObjectType } from '@/lib/registers/core/write';
import { registerSettings } from '@/lib/registers/settings';
import { registerByName } from '@/lib/registers';

type Props = { params: Promise<{ name: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = registerByName((await params).name);
  const t = await getTranslations();
  return { title: register ? t('registers.recordOf', { register: t(`registers.${register.name}.title` as never) }) : t('registers.title') };
}

export default async function RecordPage({ params, searchParams }: Props) {
  const user = await requireRoute('/registers/[name]/[id]');
  const p = await params;
  const register = registerByName(p.name);
  if (!register) notFound();
  const id = Number(p.id) || 0;
  const { record: stored } = loadOr403(user, { load: () => getRecord(register, id), access: (r) => recordAccess(user, r), type: recordObjectType(register), id });
  const record = redactRecord(user, register, stored);
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const locale = (await getLocale()) as Locale;
  const format = valueFormatter(register, t, locale);
  const actions = registerActionsOf(register.name);
  const writable = mayWriteRecord(user, record);
  const active = record.status === 'active';
  const history = recordHistory(user, register, record);
  // The form shows what is stored; withheld personal fields are never sent to a user who may not see them.
  const values = { ...Object.fromEntries(register.fields.map((f) => [f.key, record[f.key]])), unit: record.unitName };

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {register.describe(record)}
            <RecordFlag register={register} row={record} settings={registerSettings()} today={shanghaiToday()} t={t} />
            {!active && <Badge tone="neutral">{t('registers.archivedBadge')}</Badge>}
          </span>
        }
        subtitle={
          <Link href={`/registers/${register.name}`} className="hover:text-brand-700 hover:underline">
            {t(`registers.${register.name}.title`)} · {t('registers.back')}
          </Link>
        }
      />
      {(await searchParams).saved && (
        <Alert tone="success" className="mb-4">
          {t('registers.savedNew')}
        </Alert>
      )}
      {!active && record.archivedReason && (
        <Alert tone="warning" className="mb-4">
          {t('registers.archivedBecause', { reason: String(record.archivedReason) })}
        </Alert>
      )}
      <div className="grid gap-5 xl:grid-cols-3">
        <Card title={writable && active ? t('registers.edit') : t('registers.records')} className="xl:col-span-2">
          {writable && active ? (
            <RecordForm action={actions.update} fields={recordFormFields(register, user).filter((f) => !record.withheld.includes(f.name))} values={values} keys={{ id: record.id, version: record.version }} submitLabel={t('registers.save')} />
          ) : (
            <dl className="grid gap-x-6 gap-y-3 text-[13px] sm:grid-cols-2" data-testid="record-fields">
              <div>
                <dt className="text-slate-500">{t(`registers.${register.name}.unit`)}</dt>
                <dd className="mt-0.5 text-slate-900">{record.unitName}</dd>
              </div>
              {register.fields.map((f) => (
                <div key={f.key}>
                  <dt className="text-slate-500">{fieldLabel(register, f, t)}</dt>
                  <dd className="mt-0.5 whitespace-pre-line wrap-anywhere text-slate-900" title={record.withheld.includes(f.key) ? t('registers.withheldHint') : undefined}>
                    {format(f, record[f.key], record.withheld.includes(f.key)) || '—'}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
        <div className="space-y-5">
          {writable && (
            <Card title={active ? t('registers.archive') : t('registers.restore')}>
              {active ? (
                <ArchiveForm action={actions.archive} id={record.id} version={record.version} />
              ) : (
                <ActionButton action={actions.restore} fields={{ id: record.id, version: record.version }}>
                  {t('registers.restore')}
                </ActionButton>
              )}
            </Card>
          )}
          <Card title={t('registers.history')}>
            {history.length === 0 ? (
              <EmptyState>{t('registers.historyEmpty')}</EmptyState>
            ) : (
              <ol className="space-y-3 text-[13px]" data-testid="record-history">
                {history.map((v) => (
                  <li key={`${v.version}-${v.change}`} className="border-l-2 border-slate-200 pl-3">
                    <div className="font-medium text-slate-900">
                      {t(`registers.changes.${v.change}`)} · {t('registers.version', { version: v.version })}
                    </div>
                    <div className="text-xs text-slate-500">{t('registers.by', { name: v.by ?? '—', at: formatDateTime(v.at, locale) })}</div>
                    {v.reason && <div className="mt-0.5 wrap-anywhere text-slate-600">{v.reason}</div>}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
