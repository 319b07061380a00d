'use server';

import { assignmentImport } from './assignment-import';
import { importActions } from './import-actions';

const assignment = importActions(assignmentImport, {
  name: 'assignment.import',
  permission: 'assignment.import',
  jobPath: (jobId) => `/assignments/import/${jobId}`,
});

/** Step 1: reads the uploaded table, compares it with the plan and keeps the result for the preview. */
export const previewImportAction = assignment.preview;

/** Step 2: applies a previewed import, all rows or none; refused if the file or the plan moved since the preview. */
export const applyImportAction = assignment.apply;
