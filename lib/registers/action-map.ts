import 'server-only';
import * as actions from './actions';

type Action = (typeof actions)[keyof typeof actions];

/** The server actions of each register by name, for the generic pages to hand to their forms. */
const BY_NAME: Record<string, { create: Action; update: Action; archive: Action; restore: Action; previewImport: Action; applyImport: Action }> = {
  documents: { create: actions.createDocumentAction, update: actions.updateDocumentAction, archive: actions.archiveDocumentAction, restore: actions.restoreDocumentAction, previewImport: actions.previewDocumentImportAction, applyImport: actions.applyDocumentImportAction },
  cleanup: { create: actions.createCleanupItemAction, update: actions.updateCleanupItemAction, archive: actions.archiveCleanupItemAction, restore: actions.restoreCleanupItemAction, previewImport: actions.previewCleanupItemImportAction, applyImport: actions.applyCleanupItemImportAction },
  'legal-work': { create: actions.createLegalWorkAction, update: actions.updateLegalWorkAction, archive: actions.archiveLegalWorkAction, restore: actions.restoreLegalWorkAction, previewImport: actions.previewLegalWorkImportAction, applyImport: actions.applyLegalWorkImportAction },
  decisions: { create: actions.createDecisionAction, update: actions.updateDecisionAction, archive: actions.archiveDecisionAction, restore: actions.restoreDecisionAction, previewImport: actions.previewDecisionImportAction, applyImport: actions.applyDecisionImportAction },
  reconsideration: { create: actions.createReconsiderationAction, update: actions.updateReconsiderationAction, archive: actions.archiveReconsiderationAction, restore: actions.restoreReconsiderationAction, previewImport: actions.previewReconsiderationImportAction, applyImport: actions.applyReconsiderationImportAction },
  litigation: { create: actions.createLitigationAction, update: actions.updateLitigationAction, archive: actions.archiveLitigationAction, restore: actions.restoreLitigationAction, previewImport: actions.previewLitigationImportAction, applyImport: actions.applyLitigationImportAction },
};

export function registerActionsOf(name: string) {
  const found = BY_NAME[name];
  if (!found) throw new Error(`no actions for register ${name}`);
  return found;
}
