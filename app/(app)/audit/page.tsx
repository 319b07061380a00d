import type { Metadata } from 'next';
import { FilterInput, FilterSelect } from '@/components/ui/filter-field';
import Link from 'next/link';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { AUDIT_RESULTS } from '@/db/schema/enums';
import { parseAuditFilter } from '@/lib/audit/filter';
import { auditActionLabel, auditActionOptions, auditObjectOptions, type Translate } from '@/lib/audit/labels';
import { auditObjectKind, auditObjectViews, type AuditObjectView } from '@/lib/audit/objects';
import { REGISTERS } from '@/lib/registers';
import { requireRoute } from '@/lib/auth/gate';
import { AUDIT_PAGE_SIZE, listAuditRecords } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRoute('/audit');
  const t = await getTranslations();
  const locale = await getLocale();
  const sp = await searchParams;
  const filter = parseAuditFilter(sp);
  const query = new URLSearchParams(Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  const page = pageParam(sp.page);
  const { rows, hasNext } = listAuditRecords(filter, page);
  const actionLabel = (a: string) => auditActionLabel(a, t as unknown as Translate) ?? a;
  const messages = (await getMessages()) as unknown as { audit: { actions: Record<string, unknown> } };
  const actionOptions = auditActionOptions(messages.audit.actions, REGISTERS.map((r) => r.name), t as unknown as Translate, locale);
  // An operation typed into an older link stays selectable.
  if (filter.action && !actionOptions.some((o) => o.value === filter.action)) actionOptions.unshift({ value: filter.action, label: filter.action });
  const objectOptions = auditObjectOptions(REGISTERS.map((r) => r.name), t as unknown as Translate, locale);
  // A type with an id (report#12) from an older link stays selectable.
  if (filter.object && !objectOptions.some((o) => o.value === filter.object)) objectOptions.unshift({ value: filter.object, label: filter.object });
  // The objects of the page by name: one query per object type, not per row.
  const objectOf = auditObjectViews(rows.map((r) => r.record), t as unknown as Translate, locale);

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <>
            <a href={`/audit/export?format=xlsx${query ? `&${query}` : ''}`} className={buttonClass('secondary')} download>
              {t('audit.exportXlsx')}
            </a>
            <a href={`/audit/export?format=csv${query ? `&${query}` : ''}`} className={buttonClass('secondary')} download>
              {t('audit.exportCsv')}
            </a>
          </>
        }
      />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
          <FilterInput label={t('audit.user')} name="user" value={filter.user} className="w-40" />
          <FilterInput label={t('audit.unit')} name="unit" value={filter.unit} className="w-36" placeholder={t('review.unitHint')} />
          <FilterSelect label={t('audit.objectType')} name="object" value={filter.object} anyLabel={t('common.all')} className="w-44" options={objectOptions} />
          <FilterSelect label={t('audit.action')} name="action" value={filter.action} anyLabel={t('common.all')} className="w-56" options={actionOptions} />
          <FilterSelect label={t('audit.result')} name="result" value={filter.result} anyLabel={t('common.all')} className="w-28" options={AUDIT_RESULTS.map((r) => ({ value: r, label: t(`audit.results.${r}`) }))} />
          <FilterInput label={t('audit.from')} name="from" value={filter.from} className="w-40" type="date" />
          <FilterInput label={t('audit.to')} name="to" value={filter.to} className="w-40" type="date" />
          <button type="submit" className={buttonClass('secondary')}>
            {t('common.search')}
          </button>
          <Link href="/audit" className={buttonClass('ghost')}>
            {t('common.reset')}
          </Link>
        </form>
        {rows.length === 0 ? (
          <EmptyState>{t('audit.empty')}</EmptyState>
        ) : (
          <Table caption={t('audit.title')}>
            <thead>
              <tr>
                <Th>{t('audit.at')}</Th>
                <Th>{t('audit.user')}</Th>
                <Th>{t('audit.unit')}</Th>
                <Th>{t('audit.action')}</Th>
                <Th>{t('audit.object')}</Th>
                <Th>{t('audit.result')}</Th>
                <Th>{t('audit.ip')}</Th>
                <Th>{t('audit.detail')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ record: r, unitName }) => (
                <tr key={r.id} className="hover:bg-slate-50" data-testid="audit-row">
                  <Td className="whitespace-nowrap text-slate-600 tabular-nums">{formatDateTime(r.at, locale)}</Td>
                  <Td className="whitespace-nowrap">
                    <span className="font-mono text-[12px]">{r.username ?? '—'}</span>
                    {r.role && <span className="ml-1 text-xs text-slate-500">({t(`roles.${r.role}` as never)})</span>}
                  </Td>
                  <Td className="whitespace-nowrap">{unitName ?? '—'}</Td>
                  <Td className="whitespace-nowrap">
                    {actionLabel(r.action)}
                    <div className="font-mono text-[11px] text-slate-400">{r.action}</div>
                  </Td>
                  <Td className="min-w-40 text-[13px]" data-testid="audit-object">
                    <AuditObject view={objectOf(r)} />
                  </Td>
                  <Td>
                    <Badge tone={r.result === 'success' ? 'green' : r.result === 'denied' ? 'red' : 'yellow'}>{t(`audit.results.${r.result}`)}</Badge>
                  </Td>
                  <Td className="font-mono text-[12px] text-slate-600">{r.ip ?? '—'}</Td>
                  <Td className="max-w-md text-[12px] text-slate-600">
                    {r.detail && <div>{r.detail}</div>}
                    {(r.before != null || r.after != null) && (
                      <details>
                        <summary className="cursor-pointer text-brand-700">{t('audit.showChanges')}</summary>
                        <div className="mt-1 grid gap-2">
                          {r.before != null && (
                            <div>
                              <div className="text-slate-500">{t('audit.before')}</div>
                              <pre className="overflow-x-auto rounded bg-slate-50 p-2 whitespace-pre-wrap break-all">{JSON.stringify(r.before, null, 1)}</pre>
                            </div>
                          )}
                          {r.after != null && (
                            <div>
                              <div className="text-slate-500">{t('audit.after')}</div>
                              <pre className="overflow-x-auto rounded bg-slate-50 p-2 whitespace-pre-wrap break-all">{JSON.stringify(r.after, null, 1)}</pre>
                            </div>
                          )}
                        </div>
                      </details>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} hasNext={hasNext} params={Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))} path="/audit" />
        <p className="mt-2 text-xs text-slate-500">{t('audit.exportNote')}</p>
      </Card>
    </>
  );
}

/** An audit record's object: its name when found, with its kind and id beneath; else its kind and id. */
function AuditObject({ view }: { view: AuditObjectView | null }) {
  if (!view) return '—';
  const kind = auditObjectKind(view);
  if (!view.name) return <span data-testid="audit-object-kind">{kind}</span>;
  return (
    <>
      <div data-testid="audit-object-name">{view.name}</div>
      <div className="text-[11px] text-slate-500" data-testid="audit-object-kind">
        {kind}
      </div>
    </>
  );
}
