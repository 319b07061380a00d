import { fileTypeFromBuffer } from 'file-type';

/** The kinds of evidence attachment a report may carry. */
export const EVIDENCE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Per file and per report. */
export const EVIDENCE_LIMITS = { maxBytes: 20 * 1024 * 1024, maxFiles: 10 } as const;

/** The MIME type served for each evidence type. */
export const MIME: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

export type FileProblem = 'tooLarge' | 'empty' | 'typeNotAllowed' | 'typeMismatch';

const DETECTED: ReadonlySet<string> = new Set<EvidenceType>(['pdf', 'docx', 'xlsx', 'jpg', 'png']);

/**
 * The evidence type of a file's bytes, or null when it is none of them.
 * pdf, png, jpg, docx and xlsx come from `file-type` (macro-enabled docm/xlsm are not docx/xlsx);
 * legacy doc and xls are OLE compound files told apart by their root streams
 * (`WordDocument` → doc; `Workbook` or `Book` → xls; both or neither → null).
 */
export async function sniffEvidenceType(bytes: Uint8Array): Promise<EvidenceType | null> {
  if (bytes.length === 0) return null;
  let ext: string | undefined;
  try {
    ext = (await fileTypeFromBuffer(bytes))?.ext;
  } catch {
    // A parser choking on malformed content means it is no file we accept.
    return null;
  }
  if (ext === 'cfb') return oleEvidenceType(bytes);
  return ext !== undefined && DETECTED.has(ext) ? (ext as EvidenceType) : null;
}

/**
 * Checks one upload: size, content type, and that the name's extension agrees with the content
 * (a .pdf that is really a .png or an .exe is refused).
 *
 * In order: no bytes → empty; over `EVIDENCE_LIMITS.maxBytes` (exactly the limit is fine) → tooLarge;
 * content none of the evidence types → typeNotAllowed; otherwise the extension (case-insensitive,
 * .jpeg counts as jpg) must name the content's type, else typeMismatch — including names with no
 * extension or one that is not allowed. The per-report file count is the caller's check.
 */
export async function checkEvidenceFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ ok: true; type: EvidenceType; mime: string } | { ok: false; problem: FileProblem }> {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > EVIDENCE_LIMITS.maxBytes) return { ok: false, problem: 'tooLarge' };
  const type = await sniffEvidenceType(bytes);
  if (type === null) return { ok: false, problem: 'typeNotAllowed' };
  if (extensionType(name) !== type) return { ok: false, problem: 'typeMismatch' };
  return { ok: true, type, mime: MIME[type] };
}

function extensionType(name: string): EvidenceType | null {
  const trimmed = name.trim();
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = trimmed.slice(dot + 1).toLowerCase();
  const normalized = ext === 'jpeg' ? 'jpg' : ext;
  return (EVIDENCE_TYPES as readonly string[]).includes(normalized) ? (normalized as EvidenceType) : null;
}

function oleEvidenceType(bytes: Uint8Array): 'doc' | 'xls' | null {
  const names = oleRootStreamNames(bytes);
  if (names === null) return null;
  // Stream names compare case-insensitively, as in the format (some writers use "WORKBOOK").
  const isDoc = names.has('worddocument');
  const isXls = names.has('workbook') || names.has('book');
  if (isDoc === isXls) return null;
  return isDoc ? 'doc' : 'xls';
}

const MAX_REG_SECT = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const DIR_ENTRY = 128;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

/**
 * Lower-cased names of the streams directly under the root of an OLE compound file (MS-CFB), or null
 * when the structure is unreadable. Only the root level counts: a Word file embedding a workbook holds
 * a nested `Workbook` stream, and scanning the bytes for names would misread it (or text in the body).
 */
function oleRootStreamNames(bytes: Uint8Array): Set<string> | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number): number | null => (offset + 4 <= bytes.length ? view.getUint32(offset, true) : null);

  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  // Any chain longer than the file has sectors is a loop.
  const maxSectors = Math.ceil(bytes.length / sectorSize);
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(76 + i * 4);
    if (s !== null && s <= MAX_REG_SECT) fatSectors.push(s);
  }
  let difat = u32(68);
  for (let hops = 0; difat !== null && difat <= MAX_REG_SECT; hops++) {
    if (hops > maxSectors) return null;
    const base = sectorOffset(difat);
    for (let i = 0; i < perSector - 1; i++) {
      const s = u32(base + i * 4);
      if (s !== null && s <= MAX_REG_SECT) fatSectors.push(s);
    }
    difat = u32(base + (perSector - 1) * 4);
  }
  const next = (sector: number): number | null => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    return fat === undefined ? null : u32(sectorOffset(fat) + (sector % perSector) * 4);
  };

  const entries: number[] = [];
  let dir = u32(48);
  for (let hops = 0; dir !== END_OF_CHAIN; hops++) {
    if (dir === null || dir > MAX_REG_SECT || hops > maxSectors) return null;
    for (let o = sectorOffset(dir); o < sectorOffset(dir) + sectorSize; o += DIR_ENTRY) {
      if (o + DIR_ENTRY <= bytes.length) entries.push(o);
    }
    dir = next(dir);
  }
  const root = entries[0];
  if (root === undefined || bytes[root + 66] !== TYPE_ROOT) return null;

  const names = new Set<string>();
  const seen = new Set<number>();
  const stack = [u32(root + 76)];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === null || id === undefined || id === NO_STREAM || id >= entries.length || seen.has(id)) continue;
    seen.add(id);
    const o = entries[id];
    if (o === undefined) continue;
    const nameBytes = view.getUint16(o + 64, true);
    if (bytes[o + 66] === TYPE_STREAM && nameBytes >= 2 && nameBytes <= 64 && nameBytes % 2 === 0) {
      names.add(new TextDecoder('utf-16le').decode(bytes.subarray(o, o + nameBytes - 2)).toLowerCase());
    }
    // Siblings share the level; children (via +76) are inside a storage and do not count.
    stack.push(u32(o + 68), u32(o + 72));
  }
  return names;
}
