import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { nextStepsText, problemsText, workDoneText } from './text';

describe('report text', () => {
  it('keeps work done within 80-300 characters and ends a sentence', () => {
    const rng = createRng(3);
    for (let i = 0; i < 2000; i++) {
      const s = workDoneText(rng, '深化行政审批制度改革');
      expect(s.length).toBeGreaterThanOrEqual(80);
      expect(s.length).toBeLessThanOrEqual(300);
      expect(s.endsWith('。')).toBe(true);
    }
  });
  it('keeps problems and next steps short', () => {
    const rng = createRng(4);
    for (let i = 0; i < 500; i++) {
      expect(problemsText(rng, 'x').length).toBeLessThanOrEqual(90);
      expect(nextStepsText(rng, '优化政府组织结构').length).toBeLessThanOrEqual(120);
    }
  });
});
