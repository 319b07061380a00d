import type { Messages } from '@/lib/i18n/messages';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';

interface NavUser {
  role: Role;
  unitCode: string;
}

interface NavItem {
  key: keyof Messages['nav'];
  permission: Permission;
  href: (user: NavUser) => string;
  /** Paths (prefixes) for which the item shows as current. */
  match?: string[];
}

const ITEMS: NavItem[] = [
  // The office's home: what needs doing today (its counts are queried by the page, not here).
  { key: 'todo', permission: 'report.review', href: () => '/todo' },
  { key: 'myUnit', permission: 'unit.read.own', href: (u) => `/units/${u.unitCode}` },
  { key: 'dashboard', permission: 'dashboard.read', href: () => '/dashboard' },
  { key: 'plan', permission: 'plan.read', href: () => '/plan', match: ['/plan', '/measures'] },
  { key: 'plans', permission: 'plan.edit', href: () => '/plans' },
  { key: 'assignments', permission: 'assignment.manage', href: () => '/assignments' },
  { key: 'rounds', permission: 'round.manage', href: () => '/rounds' },
  { key: 'review', permission: 'report.review', href: () => '/review', match: ['/review'] },
  { key: 'extensions', permission: 'extension.decide', href: () => '/extensions' },
  { key: 'registers', permission: 'register.read', href: () => '/registers', match: ['/registers'] },
  { key: 'annualReport', permission: 'annualReport.edit', href: () => '/reports/annual', match: ['/reports/annual'] },
  // Every role with any assessment permission holds this one (office, unit, leader, assessor).
  { key: 'assessments', permission: 'assessment.published.read', href: () => '/assessments' },
  { key: 'adminUsers', permission: 'user.manage', href: () => '/admin/users' },
  { key: 'adminUnits', permission: 'unit.manage', href: () => '/admin/units' },
  { key: 'adminSettings', permission: 'settings.manage', href: () => '/admin/settings' },
  { key: 'audit', permission: 'audit.read', href: () => '/audit' },
  { key: 'accountChanges', permission: 'user.change.confirm', href: () => '/admin/users/pending' },
];

/** The navigation a role sees: only what its permissions open. */
export function navFor(user: NavUser) {
  return ITEMS.filter((i) => can(user.role, i.permission)).map((i) => ({ key: i.key, href: i.href(user), match: i.match ?? [i.href(user)] }));
}

/** Where `/` sends each role. */
export function homeFor(user: NavUser): string {
  switch (user.role) {
    case 'unit':
      return `/units/${user.unitCode}`;
    case 'admin':
      return '/admin/users';
    case 'auditor':
      return '/audit';
    case 'leader':
      return '/dashboard';
    case 'assessor':
      return '/assessments';
    case 'office':
      return '/todo';
    default:
      return '/plan';
  }
}
