import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('keeps a Chinese name exactly, with an ASCII fallback', () => {
    expect(attachmentDisposition('分工方案-2018-06-30.xlsx')).toBe(
      `attachment; filename="____-2018-06-30.xlsx"; filename*=UTF-8''%E5%88%86%E5%B7%A5%E6%96%B9%E6%A1%88-2018-06-30.xlsx`,
    );
  });
  it('cannot be broken out of by quotes or new lines', () => {
    const header = attachmentDisposition('a"b\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a_b__Set-Cookie: x.pdf"')).toBe(true);
  });
});
