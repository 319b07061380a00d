import { RecordDenied, defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { attachmentAccess, getAttachment } from '@/lib/reports/access';
import { readEvidence } from '@/lib/reports/storage';

/**
 * Evidence download: only through here (files live outside public/), only for users who may read
 * what it is evidence for, always as an attachment and never sniffed into something else.
 */
export const GET = defineRoute<{ id: string }>('/api/attachments/[id]', ({ user, params }) => {
  const file = getAttachment(Number(params.id));
  if (!file) throw new RecordDenied('attachment', params.id);
  if (!attachmentAccess(user, file)) throw new RecordDenied('attachment', file.id);
  return new Response(new Uint8Array(readEvidence(file.sha256)), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'Content-Disposition': attachmentDisposition(file.originalName),
    },
  });
});
