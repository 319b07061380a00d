import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { buildAnnualReportDocx, DOC_FONTS } from './docx';

const headings = {
  measures: '一、上一年度推进法治政府建设的主要举措和成效',
  shortcomings: '二、存在的不足和原因',
  responsibility: '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  nextYear: '四、下一年度推进法治政府建设的主要安排',
  other: '五、其他需要报告的情况',
};

describe('annual report .docx', () => {
  it('opens in a docx reader with the title, the five headings, every paragraph, issuer and date, in the official fonts', async () => {
    const bytes = await buildAnnualReportDocx({
      title: '天门市人民政府关于2018年法治政府建设情况的报告',
      issuer: '天门市人民政府',
      dateText: '2019年1月31日',
      headings,
      sections: { measures: '（一）依法全面履行政府职能\n按时报送率82.6%。', shortcomings: '基层力量不足。', responsibility: '市长主持研究。', nextYear: '继续推进。', other: '3. 年度考核：优秀2个。' },
    });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const h of Object.values(headings)) expect(text).toContain(h);
    for (const s of ['天门市人民政府关于2018年法治政府建设情况的报告', '按时报送率82.6%。', '优秀2个', '2019年1月31日']) expect(text).toContain(s);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const font of Object.values(DOC_FONTS)) expect(xml).toContain(font);
  });
});
