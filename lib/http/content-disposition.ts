/**
 * `Content-Disposition: attachment` for any file name: an ASCII fallback for old clients and the
 * exact UTF-8 name (RFC 6266 / 5987) for the rest, so Chinese names survive.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
