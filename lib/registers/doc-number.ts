/**
 * 文号 as offices write them: 天政规〔2018〕1号, with the year in 〔〕 (often typed as [] () 【】 ［］ or
 * full-width parentheses). `normalizeDocNumber` writes the usual 〔〕; `docNumberKey` is what two
 * spellings of one number share (for uniqueness per issuing body).
 */
const OPEN = /[[［【(（〔]/g;
const CLOSE = /[\]］】)）〕]/g;

export function normalizeDocNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[［【(（〔](\d{4})[\]］】)）〕]/g, '〔$1〕');
}

export function docNumberKey(raw: string): string {
  return normalizeDocNumber(raw).replace(OPEN, '〔').replace(CLOSE, '〕').replace(/第/g, '').toLowerCase();
}

/** Whether a number has the usual shape: something, 〔year〕, a number, 号. */
export function isDocNumber(raw: string): boolean {
  return /^[^〔〕]{1,30}〔(19|20)\d{2}〕第?\d{1,5}号$/.test(normalizeDocNumber(raw));
}
