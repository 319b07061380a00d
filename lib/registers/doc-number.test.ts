import { describe, expect, it } from 'vitest';
import { docNumberKey, isDocNumber, normalizeDocNumber } from './doc-number';

describe('文号', () => {
  it.each([
    ['天政规〔2018〕1号', '天政规〔2018〕1号'],
    ['天政规[2018]1号', '天政规〔2018〕1号'],
    ['天政规（2018）1号', '天政规〔2018〕1号'],
    ['天政规(2018)1号', '天政规〔2018〕1号'],
    ['天政规【2018】1号', '天政规〔2018〕1号'],
    ['天政规［2018］ 1 号', '天政规〔2018〕1号'],
    ['天教发〔2018〕第12号', '天教发〔2018〕第12号'],
  ])('%s is written %s and accepted', (raw, written) => {
    expect(normalizeDocNumber(raw)).toBe(written);
    expect(isDocNumber(raw)).toBe(true);
  });

  it.each(['2018年1号', '天政规〔18〕1号', '天政规〔2018〕号', '天政规〔2018〕1', '〔2018〕1号', ''])('%s is refused', (raw) => {
    expect(isDocNumber(raw)).toBe(false);
  });

  it('gives two spellings of one number the same key', () => {
    expect(docNumberKey('天政规[2018]1号')).toBe(docNumberKey('天政规〔2018〕1号'));
    expect(docNumberKey('天教发〔2018〕第12号')).toBe(docNumberKey('天教发〔2018〕12号'));
    expect(docNumberKey('天政规〔2018〕1号')).not.toBe(docNumberKey('天政规〔2018〕11号'));
  });
});
