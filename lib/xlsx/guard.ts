import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';

/** Upload size, data rows read, and how large a workbook may be once inflated. */
export const XLSX_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 5000, maxInflatedBytes: 200 * 1024 * 1024 };

export type XlsxLimits = typeof XLSX_LIMITS;

/** Why an upload was refused before (or while) its rows were read; each has a message under `importer.problems`. */
export type WorkbookProblem = 'notXlsx' | 'empty' | 'noHeader' | 'tooLarge' | 'tooLargeInflated' | 'tooManyRows';

/**
 * How large a zip archive is once inflated, up to `max`: its entries are inflated and counted chunk
 * by chunk (the sizes an archive declares can lie) and dropped as they come, so a zip bomb costs at
 * most `max` bytes of work and no memory to find out.
 */
export function inflatedSize(data: Uint8Array, max: number): 'within' | 'over' | 'malformed' {
  let total = 0;
  // Set from the callbacks: an object, so that TypeScript does not narrow it to its first value.
  const seen: { outcome: 'within' | 'over' | 'malformed' } = { outcome: 'within' };
  const unzip = new Unzip((entry) => {
    if (seen.outcome !== 'within') return; // not inflated at all
    entry.ondata = (error, chunk) => {
      if (seen.outcome !== 'within') return;
      total += chunk?.length ?? 0;
      if (error) seen.outcome = 'malformed';
      else if (total > max) seen.outcome = 'over';
      if (seen.outcome !== 'within') entry.terminate();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch {
    return seen.outcome === 'over' ? 'over' : 'malformed';
  }
  return seen.outcome;
}

function hasZipSignature(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Opens uploaded .xlsx bytes behind the guards, in order: size, zip signature, inflated size (a zip
 * bomb is refused before the xlsx library inflates it), then the workbook itself. Any other zip (a
 * .docx, a plain archive) opens as a workbook without sheets and is refused as not a workbook.
 */
export async function openWorkbook(
  data: Uint8Array,
  limits: Pick<XlsxLimits, 'maxBytes' | 'maxInflatedBytes'> = XLSX_LIMITS,
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: WorkbookProblem }> {
  if (data.byteLength > limits.maxBytes) return { ok: false, problem: 'tooLarge' };
  if (!hasZipSignature(data)) return { ok: false, problem: 'notXlsx' };
  const inflated = inflatedSize(data, limits.maxInflatedBytes);
  if (inflated !== 'within') return { ok: false, problem: inflated === 'over' ? 'tooLargeInflated' : 'notXlsx' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return { ok: false, problem: 'notXlsx' };
  }
  if (workbook.worksheets.length === 0) return { ok: false, problem: 'notXlsx' };
  return { ok: true, workbook };
}
