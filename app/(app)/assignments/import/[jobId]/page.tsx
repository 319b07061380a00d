import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { applyImportAction } from '@/lib/import-export/actions';
import { assignmentImport } from '@/lib/import-export/assignment-import';
import type { FieldChange, RowError, RowWarning } from '@/lib/import-export/import-diff';
import { getImportPreview } from '@/lib/import-export/jobs';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('importer'))('preview') };
}

const TONES = { create: 'green', update: 'brand', unchanged: 'neutral', error: 'red' } as const;

export default async function ImportPreviewPage({ params }: { params: Promise<{ jobId: string }> }) {
  const user = await requireRoute('/assignments/import/[jobId]');
  // Shown as it would apply now; apply itself checks again inside its transaction.
  const loaded = getImportPreview(assignmentImport, Number((await params).jobId) || 0, user);
  if (!loaded) notFound();
  const { job, preview } = loaded;
  const t = await getTranslations('importer');
  const tc = await getTranslations();
  const locale = await getLocale();
  const { summary } = preview;
  const pending = summary.create + summary.update;
  const empty = (v: string | number | null) => (v === null || v === '' ? t('empty') : String(v));

  const change = (c: FieldChange) => {
    switch (c.kind) {
      case 'task':
        return t('changes.task', { from: empty(c.from), to: c.to });
      case 'title':
        return t('changes.title', { from: empty(c.from), to: c.to });
      case 'timeframe':
        return t('changes.timeframe', { from: empty(c.from), to: empty(c.to) });
      case 'dueDate':
        return t('changes.dueDate', { from: empty(c.from), to: c.to });
      case 'addUnit':
        return t('changes.addUnit', { role: c.role, unit: c.unitName });
      case 'changeRole':
        return t('changes.changeRole', { unit: c.unitName, from: c.from, to: c.to });
      case 'removeUnit':
        return t('changes.removeUnit', { role: c.role, unit: c.unitName, archive: c.archive ? 'yes' : 'no' });
    }
  };
  const error = (e: RowError) => {
    switch (e.kind) {
      case 'unknownUnit':
        return `${t('errors.unknownUnit', { input: e.input })}${e.suggestions.length ? ` ${t('errors.suggest', { list: e.suggestions.join('、') })}` : ''}`;
      case 'duplicateCode':
        return t('errors.duplicateCode', { code: e.code, firstRow: e.firstRow });
      case 'unitTwice':
        return t('errors.unitTwice', { unit: e.unitName });
      case 'archivedCode':
        return t('errors.archivedCode', { code: e.code });
      default:
        return t(`errors.${e.kind}`);
    }
  };
  const warning = (w: RowWarning) => {
    switch (w.kind) {
      case 'inactiveUnit':
        return t('warnings.inactiveUnit', { unit: w.unitName });
      case 'newTask':
        return t('warnings.newTask', { no: w.no, title: w.title });
      default:
        return t('warnings.noLead');
    }
  };

  return (
    <>
      <PageHeader
        title={t('preview')}
        subtitle={t('fileName', { name: job.fileName })}
        actions={
          <>
            <LinkButton href="/assignments/import">{t('reupload')}</LinkButton>
            <LinkButton href="/assignments">{tc('common.back')}</LinkButton>
          </>
        }
      />
      <Card className="mb-5">
        <div className="flex flex-wrap items-center gap-3" data-testid="import-summary">
          <Badge tone="green">{t('summaryCreate', { count: summary.create })}</Badge>
          <Badge tone="brand">{t('summaryUpdate', { count: summary.update })}</Badge>
          <Badge tone="neutral">{t('summaryUnchanged', { count: summary.unchanged })}</Badge>
          <Badge tone="red">{t('summaryError', { count: summary.error })}</Badge>
          {preview.newTasks.length > 0 && (
            <span className="text-[13px] text-slate-600">{t('newTasks', { list: preview.newTasks.map((nt) => `${nt.no} ${nt.title}`).join('、') })}</span>
          )}
          <span className="ml-auto">
            {job.appliedAt ? null : preview.canApply && pending > 0 ? (
              <ActionButton action={applyImportAction} fields={{ jobId: job.id }} variant="primary" size="md">
                {t('apply')}
              </ActionButton>
            ) : null}
          </span>
        </div>
        <div className="mt-3">
          {job.appliedAt ? (
            <Alert tone="success">
              {t('alreadyApplied', { at: formatDateTime(job.appliedAt, locale) })}{' '}
              <Link href="/plan" className="underline">
                {tc('nav.plan')}
              </Link>
            </Alert>
          ) : !preview.canApply ? (
            <Alert tone="error">{t('cannotApply')}</Alert>
          ) : pending === 0 ? (
            <Alert tone="info">{t('nothingToApply')}</Alert>
          ) : null}
        </div>
      </Card>
      <Card>
        <Table caption={t('preview')}>
          <thead>
            <tr>
              <Th className="w-14">{t('row')}</Th>
              <Th className="w-16">{t('code')}</Th>
              <Th>{t('measure')}</Th>
              <Th className="w-20">{t('action')}</Th>
              <Th className="w-[40%]">{t('details')}</Th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.rowNumber} data-testid="import-row" data-action={r.action} className={r.action === 'error' ? 'bg-red-50/50' : undefined}>
                <Td className="tabular-nums text-slate-500">{r.rowNumber}</Td>
                <Td className="tabular-nums">{r.code ?? '—'}</Td>
                <Td>{r.title || <span className="text-slate-400">{t('empty')}</span>}</Td>
                <Td>
                  <Badge tone={TONES[r.action]}>{t(`actions.${r.action}`)}</Badge>
                </Td>
                <Td>
                  <ul className="space-y-0.5 text-[13px]">
                    {r.errors.map((e, i) => (
                      <li key={`e${i}`} className="text-red-700" data-testid="import-error">
                        {error(e)}
                      </li>
                    ))}
                    {r.warnings.map((w, i) => (
                      <li key={`w${i}`} className="text-amber-700">
                        {warning(w)}
                      </li>
                    ))}
                    {r.changes.map((c, i) => (
                      <li key={`c${i}`} className="text-slate-700">
                        {change(c)}
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
