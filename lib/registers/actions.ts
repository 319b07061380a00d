'use server';

import { importActions } from '@/lib/import-export/import-actions';
import { cleanup } from './cleanup';
import { registerImport } from './core/import';
import { registerActions } from './core/write';
import type { Register } from './core/define';
import { decisions } from './decisions';
import { documents } from './documents';
import { legalWork } from './legal-work';
import { litigation } from './litigation';
import { reconsideration } from './reconsideration';

/** A register's spreadsheet import: preview, then apply (office only). */
const imports = (register: Register) =>
  importActions(registerImport(register), { name: `register.${register.name}.import`, permission: 'register.import', jobPath: (jobId) => `/registers/${register.name}/import/${jobId}`, problems: 'registers.importProblems' });

// Each register's actions, generated from its declaration (lib/registers/core/write.ts, core/import.ts).
const doc = registerActions(documents);
export const createDocumentAction = doc.create;
export const updateDocumentAction = doc.update;
export const archiveDocumentAction = doc.archive;
export const restoreDocumentAction = doc.restore;
const docImport = imports(documents);
export const previewDocumentImportAction = docImport.preview;
export const applyDocumentImportAction = docImport.apply;

const clean = registerActions(cleanup);
export const createCleanupItemAction = clean.create;
export const updateCleanupItemAction = clean.update;
export const archiveCleanupItemAction = clean.archive;
export const restoreCleanupItemAction = clean.restore;
const cleanImport = imports(cleanup);
export const previewCleanupItemImportAction = cleanImport.preview;
export const applyCleanupItemImportAction = cleanImport.apply;

const legal = registerActions(legalWork);
export const createLegalWorkAction = legal.create;
export const updateLegalWorkAction = legal.update;
export const archiveLegalWorkAction = legal.archive;
export const restoreLegalWorkAction = legal.restore;
const legalImport = imports(legalWork);
export const previewLegalWorkImportAction = legalImport.preview;
export const applyLegalWorkImportAction = legalImport.apply;

const decision = registerActions(decisions);
export const createDecisionAction = decision.create;
export const updateDecisionAction = decision.update;
export const archiveDecisionAction = decision.archive;
export const restoreDecisionAction = decision.restore;
const decisionImport = imports(decisions);
export const previewDecisionImportAction = decisionImport.preview;
export const applyDecisionImportAction = decisionImport.apply;

const recon = registerActions(reconsideration);
export const createReconsiderationAction = recon.create;
export const updateReconsiderationAction = recon.update;
export const archiveReconsiderationAction = recon.archive;
export const restoreReconsiderationAction = recon.restore;
const reconImport = imports(reconsideration);
export const previewReconsiderationImportAction = reconImport.preview;
export const applyReconsiderationImportAction = reconImport.apply;

const lit = registerActions(litigation);
export const createLitigationAction = lit.create;
export const updateLitigationAction = lit.update;
export const archiveLitigationAction = lit.archive;
export const restoreLitigationAction = lit.restore;
const litImport = imports(litigation);
export const previewLitigationImportAction = litImport.preview;
export const applyLitigationImportAction = litImport.apply;
