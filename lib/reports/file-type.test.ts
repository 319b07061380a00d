import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { EVIDENCE_LIMITS, MIME, checkEvidenceFile, sniffEvidenceType } from './file-type';

const ascii = (s: string) => new TextEncoder().encode(s);

const PDF = ascii(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// A real 1×1 transparent PNG.
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41,
  0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49,
  0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

// JPEG SOI, a JFIF APP0 segment, EOI.
const JPG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xd9,
]);

// The start of a Windows executable (DOS header and stub).
const EXE = new Uint8Array(128);
EXE.set(ascii('MZ'), 0);
EXE.set(ascii('This program cannot be run in DOS mode.'), 0x4e);

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive with stored (uncompressed) entries, local headers, central directory and end record. */
function storedZip(files: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = ascii(name);
    const data = ascii(content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(12, 0x21, true); // 1980-01-01
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const DOCX = storedZip({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:body><w:p><w:r><w:t>法治政府建设</w:t></w:r></w:p></w:body></w:document>',
});

const PLAIN_ZIP = storedZip({ 'notes.txt': 'not an office file' });

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('进度').addRow(['措施', '完成']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type OleEntry = { name: string; type: 1 | 2 | 5; left?: number; right?: number; child?: number };

const NONE = 0xffffffff;

/**
 * A minimal OLE compound file (version 3, 512-byte sectors): header, one FAT sector (sector 0),
 * the directory in sectors 1.. (4 entries each, chained through the FAT), then `tail` as data.
 */
function ole(entries: OleEntry[], tail: Uint8Array = new Uint8Array(0)): Uint8Array {
  const dirSectors = Math.ceil(entries.length / 4);
  const out = new Uint8Array(512 * (2 + dirSectors) + tail.length);
  const v = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  v.setUint16(24, 0x3e, true);
  v.setUint16(26, 3, true);
  v.setUint16(28, 0xfffe, true);
  v.setUint16(30, 9, true);
  v.setUint16(32, 6, true);
  v.setUint32(44, 1, true); // one FAT sector
  v.setUint32(48, 1, true); // directory starts at sector 1
  v.setUint32(56, 0x1000, true);
  v.setUint32(60, 0xfffffffe, true);
  v.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) v.setUint32(76 + i * 4, i === 0 ? 0 : NONE, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, NONE, true);
  v.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT itself
  for (let s = 1; s <= dirSectors; s++) v.setUint32(fat + s * 4, s === dirSectors ? 0xfffffffe : s + 1, true);
  entries.forEach((entry, i) => {
    const o = 1024 + i * 128;
    for (let k = 0; k < entry.name.length; k++) v.setUint16(o + k * 2, entry.name.charCodeAt(k), true);
    v.setUint16(o + 64, (entry.name.length + 1) * 2, true);
    out[o + 66] = entry.type;
    out[o + 67] = 1;
    v.setUint32(o + 68, entry.left ?? NONE, true);
    v.setUint32(o + 72, entry.right ?? NONE, true);
    v.setUint32(o + 76, entry.child ?? NONE, true);
  });
  out.set(tail, 512 * (2 + dirSectors));
  return out;
}

/** The root holding the given streams as siblings. */
const oleWith = (...streams: string[]) =>
  ole([
    { name: 'Root Entry', type: 5, child: 1 },
    ...streams.map((name, i) => ({ name, type: 2 as const, right: i + 1 < streams.length ? i + 2 : NONE })),
  ]);

const utf16le = (s: string) => new Uint8Array([...s].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));

const DOC = oleWith('\u0001CompObj', 'WordDocument', '1Table', '\u0005SummaryInformation');
const XLS = oleWith('Workbook', '\u0005SummaryInformation');

describe('sniffEvidenceType', () => {
  it('recognises each allowed type from real minimal files', async () => {
    expect(await sniffEvidenceType(PDF)).toBe('pdf');
    expect(await sniffEvidenceType(PNG)).toBe('png');
    expect(await sniffEvidenceType(JPG)).toBe('jpg');
    expect(await sniffEvidenceType(DOCX)).toBe('docx');
    expect(await sniffEvidenceType(await xlsx())).toBe('xlsx');
    expect(await sniffEvidenceType(DOC)).toBe('doc');
    expect(await sniffEvidenceType(XLS)).toBe('xls');
  });

  it('recognises BIFF5 "Book" and upper-case "WORKBOOK" as xls', async () => {
    expect(await sniffEvidenceType(oleWith('Book'))).toBe('xls');
    expect(await sniffEvidenceType(oleWith('WORKBOOK'))).toBe('xls');
  });

  it('follows a directory spread over several sectors and ignores streams nested in a storage', async () => {
    // An xls embedding a Word document: WordDocument sits inside the MBD storage, Workbook at the root.
    const xlsEmbeddingDoc = ole([
      { name: 'Root Entry', type: 5, child: 3 },
      { name: '\u0005SummaryInformation', type: 2 },
      { name: 'MBD0001', type: 1, child: 5 },
      { name: 'Workbook', type: 2, left: 1, right: 4 },
      { name: '\u0001CompObj', type: 2, left: 2 },
      { name: 'WordDocument', type: 2 },
    ]);
    expect(await sniffEvidenceType(xlsEmbeddingDoc)).toBe('xls');
    const onlyNested = ole([
      { name: 'Root Entry', type: 5, child: 1 },
      { name: 'ObjectPool', type: 1, child: 2 },
      { name: 'WordDocument', type: 2 },
    ]);
    expect(await sniffEvidenceType(onlyNested)).toBeNull();
  });

  it('does not take names from file content, only from directory entries', async () => {
    const other = ole([{ name: 'Root Entry', type: 5, child: 1 }, { name: 'Contents', type: 2 }], utf16le('WordDocument Workbook'));
    expect(await sniffEvidenceType(other)).toBeNull();
  });

  it('refuses OLE files that are neither, both, or unreadable', async () => {
    expect(await sniffEvidenceType(oleWith('PowerPoint Document'))).toBeNull();
    expect(await sniffEvidenceType(oleWith('WordDocument', 'Workbook'))).toBeNull();
    const signatureOnly = new Uint8Array(600);
    signatureOnly.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    expect(await sniffEvidenceType(signatureOnly)).toBeNull();
    // The FAT links the directory sector to itself: a loop must end, not hang.
    const looped = oleWith('WordDocument');
    new DataView(looped.buffer).setUint32(512 + 4, 1, true);
    expect(await sniffEvidenceType(looped)).toBeNull();
  });

  it('refuses other content', async () => {
    expect(await sniffEvidenceType(EXE)).toBeNull();
    expect(await sniffEvidenceType(PLAIN_ZIP)).toBeNull();
    expect(await sniffEvidenceType(ascii('just some text, 法治政府'))).toBeNull();
    const random = new Uint8Array(256);
    for (let i = 0; i < random.length; i++) random[i] = (i * 73 + 41) % 251;
    expect(await sniffEvidenceType(random)).toBeNull();
    expect(await sniffEvidenceType(new Uint8Array(0))).toBeNull();
  });
});

describe('checkEvidenceFile', () => {
  it('accepts matching names, case-insensitively, .jpeg as jpg', async () => {
    expect(await checkEvidenceFile('2018年第二季度报告.PDF', PDF)).toEqual({ ok: true, type: 'pdf', mime: 'application/pdf' });
    expect(await checkEvidenceFile('photo.jpeg', JPG)).toEqual({ ok: true, type: 'jpg', mime: 'image/jpeg' });
    expect(await checkEvidenceFile('photo.JPG', JPG)).toEqual({ ok: true, type: 'jpg', mime: 'image/jpeg' });
    expect(await checkEvidenceFile('scan.png', PNG)).toEqual({ ok: true, type: 'png', mime: 'image/png' });
    expect(await checkEvidenceFile('方案.docx', DOCX)).toEqual({ ok: true, type: 'docx', mime: MIME.docx });
    expect(await checkEvidenceFile('台账.xlsx', await xlsx())).toEqual({ ok: true, type: 'xlsx', mime: MIME.xlsx });
    expect(await checkEvidenceFile('old.doc', DOC)).toEqual({ ok: true, type: 'doc', mime: 'application/msword' });
    expect(await checkEvidenceFile('old.xls', XLS)).toEqual({ ok: true, type: 'xls', mime: 'application/vnd.ms-excel' });
  });

  it('refuses an allowed type under another name', async () => {
    expect(await checkEvidenceFile('report.pdf', PNG)).toEqual({ ok: false, problem: 'typeMismatch' });
    expect(await checkEvidenceFile('sheet.xlsx', DOCX)).toEqual({ ok: false, problem: 'typeMismatch' });
    expect(await checkEvidenceFile('old.xls', DOC)).toEqual({ ok: false, problem: 'typeMismatch' });
    expect(await checkEvidenceFile('report', PDF)).toEqual({ ok: false, problem: 'typeMismatch' });
    expect(await checkEvidenceFile('report.txt', PDF)).toEqual({ ok: false, problem: 'typeMismatch' });
    expect(await checkEvidenceFile('report.pdf.exe', PDF)).toEqual({ ok: false, problem: 'typeMismatch' });
  });

  it('refuses content that is none of the types, whatever the name', async () => {
    expect(await checkEvidenceFile('report.pdf', EXE)).toEqual({ ok: false, problem: 'typeNotAllowed' });
    expect(await checkEvidenceFile('archive.docx', PLAIN_ZIP)).toEqual({ ok: false, problem: 'typeNotAllowed' });
  });

  it('refuses an empty file', async () => {
    expect(await checkEvidenceFile('empty.pdf', new Uint8Array(0))).toEqual({ ok: false, problem: 'empty' });
  });

  it('allows exactly the size limit and refuses one byte more', async () => {
    expect(EVIDENCE_LIMITS).toEqual({ maxBytes: 20 * 1024 * 1024, maxFiles: 10 });
    const big = new Uint8Array(EVIDENCE_LIMITS.maxBytes + 1);
    big.set(PDF, 0);
    expect(await checkEvidenceFile('big.pdf', big)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(await checkEvidenceFile('big.pdf', big.subarray(0, EVIDENCE_LIMITS.maxBytes))).toEqual({
      ok: true,
      type: 'pdf',
      mime: 'application/pdf',
    });
  });
});
