import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STAGES, editProblem, nextStage, transitionProblem } from './stages';

describe('assessment lifecycle', () => {
  it('moves one stage at a time, draft → self → scoring → review → published', () => {
    expect(ASSESSMENT_STAGES.map(nextStage)).toEqual(['self', 'scoring', 'review', 'published', null]);
  });

  it('allows only the next stage; leaving draft needs a usable rubric; nothing leaves published but reopening', () => {
    expect(transitionProblem('draft', 'self', 'usable')).toBeNull();
    expect(transitionProblem('draft', 'self', 'missing')).toBe('rubricMissing');
    expect(transitionProblem('draft', 'self', 'unusable')).toBe('rubricUnusable');
    expect(transitionProblem('draft', 'scoring', 'usable')).toBe('notNext');
    expect(transitionProblem('self', 'scoring', 'usable')).toBeNull();
    expect(transitionProblem('self', 'draft', 'usable')).toBe('notNext');
    expect(transitionProblem('scoring', 'review', 'usable')).toBeNull();
    expect(transitionProblem('review', 'scoring', 'usable')).toBe('notNext');
    expect(transitionProblem('published', 'review', 'usable')).toBe('published');
    expect(transitionProblem('published', 'published', 'usable')).toBe('published');
  });

  it('opens self-assessment only in its stage, scoring only in its own, and nothing once published', () => {
    expect(ASSESSMENT_STAGES.map((s) => editProblem(s, 'self'))).toEqual(['notSelfStage', null, 'notSelfStage', 'notSelfStage', 'published']);
    expect(ASSESSMENT_STAGES.map((s) => editProblem(s, 'score'))).toEqual(['notScoringStage', 'notScoringStage', null, 'notScoringStage', 'published']);
  });
});
