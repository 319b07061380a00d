import 'server-only';
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { Permission } from '@/lib/auth/permissions';
import { id } from '@/lib/validation/fields';
import { XLSX_LIMITS } from '@/lib/xlsx/guard';
import { fingerprint, type ImportDefinition, type PreviewShape } from './define-import';
import { findImportJob, markImportJobApplied, previewContext, saveImportJob } from './jobs';

const fileSchema = z.instanceof(File, { message: 'importer.problems.noFile' }).refine((f) => f.size > 0, 'importer.problems.noFile');

/**
 * The two server actions of an import, to be exported from a `'use server'` actions.ts:
 * - preview (`<name>-preview`): reads the upload with the scope fields, compares it with the data,
 *   keeps the rows and the fingerprint of what the user will see as an import job, and opens it;
 * - apply (`<name>-apply`): the job's rows compared again in the write's transaction; refused
 *   when the fingerprint no longer matches or a row has an error, else applied whole and audited.
 */
export function importActions<Row, Preview extends PreviewShape, Scope extends object>(
  def: ImportDefinition<Row, Preview, Scope>,
  opts: { name: string; permission: Permission; jobPath: (jobId: number) => string; /** Where the upload's problems are worded (default importer.problems). */ problems?: string },
) {
  const preview = defineAction({
    name: `${opts.name}-preview`,
    permission: opts.permission,
    // Flat, as the form posts it: the scope's fields beside the file. (extend() cannot carry the
    // scope's type through the generic; the object parses to exactly this.)
    schema: z.object({ file: fileSchema }).extend(def.scope.shape) as unknown as z.ZodType<{ file: File } & Scope>,
    async prepare({ input }) {
      if (input.file.size > XLSX_LIMITS.maxBytes) throw new ActionError({ key: 'importer.problems.tooLarge' }, 'file');
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const read = await def.read(bytes);
      if (!read.ok) throw new ActionError({ key: `${opts.problems ?? 'importer.problems'}.${read.problem}` }, 'file');
      return { rows: read.rows, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    run({ tx, input, user, prepared, audit }) {
      const { file, ...rest } = input;
      const scope = rest as Scope;
      const refused = def.checkScope?.({ tx, scope, user });
      if (refused) throw new ActionError(refused.message, refused.field ?? undefined);
      const shown = def.preview(prepared.rows, previewContext(tx, scope, user));
      const fileName = file.name.slice(0, 200);
      const jobId = saveImportJob(tx, {
        userId: user.id,
        kind: def.kind,
        scope,
        fileName,
        fileSha256: prepared.sha256,
        rows: prepared.rows,
        fingerprint: fingerprint(prepared.sha256, shown),
      });
      audit({ objectType: 'import', objectId: jobId, after: { kind: def.kind, fileName, sha256: prepared.sha256, summary: shown.summary } });
      return { redirectTo: opts.jobPath(jobId) };
    },
  });

  const apply = defineAction({
    name: `${opts.name}-apply`,
    permission: opts.permission,
    schema: z.object({ jobId: id() }),
    async prepare() {
      return { t: (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string };
    },
    run({ tx, input, user, audit, now, prepared }) {
      const job = findImportJob<Row, Scope>(tx, def, input.jobId, user.id);
      if (!job) throw new ActionError({ key: 'notFound' });
      if (job.appliedAt) throw new ActionError({ key: 'importer.appliedTwice' });
      const ctx = previewContext(tx, job.scope, user);
      const current = def.preview(job.rows, ctx);
      if (fingerprint(job.fileSha256, current) !== job.fingerprint) throw new ActionError({ key: 'importer.stale' });
      if (!current.canApply) throw new ActionError({ key: 'importer.cannotApply' });
      const counts = def.apply({ ...ctx, tx, userId: user.id, now, audit, fileName: job.fileName, t: prepared.t }, current);
      markImportJobApplied(tx, job.id, now);
      audit({ objectType: 'import', objectId: job.id, after: { kind: def.kind, fileName: job.fileName, sha256: job.fileSha256, ...counts } });
      return { message: { key: 'importer.applied', values: counts } };
    },
  });
  return { preview, apply };
}
