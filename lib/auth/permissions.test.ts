import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, PERMISSIONS, can, permissionsOf } from './permissions';
import { ROLES } from './roles';

describe('role → permission table', () => {
  it('gives the office the plan, assignments, rounds, reviews, assessments and the annual report', () => {
    for (const p of ['plan.edit', 'assignment.manage', 'round.manage', 'report.review', 'assessment.manage', 'rubric.manage', 'annualReport.edit'] as const) {
      expect(can('office', p)).toBe(true);
    }
    expect(can('office', 'user.manage')).toBe(false);
    expect(can('office', 'audit.read')).toBe(false);
    expect(can('office', 'report.write')).toBe(false);
  });

  it('lets a unit officer report and self-assess for its own unit only, and nothing of the office', () => {
    expect(permissionsOf('unit')).toEqual(
      expect.arrayContaining(['unit.read.own', 'report.write', 'assessment.self', 'extension.request', 'notice.read', 'plan.read']),
    );
    for (const p of ['unit.read.any', 'progress.read.all', 'assignment.manage', 'report.review', 'dashboard.read', 'user.manage', 'audit.read'] as const) {
      expect(can('unit', p)).toBe(false);
    }
  });

  it('lets leaders read everything and change nothing', () => {
    expect(can('leader', 'dashboard.read')).toBe(true);
    expect(can('leader', 'unit.read.any')).toBe(true);
    expect(can('leader', 'progress.read.all')).toBe(true);
    const writes = ALL_PERMISSIONS.filter((p) => !/\.read|^account\.self$/.test(p));
    for (const p of writes) expect(can('leader', p), p).toBe(false);
  });

  it('lets assessors score and read evidence, not manage the assessment', () => {
    expect(can('assessor', 'assessment.score')).toBe(true);
    expect(can('assessor', 'unit.read.any')).toBe(true);
    expect(can('assessor', 'assessment.manage')).toBe(false);
    expect(can('assessor', 'report.review')).toBe(false);
  });

  it('separates the three administrators (三员分立): admin manages accounts, auditor reads the log, neither touches business data', () => {
    expect(permissionsOf('admin').sort()).toEqual(['account.self', 'settings.manage', 'unit.manage', 'user.manage', 'user.change.read'].sort());
    expect(permissionsOf('auditor').sort()).toEqual(['account.self', 'audit.export', 'audit.read', 'user.change.read', 'user.change.confirm'].sort());
    // The second person of a change to an administrator account is never of the proposer's kind.
    expect(can('admin', 'user.change.confirm')).toBe(false);
    expect(can('admin', 'audit.read')).toBe(false);
    expect(can('auditor', 'user.manage')).toBe(false);
  });

  it('gives no role a permission to edit or delete audit records', () => {
    expect(ALL_PERMISSIONS.filter((p) => p.startsWith('audit.'))).toEqual(['audit.read', 'audit.export']);
  });

  it('refuses everything to nobody and to unknown roles', () => {
    for (const p of ALL_PERMISSIONS) {
      expect(can(null, p)).toBe(false);
      expect(can('guest' as never, p)).toBe(false);
    }
  });

  it('names only real roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});
