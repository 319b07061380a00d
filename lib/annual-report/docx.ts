import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { AnnualReportSections } from '@/db/schema/annual-reports';

/** Fonts and sizes of a Chinese official document (GB/T 9704): title 二号 小标宋, headings 三号 黑体, text 三号 仿宋. */
export const DOC_FONTS = { title: '方正小标宋简体', heading: '黑体', subheading: '楷体_GB2312', body: '仿宋_GB2312' } as const;
const SIZE_2 = 44; // 二号, in half-points
const SIZE_3 = 32; // 三号
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt fixed
const MM = 56.7; // twips per millimetre

const SUBHEADING = /^(（[一二三四五六七八九十]+）|\(\d+\))/;

function run(text: string, font: string, size = SIZE_3, bold = false) {
  return new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size, bold });
}

/** The report as a .docx in the usual official layout, ready to open in Word or WPS. */
export async function buildAnnualReportDocx(doc: {
  title: string;
  issuer: string;
  dateText: string;
  headings: Record<keyof AnnualReportSections, string>;
  sections: AnnualReportSections;
}): Promise<Uint8Array> {
  const order: (keyof AnnualReportSections)[] = ['measures', 'shortcomings', 'responsibility', 'nextYear', 'other'];
  const body: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 560 }, children: [run(doc.title, DOC_FONTS.title, SIZE_2)] }),
  ];
  for (const key of order) {
    body.push(new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(doc.headings[key], DOC_FONTS.heading)] }));
    for (const line of doc.sections[key].split('\n').map((l) => l.trim()).filter(Boolean)) {
      const sub = SUBHEADING.test(line) && line.length < 60;
      body.push(new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(line, sub ? DOC_FONTS.subheading : DOC_FONTS.body)] }));
    }
  }
  body.push(new Paragraph({ spacing: LINE, children: [] }));
  body.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 1280 }, children: [run(doc.issuer, DOC_FONTS.body)] }));
  body.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 1280 }, children: [run(doc.dateText, DOC_FONTS.body)] }));

  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    styles: { default: { document: { run: { font: DOC_FONTS.body, size: SIZE_3 } } } },
    sections: [
      {
        properties: { page: { margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
