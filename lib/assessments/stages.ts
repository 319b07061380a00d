/** The assessment's lifecycle, in order. Only the office moves it, one step at a time. */
export const ASSESSMENT_STAGES = ['draft', 'self', 'scoring', 'review', 'published'] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

/** The stage after `stage`, or null for published (which only reopening leaves). */
export function nextStage(stage: AssessmentStage): AssessmentStage | null {
  const i = ASSESSMENT_STAGES.indexOf(stage);
  return i >= 0 && i < ASSESSMENT_STAGES.length - 1 ? ASSESSMENT_STAGES[i + 1]! : null;
}

/** Reopening a published assessment takes it back to scoring, so scores can be corrected and reviewed again. */
export const REOPEN_TO: AssessmentStage = 'scoring';

export type TransitionProblem = 'published' | 'notNext' | 'rubricMissing' | 'rubricUnusable';

/**
 * Whether the office may move an assessment from `from` to `to`: only to the next stage; publication
 * is its own step (publishAssessment) and so is reopening. Leaving draft needs a usable rubric.
 */
export function transitionProblem(from: AssessmentStage, to: AssessmentStage, rubric: 'missing' | 'unusable' | 'usable'): TransitionProblem | null {
  if (from === 'published') return 'published';
  if (nextStage(from) !== to) return 'notNext';
  if (from === 'draft') {
    if (rubric === 'missing') return 'rubricMissing';
    if (rubric === 'unusable') return 'rubricUnusable';
  }
  return null;
}

/** Why a change to a unit's self-assessment or score sheet is refused in this stage, or null when allowed. */
export function editProblem(stage: AssessmentStage, edit: 'self' | 'score'): 'published' | 'notSelfStage' | 'notScoringStage' | null {
  if (stage === 'published') return 'published';
  if (edit === 'self') return stage === 'self' ? null : 'notSelfStage';
  return stage === 'scoring' ? null : 'notScoringStage';
}
