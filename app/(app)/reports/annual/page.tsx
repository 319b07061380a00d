import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { annualReportDefaultYear } from '@/lib/annual-report/queries';

/** The annual report of the latest year with reporting rounds (the year just ended, by default). */
export default async function AnnualReportIndex() {
  await requirePermission('annualReport.edit', '/reports/annual');
  redirect(`/reports/annual/${annualReportDefaultYear()}`);
}
