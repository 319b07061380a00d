import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, attachments, reports } from '@/db/schema';
import { auditDenied, getCurrentUser } from '@/lib/auth/session';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { canReadReport } from '@/lib/reports/access';
import { readEvidence } from '@/lib/reports/storage';
import { canReadSelfAssessmentEvidence } from '@/lib/assessments/queries';

/** Whether the user may read what the file is evidence for. */
function mayRead(user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>, file: typeof attachments.$inferSelect): boolean {
  if (file.ownerType === 'report') {
    const owner = db
      .select({ unitId: reports.unitId, measureId: assignments.measureId })
      .from(reports)
      .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
      .where(eq(reports.id, file.ownerId))
      .get();
    return !!owner && canReadReport(user, owner);
  }
  return canReadSelfAssessmentEvidence(user, file.ownerId);
}

/**
 * Evidence download: only through here (files live outside public/), only for users who may read the
 * report it belongs to, always as an attachment and never sniffed into something else.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const id = Number((await params).id);
  const file = Number.isInteger(id) && id > 0 ? db.select().from(attachments).where(eq(attachments.id, id)).get() : undefined;
  if (!file || !mayRead(user, file)) {
    auditDenied(user, 'attachment.download', 'attachment', (await params).id.slice(0, 20));
    return new Response(null, { status: file ? 403 : 404 });
  }
  return new Response(new Uint8Array(readEvidence(file.sha256)), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'Content-Disposition': attachmentDisposition(file.originalName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
