'use server';

import { cleanup } from './cleanup';
import { registerActions } from './core/write';
import { decisions } from './decisions';
import { documents } from './documents';
import { legalWork } from './legal-work';
import { litigation } from './litigation';
import { reconsideration } from './reconsideration';

// Each register's actions, generated from its declaration (lib/registers/core/write.ts).
const doc = registerActions(documents);
export const createDocumentAction = doc.create;
export const updateDocumentAction = doc.update;
export const archiveDocumentAction = doc.archive;
export const restoreDocumentAction = doc.restore;

const clean = registerActions(cleanup);
export const createCleanupItemAction = clean.create;
export const updateCleanupItemAction = clean.update;
export const archiveCleanupItemAction = clean.archive;
export const restoreCleanupItemAction = clean.restore;

const legal = registerActions(legalWork);
export const createLegalWorkAction = legal.create;
export const updateLegalWorkAction = legal.update;
export const archiveLegalWorkAction = legal.archive;
export const restoreLegalWorkAction = legal.restore;

const decision = registerActions(decisions);
export const createDecisionAction = decision.create;
export const updateDecisionAction = decision.update;
export const archiveDecisionAction = decision.archive;
export const restoreDecisionAction = decision.restore;

const recon = registerActions(reconsideration);
export const createReconsiderationAction = recon.create;
export const updateReconsiderationAction = recon.update;
export const archiveReconsiderationAction = recon.archive;
export const restoreReconsiderationAction = recon.restore;

const lit = registerActions(litigation);
export const createLitigationAction = lit.create;
export const updateLitigationAction = lit.update;
export const archiveLitigationAction = lit.archive;
export const restoreLitigationAction = lit.restore;
