const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一 (1–99); other numbers stay in digits. */
export function intToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CN_DIGITS[ones]!;
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20, '7' → 7; null for anything else. */
export function chineseToInt(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGITS.indexOf(tens) : null;
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CN_DIGITS.indexOf(ones) : 0);
}
